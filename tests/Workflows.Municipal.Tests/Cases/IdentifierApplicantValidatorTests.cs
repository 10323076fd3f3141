using System.Globalization;
using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Workflows.Municipal.Tests.Cases;

public sealed class IdentifierApplicantValidatorTests
{
    private readonly IdentifierApplicantValidator _validator = new();

    [Theory]
    [InlineData(ApplicantKind.Person, "8001010008")]
    [InlineData(ApplicantKind.Person, "1000000001")]
    [InlineData(ApplicantKind.Company, "131071587")]
    public void A_person_with_an_EGN_or_LNCH_and_a_company_with_an_EIK_are_accepted(ApplicantKind kind, string id) =>
        Assert.Null(_validator.Validate(kind, id));

    [Fact]
    public void A_mistyped_personal_number_is_refused_in_Bulgarian_saying_what_to_check()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("bg");
        try
        {
            var problem = _validator.Validate(ApplicantKind.Person, "8001010007");

            Assert.NotNull(problem);
            Assert.Contains("ЕГН", problem, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_company_number_of_the_wrong_length_is_refused()
    {
        var problem = _validator.Validate(ApplicantKind.Company, "1310715");

        Assert.NotNull(problem);
        Assert.Contains("13", problem, StringComparison.Ordinal);
    }
}
