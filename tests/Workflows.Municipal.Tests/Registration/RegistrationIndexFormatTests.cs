using CaseSystem.Workflows.Municipal.Registration;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Municipal.Tests.Registration;

public sealed class RegistrationIndexFormatTests
{
    private readonly RegistrationIndexFormat _format = TestRegistration.Format();

    [Fact]
    public void An_index_reads_prefix_two_digit_year_register_sequence_slash_date()
    {
        var index = _format.Create("РД09", 57, new DateOnly(2018, 1, 24));

        Assert.Equal("СОА18-РД09-57/24.01.2018", index.ToString());
    }

    [Fact]
    public void An_index_typed_with_spaces_lower_case_and_leading_zeros_reads_as_the_canonical_one()
    {
        var parsed = _format.TryParse(" соа18-рд09-057 / 24.01.2018 ", out var index);

        Assert.True(parsed);
        Assert.Equal(new RegistrationIndex("СОА", "РД09", 57, new DateOnly(2018, 1, 24)), index);
        Assert.Equal("СОА18-РД09-57/24.01.2018", index.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("СОА19-РД09-57/24.01.2018")]
    [InlineData("ВАР18-РД09-57/24.01.2018")]
    [InlineData("СОА18-РД09-0/24.01.2018")]
    [InlineData("СОА18-РД09-57/31.02.2018")]
    [InlineData("СОА18РД09-57/24.01.2018")]
    [InlineData("СОА18-РД09-57-24.01.2018")]
    [InlineData("СОА18-РД09-57/24.1.2018")]
    public void A_malformed_index_or_one_of_another_municipality_does_not_parse(string text)
    {
        Assert.False(_format.TryParse(text, out _));
    }

    [Fact]
    public void The_date_of_an_index_is_the_date_in_Sofia()
    {
        var lateOnNewYearsEveInUtc = new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 1, 1), _format.LocalDate(lateOnNewYearsEveInUtc));
    }

    [Fact]
    public void Register_codes_are_matched_whatever_their_letter_case()
    {
        var index = _format.Create("рд09", 1, new DateOnly(2026, 12, 3));

        Assert.Equal("СОА26-РД09-1/03.12.2026", index.ToString());
    }

    [Fact]
    public void An_incoming_register_that_is_not_configured_is_a_configuration_error_naming_the_setting()
    {
        var options = TestRegistration.Options();
        options.IncomingRegister = "ИЗ01";

        var error = Assert.Throws<InvalidOperationException>(
            () => new RegistrationIndexFormat(Options.Create(options)));

        Assert.Contains("Registration", error.Message, StringComparison.Ordinal);
        Assert.Contains("IncomingRegister 'ИЗ01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_register_is_refused_with_the_configured_codes()
    {
        var error = Assert.Throws<ArgumentException>(() => _format.Register("ХХ99"));

        Assert.Contains("ВК08, ИЗ01, РД09", error.Message, StringComparison.Ordinal);
    }
}
