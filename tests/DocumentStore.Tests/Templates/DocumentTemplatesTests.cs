using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Templates;
using CaseSystem.DocumentStore.Tests.Pdf;

namespace CaseSystem.DocumentStore.Tests.Templates;

/// <summary>The four document templates rendered from case data and read back with PdfPig.</summary>
public sealed class DocumentTemplatesTests
{
    private readonly DocumentTemplates _templates = new();

    public static TheoryData<string> Names => [.. DocumentTemplates.Names];

    [Fact]
    public void Names_AreTheFourDocuments()
    {
        Assert.Equal(["receipt", "certificate", "decision", "letter"], DocumentTemplates.Names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryTemplate_HasTheMunicipality_TheIndex_PageNumbers_AndMetadata(string name)
    {
        var pdf = Render(name, Sample(name));

        var lines = pdf.PageLines[0];
        Assert.Contains("СТОЛИЧНА ОБЩИНА", lines);
        Assert.Contains("Дирекция „Административно обслужване“", lines);
        Assert.Contains($"Рег. индекс {SampleData.Index}, дата 03.12.2026", lines);
        Assert.Contains($"стр. 1 от {pdf.PageCount}", lines);
        Assert.Contains(SampleData.Index, pdf.Title, StringComparison.Ordinal);
        Assert.Equal("bg-BG", pdf.Language);
        Assert.Equal("Столична община", pdf.Author);
    }

    [Fact]
    public void Receipt_ShowsTheIncomingNumber_Applicant_Service_Documents_AndDeadline()
    {
        var pdf = Render("receipt", SampleData.Receipt());

        var text = string.Join('\n', pdf.PageLines[0]);
        Assert.Contains("РАЗПИСКА", text, StringComparison.Ordinal);
        Assert.Contains($"Входящ номер {SampleData.Index}", text, StringComparison.Ordinal);
        Assert.Contains("Заявител Мария Иванова Петрова", text, StringComparison.Ordinal);
        Assert.Contains(
            "Услуга Удостоверение за наследници",
            text, StringComparison.Ordinal);
        Assert.Contains("№ Документ Брой листа", text, StringComparison.Ordinal);
        Assert.Contains("1 Приложение 001 2", text, StringComparison.Ordinal);
        Assert.Contains(
            "Срокът за изпълнение на услугата е до 10.12.2026.",
            text, StringComparison.Ordinal);
        Assert.Contains("10.12.2026", pdf.BoldWords);
        Assert.Equal($"Входящ номер {SampleData.Index}", pdf.Title);
    }

    [Fact]
    public void Certificate_CertifiesTheStatement_AndIsSigned()
    {
        var pdf = Render("certificate", SampleData.Certificate());

        var text = string.Join('\n', pdf.PageLines[0]);
        Assert.Contains("УДОСТОВЕРЕНИЕ", text, StringComparison.Ordinal);
        Assert.Contains(
            "удостоверение се издава на Мария Иванова Петрова.",
            text, StringComparison.Ordinal);
        Assert.Contains("няма задължения за местни данъци", text, StringComparison.Ordinal);
        Assert.Contains(
            "Удостоверението се издава, за да послужи пред нотариус.",
            text, StringComparison.Ordinal);
        Assert.Contains("Кмет на район", text, StringComparison.Ordinal);
        Assert.Contains("Петър Стоянов", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_HasGrounds_Disposition_AndTheAppealNotice()
    {
        var pdf = Render("decision", SampleData.Decision());

        // Lines joined with spaces: the appeal notice is a paragraph that wraps.
        var text = string.Join(' ', pdf.PageLines.SelectMany(p => p));
        Assert.Contains("РЕШЕНИЕ", text, StringComparison.Ordinal);
        Assert.Contains("На основание чл. 44, ал. 2 от ЗМСМА", text, StringComparison.Ordinal);
        Assert.Contains("Мотиви", text, StringComparison.Ordinal);
        Assert.Contains("Обектът отговаря на схемата.", text, StringComparison.Ordinal);
        Assert.Contains("2. Разрешението е за една година.", text, StringComparison.Ordinal);
        Assert.Contains(
            "пред Административен съд – София-град",
            text, StringComparison.Ordinal);
        Assert.Contains(
            "в 14-дневен срок от съобщаването му.",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_HasTheAddressee_Subject_Body_AndSignatory()
    {
        var pdf = Render("letter", SampleData.Letter());

        var lines = pdf.PageLines[0];
        Assert.Contains("Иван Георгиев", lines);
        Assert.Contains("ул. „Шипка“ 5, София", lines);
        Assert.Contains(
            "Относно: Ваше заявление за достъп до информация",
            lines);
        Assert.Contains("Информацията е приложена.", lines);
        Assert.Contains("Петър Стоянов", lines);
    }

    [Fact]
    public void Receipt_WithManyDocuments_NumbersEveryPage_AndRepeatsTheHeaders()
    {
        var pdf = Render("receipt", SampleData.Receipt(documents: 120));

        Assert.True(pdf.PageCount >= 3, $"expected several pages, got {pdf.PageCount}");
        for (var page = 0; page < pdf.PageCount; page++)
        {
            var lines = pdf.PageLines[page];
            Assert.Contains($"стр. {page + 1} от {pdf.PageCount}", lines);
            Assert.Contains("СТОЛИЧНА ОБЩИНА", lines);
            Assert.Contains(lines, l => l.Contains(SampleData.Index, StringComparison.Ordinal));
            Assert.Contains("№ Документ Брой листа", lines);
        }

        var all = string.Join('\n', pdf.PageLines.SelectMany(p => p));
        Assert.Contains("Приложение 120", all, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesAmpersandsAndLayoutSigns_InData_AppearLiterally()
    {
        var data = SampleData.Receipt();
        data["applicant"] = "ЕТ \"Петров & син\" <ООД>";
        data["service"] = "# не е заглавие | нито таблица";
        data["nextSteps"] = "= ред 1\n@sign ред 2 **не е удебелено**";

        var pdf = Render("receipt", data);

        var text = string.Join('\n', pdf.PageLines[0]);
        Assert.Contains("Заявител ЕТ \"Петров & син\" <ООД>", text, StringComparison.Ordinal);
        Assert.Contains(
            "Услуга # не е заглавие | нито таблица",
            text, StringComparison.Ordinal);
        Assert.Contains("= ред 1\n@sign ред 2 **не е удебелено**", text, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.BoldWords, w => w.Contains("удебелено", StringComparison.Ordinal));
        Assert.DoesNotContain("&quot;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("receipt", "registrationIndex")]
    [InlineData("receipt", "documents")]
    [InlineData("decision", "grounds")]
    [InlineData("letter", "body")]
    public void MissingField_IsNamed_WithTheTemplate(string name, string field)
    {
        var data = Sample(name);
        data.Remove(field);

        var error = Assert.Throws<DocumentDataException>(() => _templates.Render(name, data));

        Assert.Equal($"The {name} needs '{field}'.", error.Message);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void MissingNestedField_IsNamedByItsPath()
    {
        var data = SampleData.Certificate();
        data["signatory"]!.AsObject().Remove("name");

        var error = Assert.Throws<DocumentDataException>(() => _templates.Render("certificate", data));

        Assert.Equal("The certificate needs 'signatory.name'.", error.Message);
    }

    [Fact]
    public void EmptyField_CountsAsMissing()
    {
        var data = SampleData.Receipt();
        data["applicant"] = "  ";

        var error = Assert.Throws<DocumentDataException>(() => _templates.Render("receipt", data));

        Assert.Equal("applicant", error.Field);
    }

    [Fact]
    public void ListField_GivenAsText_AsksForAnArray()
    {
        var data = SampleData.Decision();
        data["grounds"] = "едно основание";

        var error = Assert.Throws<DocumentDataException>(() => _templates.Render("decision", data));

        Assert.Contains("'grounds' as an array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataBeyondTheLiquidLimits_IsADataError()
    {
        var data = SampleData.Receipt();
        data["documents"] = new JsonArray([.. Enumerable.Range(0, 100_000).Select(i => JsonValue.Create($"d{i}"))]);

        var error = Assert.Throws<DocumentDataException>(() => _templates.Render("receipt", data));

        Assert.StartsWith("The receipt cannot be made from this data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTemplate_ListsTheFourNames()
    {
        var error = Assert.Throws<ArgumentException>(() => _templates.Render("invoice", SampleData.Receipt()));

        Assert.Contains("'invoice'", error.Message, StringComparison.Ordinal);
        Assert.Contains("receipt, certificate, decision, letter", error.Message, StringComparison.Ordinal);
    }

    private RenderedPdf Render(string name, JsonObject data) => new(_templates.Render(name, data));

    private static JsonObject Sample(string name) => name switch
    {
        "receipt" => SampleData.Receipt(),
        "certificate" => SampleData.Certificate(),
        "decision" => SampleData.Decision(),
        _ => SampleData.Letter(),
    };
}
