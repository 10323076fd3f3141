using CaseSystem.Workflows.Municipal.Identifiers;

namespace CaseSystem.Workflows.Municipal.Tests.Identifiers;

/// <summary>The ЛНЧ numbers below are made up and given their check digit by the rule.</summary>
public sealed class LnchTests
{
    [Theory]
    [InlineData("1001234562")]
    [InlineData("1740825933")]
    [InlineData("9637102457")]
    public void Check_AValidNumber_IsValid(string input)
    {
        var check = Lnch.Check(input);

        Assert.True(check.IsValid);
        Assert.Equal(IdentifierKind.Lnch, check.Kind);
        Assert.Equal(input, check.Value.Value);
    }

    [Fact]
    public void Check_WhiteSpace_IsIgnored()
    {
        Assert.Equal("1001234562", Lnch.Check(" 100 123 4562 ").Value?.Value);
    }

    [Theory]
    [InlineData("1001234563")]
    [InlineData("0101234562")]
    public void Check_CheckDigitNotMatching_IsBadCheckDigit(string input)
    {
        Assert.Equal(IdentifierError.BadCheckDigit, Lnch.Check(input).Error);
    }

    [Fact]
    public void Check_AValidEgn_IsNoLnch()
    {
        Assert.False(Lnch.IsValid("8501012349"));
    }

    [Theory]
    [InlineData("", IdentifierError.Empty)]
    [InlineData("10012345", IdentifierError.WrongLength)]
    [InlineData("100123456x", IdentifierError.NotDigits)]
    public void Check_MalformedInput_SaysWhatIsWrong(string input, IdentifierError error)
    {
        Assert.Equal(error, Lnch.Check(input).Error);
    }
}
