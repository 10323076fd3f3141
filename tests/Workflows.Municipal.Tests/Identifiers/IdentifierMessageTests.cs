using System.Globalization;
using CaseSystem.Workflows.Municipal.Identifiers;

namespace CaseSystem.Workflows.Municipal.Tests.Identifiers;

public sealed class IdentifierMessageTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Message_WrongLength_SaysHowManyDigitsAreWantedAndEntered()
    {
        var check = Egn.Check("850101234");

        Assert.Equal("ЕГН има 10 цифри; въведеното има 9.", check.Message());
        Assert.Equal("An ЕГН has 10 digits; the one entered has 9.", check.Message(English));
    }

    [Fact]
    public void Message_WrongLengthOfAnEik_NamesBothLengths()
    {
        var check = Eik.Check("1310715870");

        Assert.Equal("ЕИК има 9 или 13 цифри; въведеното има 10.", check.Message());
        Assert.Equal("An ЕИК has 9 or 13 digits; the one entered has 10.", check.Message(English));
    }

    [Fact]
    public void Message_NotDigits_NamesTheFirstCharacterToChange()
    {
        var check = Eik.Check("BG131071587");

        Assert.Equal("ЕИК съдържа само цифри; махнете или поправете „B“.",
            check.Message());
        Assert.Equal("An ЕИК has digits only; remove or correct “B”.", check.Message(English));
    }

    [Fact]
    public void Message_Empty_AsksForTheNumber()
    {
        Assert.Equal("Въведете ЛНЧ.", Lnch.Check(" ").Message());
        Assert.Equal("Enter an ЛНЧ (personal number of a foreigner).", Lnch.Check(" ").Message(English));
    }

    [Fact]
    public void Message_BadDate_PointsAtTheBirthDate()
    {
        var check = Egn.Check("8513011234");

        Assert.StartsWith("Първите 6 цифри на ЕГН са рождената дата (ГГММДД)",
            check.Message(), StringComparison.Ordinal);
        Assert.StartsWith("The first 6 digits of an ЕГН are the birth date", check.Message(English),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IdentifierKind.Egn, "8501012348")]
    [InlineData(IdentifierKind.Lnch, "1001234563")]
    [InlineData(IdentifierKind.Eik, "131071588")]
    public void Message_BadCheckDigit_AsksToLookForATypo(IdentifierKind kind, string input)
    {
        var check = Check(kind, input);

        Assert.Contains("проверете за сгрешена цифра", check.Bg, StringComparison.Ordinal);
        Assert.Contains("look for a mistyped digit", check.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bg-BG")]
    [InlineData("de-DE")]
    [InlineData("")]
    public void Message_InAnyCultureButEnglish_IsBulgarian(string culture)
    {
        var check = Egn.Check("850101234");

        Assert.Equal(check.Message(), check.Message(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Message_OfAValidNumber_IsEmpty()
    {
        Assert.Equal(string.Empty, Egn.Check("8501012349").Message());
    }

    [Fact]
    public void Message_EveryErrorOfEveryKind_HasATextInBothLanguages()
    {
        string[][] inputs =
        [
            ["", "12a", "123", "8513011234", "8501012348"],
            ["", "12a", "123", "1001234563"],
            ["", "12a", "123", "131071588"],
        ];

        var kinds = new[] { IdentifierKind.Egn, IdentifierKind.Lnch, IdentifierKind.Eik };
        var messages = kinds.Zip(inputs).SelectMany(k => k.Second.Select(input => Check(k.First, input))).ToList();

        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.Bg)));
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.En)));
        Assert.All(messages, m => Assert.NotEqual(m.Bg, m.En));
        Assert.Equal(messages.Count, messages.Select(m => m.Bg).Distinct().Count());
    }

    private static (string Bg, string En) Check(IdentifierKind kind, string input) => kind switch
    {
        IdentifierKind.Egn => (Egn.Check(input).Message(), Egn.Check(input).Message(English)),
        IdentifierKind.Lnch => (Lnch.Check(input).Message(), Lnch.Check(input).Message(English)),
        _ => (Eik.Check(input).Message(), Eik.Check(input).Message(English)),
    };
}
