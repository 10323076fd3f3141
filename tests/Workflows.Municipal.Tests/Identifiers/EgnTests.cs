using CaseSystem.Workflows.Municipal.Identifiers;

namespace CaseSystem.Workflows.Municipal.Tests.Identifiers;

/// <summary>
/// ЕГН numbers below are made up and given their check digit by the rule, except 0550290476, a published example.
/// </summary>
public sealed class EgnTests
{
    [Theory]
    [InlineData("8501012349", 1985, 1, 1, Sex.Male)]
    [InlineData("6407152818", 1964, 7, 15, Sex.Female)]
    [InlineData("9912312468", 1999, 12, 31, Sex.Male)]
    public void Check_AValidNumber_GivesTheBirthDateAndSex(string input, int year, int month, int day, Sex sex)
    {
        var check = Egn.Check(input);

        Assert.True(check.IsValid);
        Assert.Null(check.Error);
        Assert.Equal(input, check.Value.Value);
        Assert.Equal(new DateOnly(year, month, day), check.Value.BirthDate);
        Assert.Equal(sex, check.Value.Sex);
    }

    [Fact]
    public void Check_MonthPlus20_IsABirthInThe1800s()
    {
        var egn = Egn.Check("7523169263").Value;

        Assert.NotNull(egn);
        Assert.Equal(new DateOnly(1875, 3, 16), egn.BirthDate);
    }

    [Theory]
    [InlineData("0550290476", 2005, 10, 29)]
    [InlineData("0541100450", 2005, 1, 10)]
    [InlineData("0042291239", 2000, 2, 29)]
    public void Check_MonthPlus40_IsABirthInThe2000s(string input, int year, int month, int day)
    {
        var egn = Egn.Check(input).Value;

        Assert.NotNull(egn);
        Assert.Equal(new DateOnly(year, month, day), egn.BirthDate);
        Assert.Equal(Sex.Female, egn.Sex);
    }

    [Fact]
    public void Check_WeightedSumWithRemainderTen_WantsCheckDigitZero()
    {
        Assert.True(Egn.IsValid("8501010080"));
    }

    [Theory]
    [InlineData("  8501012349 ")]
    [InlineData("\t8501012349\n")]
    [InlineData("850101 2349")]
    [InlineData("\u00a08501012349")]
    public void Check_WhiteSpace_IsIgnored(string input)
    {
        var check = Egn.Check(input);

        Assert.True(check.IsValid);
        Assert.Equal("8501012349", check.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_NothingEntered_IsEmpty(string? input)
    {
        Assert.Equal(IdentifierError.Empty, Egn.Check(input).Error);
    }

    [Theory]
    [InlineData("85010123a9")]
    [InlineData("850101-2349")]
    [InlineData("８５０１０１２３４９")]
    public void Check_ACharacterOtherThanADigit_IsNotDigits(string input)
    {
        Assert.Equal(IdentifierError.NotDigits, Egn.Check(input).Error);
    }

    [Theory]
    [InlineData("850101234")]
    [InlineData("85010123490")]
    public void Check_TooFewOrTooManyDigits_IsWrongLength(string input)
    {
        Assert.Equal(IdentifierError.WrongLength, Egn.Check(input).Error);
    }

    [Theory]
    [InlineData("4902291116")] // 29 February 1949, valid check digit
    [InlineData("0002298764")] // 29 February 1900: no leap year
    [InlineData("8513011234")] // month 13
    [InlineData("8500011234")] // month 0
    [InlineData("8533011234")] // month 33, between the 1800s and the 2000s
    [InlineData("8501321234")] // day 32
    [InlineData("8501001234")] // day 0
    public void Check_NoRealBirthDate_IsBadDate(string input)
    {
        Assert.Equal(IdentifierError.BadDate, Egn.Check(input).Error);
    }

    [Theory]
    [InlineData("8501012348")] // the last digit mistyped
    [InlineData("8501012439")] // two digits swapped
    public void Check_CheckDigitNotMatching_IsBadCheckDigit(string input)
    {
        var check = Egn.Check(input);

        Assert.False(check.IsValid);
        Assert.Equal(IdentifierError.BadCheckDigit, check.Error);
    }

    [Fact]
    public void Egn_WithTheSameDigits_AreEqual()
    {
        Assert.Equal(Egn.Check("8501012349").Value, Egn.Check(" 8501012349").Value);
    }
}
