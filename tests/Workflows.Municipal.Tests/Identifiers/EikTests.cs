using CaseSystem.Workflows.Municipal.Identifiers;

namespace CaseSystem.Workflows.Municipal.Tests.Identifiers;

public sealed class EikTests
{
    // Public codes of Bulgarian companies and institutions, as printed on their documents and VAT numbers.
    [Theory]
    [InlineData("131071587")]
    [InlineData("175074752")]
    [InlineData("131106522")]
    [InlineData("000695114")]
    [InlineData("204799888")]
    [InlineData("202320104")]
    [InlineData("205242290")]
    public void Check_APublishedCode_IsValid(string input)
    {
        var check = Eik.Check(input);

        Assert.True(check.IsValid);
        Assert.False(check.Value.IsBranch);
        Assert.Equal(input, check.Value.Entity);
    }

    [Fact]
    public void Check_APublishedBranchCode_IsValid()
    {
        var eik = Eik.Check("2016195800141").Value;

        Assert.NotNull(eik);
        Assert.True(eik.IsBranch);
        Assert.Equal("201619580", eik.Entity);
    }

    // Made up to reach each branch of the rule.
    [Theory]
    [InlineData("100000086")] // digits 1-8 weighted 1..8 leave 10: weighted 3..10 instead
    [InlineData("100000550")] // both leave 10: the check digit is 0
    [InlineData("1310715870003")] // a branch, digits 9-12 weighted 2, 7, 3, 5
    [InlineData("1310715870087")] // those leave 10: weighted 4, 9, 5, 7 instead
    public void Check_EachWayToTheCheckDigit_IsValid(string input)
    {
        Assert.True(Eik.IsValid(input));
    }

    [Theory]
    [InlineData("131071588")] // the ninth digit mistyped
    [InlineData("1310715880003")] // a branch whose first nine digits are no valid code
    [InlineData("1310715870004")] // the thirteenth digit mistyped
    public void Check_CheckDigitNotMatching_IsBadCheckDigit(string input)
    {
        Assert.Equal(IdentifierError.BadCheckDigit, Eik.Check(input).Error);
    }

    [Theory]
    [InlineData("13107158")]
    [InlineData("1310715870")]
    [InlineData("131071587000")]
    public void Check_NeitherNineNorThirteenDigits_IsWrongLength(string input)
    {
        Assert.Equal(IdentifierError.WrongLength, Eik.Check(input).Error);
    }

    [Fact]
    public void Check_AVatNumberWithItsCountryPrefix_IsNotDigits()
    {
        Assert.Equal(IdentifierError.NotDigits, Eik.Check("BG131071587").Error);
    }

    [Fact]
    public void Check_GroupedDigits_AreRead()
    {
        Assert.Equal("131071587", Eik.Check(" 131 071 587 ").Value?.Value);
    }
}
