namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// Sofia's usual signal categories and its 24 districts, for an installation that configures none. Department
/// codes are those staff accounts carry; a district's administration is <c>district-</c> and its code.
/// </summary>
public static class DefaultSignalCategories
{
    public static IReadOnlyList<SignalCategory> Categories { get; } =
    [
        Category("roads", "Пътна настилка и дупки", "Roads and potholes", "roads",
            "Дупки, пропаднали шахти, разбити тротоари.", "Potholes, sunken manholes, broken pavements."),
        Category("lighting", "Улично осветление", "Street lighting", "lighting",
            "Неработещи или повредени улични лампи.", "Street lights out or damaged."),
        Category("waste", "Сметосъбиране и чистота", "Waste and cleanliness", "waste",
            "Препълнени контейнери, нерегламентирани сметища.", "Overflowing bins, fly-tipping.", district: true),
        Category("green", "Зелени площи и паркове", "Green spaces and parks", "green",
            "Паднали клони, неокосени площи, опасни дървета.", "Fallen branches, uncut grass, dangerous trees."),
        Category("parking", "Неправилно паркиране", "Illegal parking", "mobility",
            "Автомобили на тротоари, в зелени площи или пред гаражи.",
            "Cars on pavements, on green spaces or blocking garages."),
        Category("noise", "Шум", "Noise", "environment",
            "Шум от заведения, строежи или съоръжения.", "Noise from venues, building sites or machinery."),
        Category("construction", "Незаконно строителство", "Illegal construction", "construction",
            "Строежи без разрешение, опасни сгради.", "Building without a permit, unsafe buildings."),
        Category("animals", "Безстопанствени животни", "Stray animals", "animals",
            "Безстопанствени кучета, нуждаещи се от помощ животни.", "Stray dogs, animals in need of help."),
        Category("playgrounds", "Детски площадки", "Playgrounds", "green",
            "Счупени или опасни съоръжения.", "Broken or unsafe equipment.", district: true),
        Category("other", "Друго", "Other", "reception",
            "Всичко, което не е в другите категории.", "Anything the other categories do not cover."),
    ];

    public static IReadOnlyList<SignalDistrict> Districts { get; } =
    [
        District("sredets", "Средец", "Sredets"),
        District("krasno-selo", "Красно село", "Krasno Selo"),
        District("vazrazhdane", "Възраждане", "Vazrazhdane"),
        District("oborishte", "Оборище", "Oborishte"),
        District("serdika", "Сердика", "Serdika"),
        District("poduyane", "Подуяне", "Poduyane"),
        District("slatina", "Слатина", "Slatina"),
        District("izgrev", "Изгрев", "Izgrev"),
        District("lozenets", "Лозенец", "Lozenets"),
        District("triaditsa", "Триадица", "Triaditsa"),
        District("krasna-polyana", "Красна поляна", "Krasna Polyana"),
        District("ilinden", "Илинден", "Ilinden"),
        District("nadezhda", "Надежда", "Nadezhda"),
        District("iskar", "Искър", "Iskar"),
        District("mladost", "Младост", "Mladost"),
        District("studentski", "Студентски", "Studentski"),
        District("vitosha", "Витоша", "Vitosha"),
        District("ovcha-kupel", "Овча купел", "Ovcha Kupel"),
        District("lyulin", "Люлин", "Lyulin"),
        District("vrabnitsa", "Връбница", "Vrabnitsa"),
        District("novi-iskar", "Нови Искър", "Novi Iskar"),
        District("kremikovtsi", "Кремиковци", "Kremikovtsi"),
        District("pancharevo", "Панчарево", "Pancharevo"),
        District("bankya", "Банкя", "Bankya"),
    ];

    private static SignalCategory Category(string code, string bg, string en, string department,
        string descriptionBg, string descriptionEn, bool district = false) => new()
    {
        Code = code,
        NameBg = bg,
        NameEn = en,
        Department = department,
        DescriptionBg = descriptionBg,
        DescriptionEn = descriptionEn,
        RouteToDistrict = district,
    };

    private static SignalDistrict District(string code, string bg, string en) =>
        new() { Code = code, NameBg = bg, NameEn = en, Department = "district-" + code };
}
