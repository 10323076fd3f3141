namespace CaseSystem.Host.Localization;

/// <summary>Every text a page shows: key, Bulgarian, English.</summary>
public static class UiTexts
{
    public static IReadOnlyDictionary<string, (string Bulgarian, string English)> Catalogue { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["site.name"] = (
                "Столична община — електронни услуги",
                "Sofia Municipality — e-services"),
            ["site.skip"] = ("Към съдържанието", "Skip to content"),
            ["site.other-language"] = ("English", "Български"),
            ["site.other-language-code"] = ("en", "bg"),
            ["site.signed-in-as"] = ("Влезли сте като", "Signed in as"),
            ["site.sign-out"] = ("Изход", "Sign out"),
            ["site.sign-in"] = ("Вход", "Sign in"),
            ["site.menu"] = ("Основно меню", "Main menu"),
            ["site.services"] = ("Услуги", "Services"),
            ["site.my-requests"] = ("Моите заявления", "My requests"),
            ["site.track"] = ("Проследяване без профил", "Track without an account"),
            ["site.sign-up"] = ("Регистрация", "Sign up"),
            ["site.accessibility"] = ("Декларация за достъпност", "Accessibility statement"),
            ["site.footer"] = (
                "Столична община, ул. „Московска“ 33, София", "Sofia Municipality, 33 Moskovska St, Sofia"),
            ["form.errors"] = ("Има проблем", "There is a problem"),
            ["docreg.title"] = ("Входящ и изходящ регистър", "Register of incoming and outgoing documents"),
            ["docreg.nav"] = ("Деловоден регистър", "Document register"),
            ["docreg.filters"] = ("Търсене в регистъра", "Search the register"),
            ["docreg.register"] = ("Регистър", "Register"),
            ["docreg.direction"] = ("Посока", "Direction"),
            ["docreg.direction.incoming"] = ("входящ", "incoming"),
            ["docreg.direction.outgoing"] = ("изходящ", "outgoing"),
            ["docreg.all"] = ("всички", "all"),
            ["docreg.default-register"] = ("по подразбиране за посоката", "the direction's default"),
            ["docreg.from"] = ("От дата", "From"),
            ["docreg.to"] = ("До дата", "To"),
            ["docreg.search"] = (
                "Търсене в индекс, кореспондент и относно", "Search index, correspondent and subject"),
            ["docreg.apply"] = ("Покажи", "Show"),
            ["docreg.count"] = ("Записи: {0}", "Entries: {0}"),
            ["docreg.empty"] = ("Няма записи по тези условия.", "No entries match."),
            ["docreg.index"] = ("Регистрационен индекс", "Registration index"),
            ["docreg.date"] = ("Дата", "Date"),
            ["docreg.correspondent"] = ("Кореспондент", "Correspondent"),
            ["docreg.subject"] = ("Относно", "Subject"),
            ["docreg.case"] = ("Преписка", "Case"),
            ["docreg.document"] = ("Документ", "Document"),
            ["docreg.previous"] = ("Предишна страница", "Previous page"),
            ["docreg.next"] = ("Следваща страница", "Next page"),
            ["docreg.new"] = ("Регистриране на документ", "Register a document"),
            ["docreg.new.hint"] = (
                "Получен или изпратен документ, който не е дошъл през системата.",
                "A document received or sent outside the system."),
            ["docreg.case.hint"] = (
                "Регистрационен индекс или идентификатор на преписката; по желание.",
                "The case's registration index or id; optional."),
            ["docreg.document.hint"] = (
                "Идентификатор на документ от преписката; по желание.", "The id of a document of the case; optional."),
            ["docreg.date.hint"] = ("Днес, ако е празно.", "Today when left empty."),
            ["docreg.submit"] = ("Регистрирай", "Register"),
            ["docreg.done"] = ("Документът е регистриран с индекс {0}.", "The document is registered as {0}."),
            ["docreg.error.direction"] = (
                "Изберете посока: входящ или изходящ.", "Choose a direction: incoming or outgoing."),
            ["docreg.error.register"] = (
                "Няма такъв регистър; изберете един от списъка.", "There is no such register; choose one listed."),
            ["docreg.error.register-direction"] = (
                "Този регистър не приема документи в тази посока; изберете друг.",
                "This register does not take documents of this direction; choose another."),
            ["docreg.error.correspondent"] = (
                "Въведете подателя или получателя (до 300 знака).",
                "Give the sender or the recipient (up to 300 characters)."),
            ["docreg.error.subject"] = (
                "Въведете накратко за какво е документът (до 500 знака).",
                "Say briefly what the document is about (up to 500 characters)."),
            ["docreg.error.date"] = (
                "Въведете дата като 2026-12-03, не по-късна от днес.",
                "Give a date such as 2026-12-03, no later than today."),
            ["docreg.error.case"] = (
                "Няма преписка с този индекс или идентификатор, която можете да виждате.",
                "No case you may see has this index or id."),
            ["docreg.error.document"] = (
                "Няма такъв документ в преписката; проверете идентификатора или посочете преписката.",
                "The case has no such document; check the id, or give the case."),
            ["docreg.error.filter"] = (
                "Датите се въвеждат като 2026-12-03; невалидните условия са пропуснати.",
                "Dates read like 2026-12-03; conditions that could not be read were left out."),
            ["register.title"] = ("Регистър на сигналите", "Register of signals"),
            ["register.text"] = (
                "Сигналите на гражданите и докъде са стигнали, без лични данни. Мястото е приблизително.",
                "Citizens' signals and how far they have got, without personal data. Places are approximate."),
            ["register.new"] = ("Подайте сигнал", "File a signal"),
            ["register.filters"] = ("Търсене", "Search"),
            ["register.all"] = ("всички", "all"),
            ["register.apply"] = ("Покажи", "Show"),
            ["register.count"] = ("Намерени сигнали: {0}", "Signals found: {0}"),
            ["register.empty"] = ("Няма сигнали по тези условия.", "No signals match."),
            ["register.map-label"] = ("Карта на сигналите от списъка", "Map of the signals listed"),
            ["register.map-hint"] = (
                "Картата показва сигналите от списъка по-долу, които имат точка.",
                "The map shows the signals of the list below that have a point."),
            ["register.pages"] = ("Страници", "Pages"),
            ["register.previous"] = ("Предишна страница", "Previous page"),
            ["register.next"] = ("Следваща страница", "Next page"),
            ["register.page-of"] = ("Страница {0} от {1}", "Page {0} of {1}"),
            ["register.signal"] = ("Сигнал", "Signal"),
            ["register.place"] = ("Място", "Place"),
            ["register.decision-due"] = ("до {0}", "by {0}"),
            ["register.missing-title"] = ("Няма такъв сигнал", "No such signal"),
            ["register.missing"] = (
                "Не намерихме този сигнал. Проверете адреса или отворете регистъра.",
                "This signal was not found. Check the address, or open the register."),
            ["follow.title"] = ("Следете сигнала", "Follow the signal"),
            ["follow.text"] = (
                "Ще получавате известие при всяка промяна на статуса му.",
                "You will be told of every change to its status."),
            ["follow.submit"] = ("Следете сигнала", "Follow the signal"),
            ["follow.email-missing"] = (
                "Въведете електронна поща или влезте в профила си.", "Enter an e-mail address, or sign in."),
            ["follow.done"] = ("Следите сигнал {0}.", "You follow signal {0}."),
            ["reopen.title"] = ("Проблемът се появи отново?", "Has the problem come back?"),
            ["reopen.text"] = (
                "До {0} можете да възобновите сигнала. Опишете какво още не е наред.",
                "Until {0} you can reopen the signal. Describe what is still wrong."),
            ["reopen.reason"] = ("Какво не е наред", "What is wrong"),
            ["reopen.submit"] = ("Възобнови сигнала", "Reopen the signal"),
            ["reopen.done"] = ("Сигналът е възобновен.", "The signal is reopened."),
            ["staff-signal.title"] = ("Регистриране на сигнал от гражданин", "Register a citizen's signal"),
            ["staff-signal.text"] = (
                "Попълнете данните, които гражданинът съобщава, и ги прочетете обратно, преди да регистрирате.",
                "Fill in what the citizen tells you, and read it back before you register it."),
            ["staff-signal.read-out"] = (
                "Прочетете на гражданина входящия номер и кода за достъп.",
                "Read the registration number and the access code to the citizen."),
            ["staff-signal.another"] = ("Регистрирай друг сигнал", "Register another signal"),
            ["home.signals"] = ("Регистрирайте сигнал от гражданин", "Register a citizen's signal"),
            ["site.signals"] = ("Регистър на сигналите", "Register of signals"),
            ["signal.limited-title"] = ("Твърде много сигнали", "Too many signals"),
            ["signal.limited"] = (
                "От този адрес са подадени твърде много сигнали без профил. Опитайте отново след {0} минути "
                + "или влезте в профила си.",
                "Too many signals have been sent from this address without an account. Try again in {0} minutes, "
                + "or sign in."),
            ["signal.limited-back"] = ("Към формуляра за сигнал", "Back to the signal form"),
            ["signal.photos-too-many"] = (
                "Приложете най-много 3 снимки; махнете някоя, за да добавите друга.",
                "Attach at most 3 photos; remove one to add another."),
            ["signal.photos-limited"] = (
                "От този адрес са качени твърде много снимки без профил. "
                + "Изпратете сигнала без още снимки, "
                + "опитайте отново след {0} минути или влезте в профила си.",
                "Too many photos have been uploaded from this address without an account. Send the signal without "
                + "more photos, try again in {0} minutes, or sign in."),
            ["signal.photo-empty"] = ("Файлът „{0}“ е празен. Изберете снимката отново.",
                "The file “{0}” is empty. Choose the photo again."),
            ["signal.photo-large"] = ("Снимката „{0}“ е по-голяма от {1} MB. Изберете по-малка.",
                "The photo “{0}” is larger than {1} MB. Choose a smaller one."),
            ["signal.photo-type"] = ("Файлът „{0}“ не е снимка в JPEG или PNG. Изберете снимка в JPEG или PNG.",
                "The file “{0}” is not a JPEG or PNG photo. Choose a JPEG or PNG photo."),
            ["signal.events-on-invalid"] = (
                "Въведете датата във вида 01.12.2026 или я оставете празна.",
                "Enter the date like 01.12.2026, or leave it empty."),
            ["signal.coordinate-invalid"] = (
                "Въведете число, например 42.6977, или оставете полето празно.",
                "Enter a number such as 42.6977, or leave the field empty."),
            ["signal.mail-subject"] = ("Сигнал {0} е регистриран", "Signal {0} is registered"),
            ["signal.mail-registered"] = (
                "Вашият сигнал е регистриран с входящ номер {0}.", "Your signal is registered under number {0}."),
            ["signal.mail-code"] = (
                "Код за достъп: {0}. С номера и кода следите сигнала без профил на страницата „Проследяване“.",
                "Access code: {0}. With the number and the code you can track the signal without an account on the "
                + "Track page."),
            ["signal.mail-receipt"] = ("Разписката е приложена.", "The receipt is attached."),
            ["signal.next-decision"] = ("Решение по сигнала се взема до {0}.",
                "A decision on the signal is taken by {0}."),
            ["signal.next-told"] = (
                "Ще ви уведомим за решението до седем дни след вземането му.",
                "You will be told of the decision within seven days of it."),
            ["signal.next-extended"] = (
                "Ако проверката изисква повече време, срокът може да бъде удължен до шест месеца; "
                + "ще ви уведомим за това.",
                "If the check needs more time, the time may be extended to six months; you will be told."),
            ["signal.category"] = ("Категория", "Category"),
            ["signal.description"] = ("Описание на проблема", "Description of the problem"),
            ["signal.description-hint"] = (
                "Какво е станало и от кога. До 4000 знака.", "What is wrong and since when. Up to 4000 characters."),
            ["signal.address"] = ("Адрес или място", "Address or place"),
            ["signal.address-hint"] = (
                "Улица и номер, кръстовище или ориентир, например „ул. Граф Игнатиев 15“.",
                "Street and number, a crossing or a landmark, such as “15 Graf Ignatiev St”."),
            ["signal.point"] = ("Точка на картата", "Point on the map"),
            ["signal.district"] = ("Район", "District"),
            ["signal.district-hint"] = (
                "Нужен за сигналите, които се решават от районната администрация: {0}.",
                "Needed for the signals that the district administration deals with: {0}."),
            ["signal.district-none"] = ("Не знам / не е нужен", "I do not know / not needed"),
            ["signal.events-on"] = ("Дата на събитията (по желание)", "Date of the events (optional)"),
            ["signal.events-on-hint"] = (
                "Оставете празно, ако проблемът продължава. Например 01.12.2026.",
                "Leave it empty if the problem goes on. For example 01.12.2026."),
            ["signal.decision"] = ("Решение", "Decision"),
            ["signal.decision-due"] = (
                "до {0}; уведомяване до седем дни след решението", "by {0}; you are told within seven days of it"),
            ["signal.anonymous-not-examined"] = (
                "Анонимните сигнали се регистрират, но по закон не се разглеждат "
                + "(чл. 111, ал. 4 от Административнопроцесуалния кодекс).",
                "Anonymous signals are registered but by law not examined "
                + "(Administrative Procedure Code, art. 111(4))."),
            ["signal.photos"] = ("Снимки", "Photos"),
            ["signal.photos-none"] = ("няма", "none"),
            ["signal.photos-count"] = ("{0}, в документите по-долу", "{0}, among the documents below"),
            ["signal.duplicate-of"] = ("Дубликат на сигнал", "Duplicate of signal"),
            ["signal.possible-duplicates"] = ("Възможни дубликати", "Possible duplicates"),
            ["task-signal.title"] = ("Сигнал", "Signal"),
            ["task-signal.place"] = ("Място", "Place"),
            ["task-signal.open-map"] = ("на картата в OpenStreetMap", "on the map in OpenStreetMap"),
            ["task-signal.map-label"] = ("Карта: мястото на сигнала и възможните дубликати",
                "Map: the signal's place and its likely duplicates"),
            ["task-signal.events-on"] = ("Дата на събитията", "Date of the events"),
            ["task-signal.events-ongoing"] = ("не е посочена", "not given"),
            ["task-signal.received"] = ("Получен", "Received"),
            ["task-signal.decision-due"] = (
                "до {0}; отговорът се изпраща до седем дни след решението",
                "by {0}; the answer is sent within seven days of it"),
            ["task-signal.sender"] = ("Подател", "Sender"),
            ["task-signal.anonymous"] = (
                "анонимен: регистрира се и не се разглежда (чл. 111, ал. 4 АПК)",
                "anonymous: registered and not examined (art. 111(4) of the Administrative Procedure Code)"),
            ["task-signal.postal-address"] = ("Пощенски адрес", "Postal address"),
            ["task-signal.photos-none"] = ("Няма приложени снимки.", "No photos are attached."),
            ["task-signal.photo"] = ("Снимка {0}", "Photo {0}"),
            ["task-signal.duplicates-none"] = (
                "Няма отворени сигнали от същата категория наблизо.",
                "No open signal of the same category is nearby."),
            ["task-signal.duplicates-hint"] = (
                "Ако сигналът повтаря някой от тези, изберете „Дубликат“ и впишете регистрационния му индекс "
                    + "в полето за първия сигнал.",
                "If the signal repeats one of these, choose „Дубликат“ (duplicate) and enter its registration index "
                    + "in the field for the first signal."),
            ["task-signal.index"] = ("Рег. индекс", "Registration index"),
            ["task-signal.where"] = ("Къде", "Where"),
            ["task-signal.metres"] = ("на {0} м", "{0} m away"),
            ["task-signal.same-address"] = ("на същия адрес", "at the same address"),
            ["signal.channel"] = ("Как е получен сигналът", "How the signal came in"),
            ["signal.channel-label"] = ("Начин на подаване", "Channel"),
            ["signal.channel-missing"] = (
                "Изберете как е получен сигналът: по телефона, на гише или по имейл.",
                "Choose how the signal came in: by phone, at the counter or by e-mail."),
            ["signal.choose"] = ("— изберете —", "— choose —"),
            ["signal.channel.phone"] = ("по телефона", "by phone"),
            ["signal.channel.walk-in"] = ("на гише", "at the counter"),
            ["signal.channel.email"] = ("по имейл", "by e-mail"),
            ["signal.what"] = ("Какъв е проблемът", "What the problem is"),
            ["signal.where"] = ("Къде е", "Where it is"),
            ["signal.where-text"] = (
                "Посочете адрес, точка на картата или и двете.", "Give an address, a point on the map, or both."),
            ["signal.map-label"] = ("Карта за избор на мястото", "Map to choose the place"),
            ["signal.map-hint"] = (
                "Щракнете върху мястото или го центрирайте със стрелките и натиснете Enter: "
                + "географската ширина и дължина се попълват отдолу.",
                "Click the place, or centre it with the arrow keys and press Enter: the latitude and longitude "
                + "below are filled in."),
            ["signal.map-marker"] = ("Избраното място", "The place chosen"),
            ["signal.latitude"] = ("Географска ширина (по желание)", "Latitude (optional)"),
            ["signal.latitude-hint"] = (
                "В градуси, например 42.6977 и 23.3219 за центъра на София.",
                "In degrees, such as 42.6977 and 23.3219 for the centre of Sofia."),
            ["signal.longitude"] = ("Географска дължина (по желание)", "Longitude (optional)"),
            ["signal.photos-attached"] = ("Приложени снимки:", "Photos attached:"),
            ["signal.photo-remove"] = ("Махни", "Remove"),
            ["signal.photos-add"] = ("Добавете снимки (по желание)", "Add photos (optional)"),
            ["signal.photos-hint"] = (
                "До 3 снимки в JPEG или PNG, до 10 MB всяка. Данните за мястото на снимане се премахват.",
                "Up to 3 photos in JPEG or PNG, up to 10 MB each. Where they were taken is removed from them."),
            ["signal.who"] = ("Кой подава сигнала", "Who is filing the signal"),
            ["signal.anonymous"] = ("Подавам сигнала анонимно", "I file the signal anonymously"),
            ["signal.anonymous-warning"] = (
                "По закон анонимните сигнали се регистрират, но не се разглеждат "
                + "(чл. 111, ал. 4 от Административнопроцесуалния кодекс). Няма да получите отговор.",
                "By law anonymous signals are registered but not examined "
                + "(Administrative Procedure Code, art. 111(4)). You will get no answer."),
            ["signal.contact-text"] = (
                "Ако не е анонимен: името и имейл или телефон, за да получите отговор.",
                "Unless it is anonymous: your name, and an e-mail or a phone number for the answer."),
            ["signal.name"] = ("Име и фамилия", "Full name"),
            ["signal.email"] = ("Електронна поща", "E-mail"),
            ["signal.phone"] = ("Телефон", "Phone"),
            ["signal.publish"] = ("Публичен регистър", "Public register"),
            ["signal.share"] = (
                "Описанието може да се публикува в регистъра на сигналите",
                "The description may be published in the register of signals"),
            ["signal.share-hint"] = (
                "Без име и контакти. Описание с имейл, телефон или регистрационен номер на кола не се публикува.",
                "Without name or contacts. A description with an e-mail, a phone or a car's number is not published."),
            ["signal.share-yes"] = ("да, описанието може да се публикува", "yes, the description may be published"),
            ["signal.share-no"] = ("не, само категорията и мястото", "no, only the category and the place"),
            ["signal.new-title"] = ("Подаване на сигнал", "File a signal"),
            ["signal.new-text"] = (
                "Полетата са задължителни, освен ако е написано друго. На следващата страница проверявате "
                + "отговорите, преди да подадете.",
                "Every field is required unless it says otherwise. On the next page you check your answers before "
                + "you file."),
            ["signal.continue"] = ("Продължи", "Continue"),
            ["signal.draft-expired"] = (
                "Формулярът е бил отворен твърде дълго или е от друг профил. Попълнете го отново.",
                "The form was open too long, or belongs to another account. Fill it in again."),
            ["signal.check-title"] = ("Проверете отговорите си", "Check your answers"),
            ["signal.check-text"] = (
                "Като подадете сигнала, той получава входящ номер веднага.",
                "When you file the signal it gets its registration number at once."),
            ["signal.submit"] = ("Подай сигнала", "File the signal"),
            ["signal.change"] = ("Промяна", "Change"),
            ["signal.not-given"] = ("не е посочено", "not given"),
            ["signal.sender"] = ("Подател", "Sender"),
            ["signal.anonymous-short"] = ("анонимен", "anonymous"),
            ["signal.duplicates-title"] = ("Може би вече е подаден", "It may have been reported already"),
            ["signal.duplicates-text"] = (
                "Наблизо има отворени сигнали от същата категория. Можете да следите някой от тях вместо да "
                + "подавате нов: ще получавате известие при всяка промяна.",
                "There are open signals of the same category nearby. You can follow one of them instead of filing "
                + "a new one: you will be told of every change."),
            ["signal.follow-instead"] = ("Следете този сигнал вместо това", "Follow this signal instead"),
            ["signal.file-anyway-title"] = ("Или подайте своя сигнал", "Or file your own signal"),
            ["signal.done-title"] = ("Сигналът е подаден", "The signal is filed"),
            ["signal.done-index"] = ("Входящ номер:", "Registration number:"),
            ["signal.done-code"] = ("Код за достъп:", "Access code:"),
            ["signal.done-code-once"] = (
                "Запишете кода: показваме го само сега. С номера и кода следите сигнала без профил.",
                "Write the code down: it is shown only now. With the number and the code you track the signal "
                + "without an account."),
            ["signal.next-title"] = ("Какво следва", "What happens next"),
            ["signal.done-emailed"] = (
                "Изпратихме потвърждение с разписката на електронната ви поща.",
                "We have sent a confirmation with the receipt to your e-mail."),
            ["signal.receipt"] = ("Изтеглете разписката", "Download the receipt"),
            ["signal.done-track"] = ("Следете сигнала на страницата", "Track the signal on the page"),
            ["signal.filed-title"] = ("Сигналът вече е подаден", "The signal is filed already"),
            ["signal.filed-text"] = (
                "Този формуляр вече е подаден като сигнал {0}. Кодът за достъп беше показан при подаването.",
                "This form has been filed already as signal {0}. The access code was shown when it was filed."),
            ["signal.followed-title"] = ("Следите сигнала", "You follow the signal"),
            ["signal.followed-text"] = (
                "Следите сигнал {0} и ще получавате известие при всяка промяна. Вашият сигнал не е подаден, а "
                + "приложените снимки са изтрити.",
                "You follow signal {0} and will be told of every change. Your own signal was not filed, and the "
                + "photos attached were deleted."),
            ["signal.register-link"] = ("Към регистъра на сигналите", "To the register of signals"),
            ["home.account"] = (
                "С профил виждате всичките си заявления на едно място:",
                "With an account you see all your requests in one place:"),
            ["home.sign-up"] = ("регистрирайте се", "sign up"),
            ["home.or"] = ("или", "or"),
            ["home.sign-in"] = ("влезте", "sign in"),
            ["home.my-requests"] = ("Към моите заявления", "To my requests"),
            ["home.track"] = (
                "Имате регистрационен номер и код за достъп?",
                "Have a registration number and an access code?"),
            ["home.track-link"] = ("Проследете заявлението си без профил", "Track your request without an account"),
            ["home.online"] = ("Услуги, които подавате тук", "Services you apply for here"),
            ["home.counter"] = ("Услуги, които засега се подават на гише", "Services applied for at a counter for now"),
            ["home.counter-text"] = (
                "Тези услуги още не се подават през портала. "
                + "Подайте ги на посоченото място.",
                "These services cannot be applied for through the portal yet. Apply at the place named."),
            ["home.where"] = ("Къде:", "Where:"),
            ["sign-up.title"] = ("Регистрация на гражданин", "Sign up as a citizen"),
            ["sign-up.text"] = (
                "С профил подавате сигнали и заявления и следите хода им. "
                + "Всички полета освен ЕГН са задължителни.",
                "With an account you submit signals and applications and follow them. "
                + "Every field but the ЕГН is required."),
            ["sign-up.name"] = ("Име и фамилия", "Full name"),
            ["sign-up.name-missing"] = ("Въведете името си.", "Enter your name."),
            ["sign-up.name-long"] = (
                "Името може да е до {0} знака.", "The name can have at most {0} characters."),
            ["sign-up.email-invalid"] = (
                "Въведете електронна поща във вида ime@example.com.",
                "Enter an e-mail address like name@example.com."),
            ["sign-up.email-taken"] = (
                "Вече има профил с тази електронна поща. "
                + "Влезте с нея или въведете друга.",
                "An account with this e-mail address exists. Sign in with it, or enter another."),
            ["sign-up.password-missing"] = ("Въведете парола.", "Enter a password."),
            ["sign-up.password-hint"] = (
                "Поне 10 знака, с малка и главна буква и цифра.",
                "At least 10 characters, with a lower-case and an upper-case letter and a digit."),
            ["sign-up.password-short"] = (
                "Паролата трябва да е поне {0} знака.", "The password needs at least {0} characters."),
            ["sign-up.password-digit"] = (
                "Паролата трябва да съдържа цифра.", "The password needs a digit."),
            ["sign-up.password-lower"] = (
                "Паролата трябва да съдържа малка буква.",
                "The password needs a lower-case letter."),
            ["sign-up.password-upper"] = (
                "Паролата трябва да съдържа главна буква.",
                "The password needs an upper-case letter."),
            ["sign-up.password-weak"] = (
                "Изберете друга парола.", "Choose another password."),
            ["sign-up.confirm"] = ("Паролата отново", "The password again"),
            ["sign-up.confirm-missing"] = (
                "Въведете паролата още веднъж.", "Enter the password once more."),
            ["sign-up.confirm-differs"] = (
                "Двете пароли не съвпадат. Въведете същата парола.",
                "The two passwords differ. Enter the same password."),
            ["sign-up.egn"] = ("ЕГН (по желание)", "ЕГН, personal number (optional)"),
            ["sign-up.egn-hint"] = (
                "10 цифри. С него услугите няма да ви го питат отново.",
                "10 digits. With it, services will not ask you for it again."),
            ["sign-up.submit"] = ("Регистрация", "Sign up"),
            ["sign-up.have-account"] = ("Вече имате профил?", "Have an account already?"),
            ["sign-up.sign-in"] = ("Влезте", "Sign in"),
            ["requests.title"] = ("Моите заявления", "My requests"),
            ["requests.new-signal"] = ("Подайте нов сигнал", "Submit a new signal"),
            ["requests.empty"] = ("Още нямате заявления.", "You have no requests yet."),
            ["requests.count"] = ("Заявления: {0}, най-новите първи", "Requests: {0}, newest first"),
            ["request.title"] = ("Заявление", "Request"),
            ["request.index"] = ("Регистрационен номер", "Registration number"),
            ["request.service"] = ("Услуга", "Service"),
            ["request.subject"] = ("Относно", "Subject"),
            ["request.status"] = ("Състояние", "Status"),
            ["request.submitted"] = ("Подадено на", "Submitted on"),
            ["request.timeline"] = ("Ход на заявлението", "What has happened"),
            ["request.documents"] = ("Документи", "Documents"),
            ["request.no-documents"] = ("Няма документи.", "No documents."),
            ["request.size"] = ("{0} KB", "{0} KB"),
            ["request.missing-title"] = ("Няма такова заявление", "No such request"),
            ["request.missing"] = (
                "Не намерихме това заявление сред вашите. "
                + "Проверете адреса или отворете списъка.",
                "This request is not among yours. Check the address, or open the list."),
            ["request.back"] = ("Към моите заявления", "Back to my requests"),
            ["track.title"] = ("Проследяване на заявление", "Track a request"),
            ["track.result-title"] = ("Вашето заявление", "Your request"),
            ["track.text"] = (
                "Въведете регистрационния номер и кода за достъп, "
                + "които получихте при подаването.",
                "Enter the registration number and the access code you were given when you submitted it."),
            ["track.index"] = ("Регистрационен номер", "Registration number"),
            ["track.index-hint"] = ("Например СОА26-ВХ-57/03.12.2026", "For example СОА26-ВХ-57/03.12.2026"),
            ["track.code"] = ("Код за достъп", "Access code"),
            ["track.code-hint"] = ("8 знака, например K7PM-Q2XD", "8 characters, for example K7PM-Q2XD"),
            ["track.submit"] = ("Покажи заявлението", "Show the request"),
            ["track.account"] = (
                "Подали сте го с профил? Вижте го, като", "Submitted it with an account? See it when you"),
            ["track.another"] = ("Проследете друго заявление", "Track another request"),
            ["track.index-missing"] = (
                "Въведете регистрационния номер.", "Enter the registration number."),
            ["track.code-missing"] = ("Въведете кода за достъп.", "Enter the access code."),
            ["track.not-found"] = (
                "Не намерихме заявление с този регистрационен номер и код. "
                + "Проверете двете и опитайте отново.",
                "We found no request with this registration number and access code. Check both and try again."),
            ["track.index-limited"] = (
                "За този регистрационен номер има твърде много опити "
                + "с грешен код. "
                + "Опитайте отново след {0} минути или влезте в профила си.",
                "There have been too many attempts with a wrong code for this registration number. "
                + "Try again in {0} minutes, or sign in to your account."),
            ["track.limited-title"] = ("Твърде много опити", "Too many attempts"),
            ["track.limited"] = (
                "От този адрес има твърде много опити за проследяване. "
                + "Опитайте отново след {0} минути.",
                "There have been too many tracking attempts from this address. Try again in {0} minutes."),
            ["track.again"] = ("Към проследяването", "Back to tracking"),
            ["accessibility.title"] = ("Декларация за достъпност", "Accessibility statement"),
            ["accessibility.intro"] = (
                "Столична община иска порталът за електронни услуги да може да се ползва от всеки. "
                + "Целта е съответствие с EN 301 549, който включва WCAG 2.1 ниво AA, "
                + "както изисква Директива (ЕС) 2016/2102.",
                "Sofia Municipality wants everyone to be able to use its e-services portal. "
                + "The aim is to meet EN 301 549, which includes WCAG 2.1 level AA, "
                + "as Directive (EU) 2016/2102 requires."),
            ["accessibility.status-title"] = ("Степен на съответствие", "Compliance status"),
            ["accessibility.status"] = (
                "Порталът е в частично съответствие с WCAG 2.1 ниво AA: "
                + "неизпълнените изисквания са изброени по-долу.",
                "The portal is partially compliant with WCAG 2.1 level AA: what is not met is listed below."),
            ["accessibility.gaps-title"] = ("Какво още не е достъпно", "What is not accessible yet"),
            ["accessibility.gap-pdf"] = (
                "Документите в PDF, които общината издава, още не са маркирани за екранни четци.",
                "The PDF documents the municipality issues are not yet tagged for screen readers."),
            ["accessibility.gap-audit"] = (
                "Порталът още не е проверен на ръка с екранни четци; "
                + "проверяват го автоматични тестове.",
                "The portal has not yet been checked by hand with screen readers; automated tests check it."),
            ["accessibility.gap-services"] = (
                "Част от услугите още се подават само на гише.",
                "Some services can still be applied for only at a counter."),
            ["accessibility.how-title"] = ("Как проверяваме", "How we check"),
            ["accessibility.how"] = (
                "При всяка промяна всяка страница на портала се отваря в браузър "
                + "и се проверява с axe-core за нарушения на WCAG 2.1 A и AA. "
                + "Страниците работят без JavaScript, на български и на английски.",
                "At every change each page of the portal is opened in a browser and checked with axe-core "
                + "for WCAG 2.1 A and AA violations. The pages work without JavaScript, in Bulgarian and in English."),
            ["accessibility.feedback-title"] = ("Обратна връзка", "Feedback"),
            ["accessibility.feedback"] = (
                "Ако нещо в портала не ви е достъпно или ви трябва съдържание в друг формат, пишете ни:",
                "If something in the portal is not accessible to you, or you need content in another format, "
                + "write to us:"),
            ["accessibility.email"] = ("Електронна поща:", "E-mail:"),
            ["accessibility.phone"] = ("Телефон:", "Telephone:"),
            ["accessibility.date-title"] = ("Дата", "Date"),
            ["accessibility.date"] = (
                "Декларацията е изготвена и последно прегледана на {0}.",
                "This statement was prepared and last reviewed on {0}."),
            ["sign-in.title"] = ("Вход в системата", "Sign in"),
            ["sign-in.email"] = ("Електронна поща", "E-mail"),
            ["sign-in.password"] = ("Парола", "Password"),
            ["sign-in.submit"] = ("Вход", "Sign in"),
            ["sign-in.email-missing"] = (
                "Въведете електронната си поща.", "Enter your e-mail address."),
            ["sign-in.password-missing"] = ("Въведете паролата си.", "Enter your password."),
            ["sign-in.wrong"] = (
                "Електронната поща или паролата не са верни. "
                + "Проверете ги и опитайте отново.",
                "The e-mail address or the password is not right. Check them and try again."),
            ["sign-in.locked"] = (
                "Профилът е заключен за 15 минути "
                + "след няколко неуспешни опита.",
                "The account is locked for 15 minutes after several failed attempts."),
            ["sign-in.errors"] = ("Има проблем", "There is a problem"),
            ["home.title"] = (
                "Електронни услуги на Столична община",
                "E-services of Sofia Municipality"),
            ["home.text"] = (
                "Тук гражданите и фирмите подават сигнали и заявления "
                + "и следят хода им.",
                "Here citizens and businesses submit signals and applications and follow them."),
            ["home.inbox"] = ("Към задачите", "To the task inbox"),
            ["inbox.title"] = ("Задачи", "Tasks"),
            ["inbox.filters"] = ("Филтри на задачите", "Task filters"),
            ["inbox.show"] = ("Покажи", "Show"),
            ["inbox.view.mine"] = ("моите", "mine"),
            ["inbox.view.groups"] = ("на моите групи", "my groups'"),
            ["inbox.view.all"] = ("всички видими", "all I may see"),
            ["inbox.overdue-only"] = ("само просрочените", "overdue only"),
            ["inbox.notifications"] = ("Известия", "Notifications"),
            ["inbox.notification.read"] = ("Прочетено", "Mark as read"),
            ["inbox.search"] = ("Търсене в заглавие и описание", "Search title and description"),
            ["inbox.sort"] = ("Подреждане", "Sort by"),
            ["inbox.sort.due"] = ("по срок", "due date"),
            ["inbox.sort.priority"] = ("по приоритет", "priority"),
            ["inbox.sort.created"] = ("по дата на създаване", "date created"),
            ["inbox.case"] = ("Преписка (регистрационен индекс)", "Case (registration index)"),
            ["inbox.case-error"] = (
                "Въведете регистрационния индекс на преписката, например {0}.",
                "Type the case's registration index, for example {0}."),
            ["inbox.service"] = ("Услуга", "Service"),
            ["inbox.service.all"] = ("всички услуги", "all services"),
            ["inbox.apply"] = ("Покажи", "Show"),
            ["inbox.empty"] = ("Няма задачи по тези условия.", "No tasks match."),
            ["inbox.count"] = ("Задачи: {0}", "Tasks: {0}"),
            ["inbox.next"] = ("Следваща страница", "Next page"),
            ["inbox.department"] = ("Задачите на отдела", "The department's tasks"),
            ["task.title"] = ("Задача", "Task"),
            ["task.priority"] = ("Приоритет", "Priority"),
            ["task.due"] = ("Срок", "Due"),
            ["task.state"] = ("Състояние", "State"),
            ["task.owner"] = ("Изпълнител", "Owner"),
            ["task.unclaimed"] = ("непоета", "unclaimed"),
            ["task.delegated-to"] = ("Делегирана на", "Delegated to"),
            ["task.case"] = ("Преписка", "Case"),
            ["task.applicant"] = ("Заявител", "Applicant"),
            ["task.case-status"] = ("Статус за гражданина", "Status shown to the citizen"),
            ["task.documents"] = ("Документи", "Documents"),
            ["task.no-documents"] = ("Няма документи.", "No documents."),
            ["task.history"] = ("История", "History"),
            ["task.comments"] = ("Коментари", "Comments"),
            ["task.no-comments"] = ("Няма коментари.", "No comments."),
            ["task.comment"] = ("Нов коментар", "New comment"),
            ["task.add-comment"] = ("Добави коментар", "Add comment"),
            ["task.claim"] = ("Поеми задачата", "Claim the task"),
            ["task.release"] = ("Върни задачата", "Release the task"),
            ["task.delegate"] = ("Делегирай на колега", "Delegate to a colleague"),
            ["task.delegate-to"] = ("Електронна поща на колегата", "The colleague's e-mail"),
            ["task.resolve"] = ("Върни на собственика за преглед", "Hand back to the owner for review"),
            ["task.decide"] = ("Решение", "Decision"),
            ["task.closed"] = ("Задачата е приключена.", "The task is closed."),
            ["task.claim-first"] = ("Поемете задачата, за да я изпълните.", "Claim the task to complete it."),
            ["task.done"] = ("Задачата е изпълнена.", "The task is completed."),
            ["task.back"] = ("Към задачите", "Back to the tasks"),
            ["task.attachments"] = ("Приложения", "Attachments"),
            ["task.upload"] = (
                "Качете файлове в документите на преписката и ги приложете",
                "Upload files into the case's documents and attach them"),
            ["task.upload-empty"] = (
                "Файлът „{0}“ е празен. Изберете го отново.", "The file “{0}” is empty. Choose it again."),
            ["task.upload-large"] = (
                "Файлът „{0}“ е по-голям от {1} MB. Качете по-малък файл, например сканиран с по-ниска резолюция.",
                "The file “{0}” is larger than {1} MB. "
                + "Upload a smaller file, for example scanned at a lower resolution."),
            ["task.upload-type"] = (
                "Файлът „{0}“ не е от приетите видове. Качете PDF, PNG, JPEG, TIFF, DOCX, XLSX, ODT, ODS или P7S.",
                "The file “{0}” is not of an accepted kind. Upload PDF, PNG, JPEG, TIFF, DOCX, XLSX, ODT, ODS or P7S."),
            ["task.reassign"] = ("Преразпредели", "Reassign"),
            ["task.reassign-to"] = ("Нов изпълнител (електронна поща)", "New owner (e-mail)"),
            ["priority.low"] = ("нисък", "low"),
            ["priority.normal"] = ("нормален", "normal"),
            ["priority.high"] = ("висок", "high"),
            ["priority.urgent"] = ("спешен", "urgent"),
            ["due.overdue"] = ("просрочена", "overdue"),
            ["due.soon"] = ("изтича скоро", "due soon"),
            ["state.open"] = ("отворена", "open"),
            ["state.claimed"] = ("поета", "claimed"),
            ["state.completed"] = ("изпълнена", "completed"),
            ["state.overdue"] = ("закрита като просрочена", "closed as overdue"),
            ["state.cancelled"] = ("отменена", "cancelled"),
            ["department.title"] = ("Задачите на отдела", "The department's tasks"),
            ["department.unclaimed"] = ("Непоети", "Unclaimed"),
            ["department.past-due"] = ("Просрочени", "Past due"),
            ["department.by-owner"] = ("По изпълнители", "By owner"),
            ["department.new-owner"] = ("Нов изпълнител на", "New owner of"),
            ["department.choose-clerk"] = (
                "Изберете служител от отдела, на когото да възложите задачата.",
                "Choose a clerk of the department to give the task to."),
            ["department.reassigned"] = ("Задачата „{0}“ е възложена на {1}.", "The task “{0}” is now {1}'s."),
            ["denied.title"] = (
                "Нямате достъп до тази страница", "You cannot open this page"),
            ["denied.text"] = (
                "Ролята на профила ви не позволява това. "
                + "Ако смятате, че трябва, обърнете се към администратор.",
                "Your account's role does not allow this. If you think it should, ask an administrator."),
        };
}
