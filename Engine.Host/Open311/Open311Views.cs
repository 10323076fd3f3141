using System.Globalization;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal;

namespace CaseSystem.Host.Open311;

/// <summary>Signals and their categories in GeoReport v2's shapes, in the request's language.</summary>
internal static class Open311Views
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    private static bool English => Language.IsEnglish(CultureInfo.CurrentUICulture);

    public static Open311Document Discovery(Open311Options options, string url) => new("discovery", new Open311Object()
        .Add("changeset", options.Changeset)
        .Add("contact", options.Contact)
        .Add("key_service", options.KeyService)
        .Add("endpoints", new Open311List("endpoint",
        [
            new Open311Object()
                .Add("specification", Specification)
                .Add("url", url)
                .Add("changeset", options.Changeset)
                .Add("type", "production")
                .Add("formats", new Open311List("format", ["text/xml", "application/json"])),
        ])));

    public static Open311Document Services(SignalCatalogue catalogue) => new("services",
        new Open311List("service", [.. catalogue.Categories.Select(category => new Open311Object()
            .Add("service_code", category.Code)
            .Add("service_name", category.Name(English))
            .Add("description", English ? category.DescriptionEn : category.DescriptionBg)
            .Add("metadata", true)
            .Add("type", "realtime")
            .Add("keywords", "")
            .Add("group", category.Department))]));

    /// <summary>
    /// The questions a request of the category may answer as <c>attribute[code]</c>: the district (which routes
    /// some categories), the date of the events (the law's two years count from it), and whether the description
    /// may be published.
    /// </summary>
    public static Open311Document Definition(SignalCatalogue catalogue, SignalCategory category)
    {
        var districts = catalogue.Districts.Select(d => (object?)new Open311Object()
            .Add("key", d.Code)
            .Add("name", English ? d.NameEn : d.NameBg)).ToList();
        var yesNo = new List<object?>
        {
            new Open311Object().Add("key", "true").Add("name", English ? "Yes" : "Да"),
            new Open311Object().Add("key", "false").Add("name", English ? "No" : "Не"),
        };
        return new Open311Document("service_definition", new Open311Object()
            .Add("service_code", category.Code)
            .Add("attributes", new Open311List("attribute",
            [
                Attribute(Attributes.District, "singlevaluelist", category.RouteToDistrict, 1,
                    English ? "The district where the problem is." : "Районът, в който е проблемът.", districts),
                Attribute(Attributes.EventsOn, "datetime", false, 2,
                    English ? "When it happened (YYYY-MM-DD); events over two years old are not examined."
                        : "Кога е станало (ГГГГ-ММ-ДД); събития отпреди повече от две години не се разглеждат.",
                    null),
                Attribute(Attributes.ShareDescription, "singlevaluelist", false, 3,
                    English ? "Whether the description may be shown in the public register."
                        : "Може ли описанието да се покаже в публичния регистър.", yesNo),
            ])));
    }

    public static Open311Document Requests(IEnumerable<PublicSignal> signals) =>
        new("service_requests", new Open311List("request", [.. signals.Select(Request)]));

    public static Open311Object Request(PublicSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var label = English ? CaseStatusLabels.English(signal.Status) : CaseStatusLabels.Bulgarian(signal.Status);
        return new Open311Object()
            .Add("service_request_id", Id(signal.Id))
            .Add("status", signal.IsOpen ? "open" : "closed")
            .Add("status_notes", label)
            .Add("service_name", English ? signal.CategoryNameEn : signal.CategoryNameBg)
            .Add("service_code", signal.CategoryCode)
            .Add("description", signal.Description)
            .Add("agency_responsible", signal.Department)
            .Add("service_notice", Notice(signal))
            .Add("requested_datetime", signal.ReceivedAt)
            .Add("updated_datetime", signal.UpdatedAt)
            .Add("expected_datetime", signal.DecisionDueAt)
            .Add("address", signal.Address)
            .Add("address_id", null)
            .Add("zipcode", null)
            .Add("lat", signal.Latitude)
            .Add("long", signal.Longitude)
            .Add("media_url", null)
            .Add("extended_attributes", new Open311Object()
                .Add("status", ExtendedStatus(signal.Status))
                .Add("status_label", label)
                .Add("registration_index", signal.RegistrationIndex)
                .Add("district", signal.District));
    }

    public static Open311Document Created(SubmittedSignal submitted) => new("service_requests",
        new Open311List("request",
        [
            new Open311Object()
                .Add("service_request_id", Id(submitted.Signal.Id))
                .Add("token", Id(submitted.Signal.Id))
                .Add("service_notice", English
                    ? $"Registered as {submitted.Case.RegistrationIndex}."
                    : $"Регистриран с индекс {submitted.Case.RegistrationIndex}.")
                .Add("account_id", null),
        ]));

    public static Open311Document Token(Guid id) => new("service_requests", new Open311List("request",
        [new Open311Object().Add("service_request_id", Id(id)).Add("token", Id(id))]));

    public static Open311Document Errors(int status, IEnumerable<string> descriptions) => new("errors",
        new Open311List("error", [.. descriptions.Select(d => (object?)new Open311Object()
            .Add("code", status)
            .Add("description", d))]));

    /// <summary>The extension's statuses, richer than open and closed: <c>in_progress</c>, <c>fixed</c>...</summary>
    public static string ExtendedStatus(CaseStatus status) => status switch
    {
        CaseStatus.Received => "received",
        CaseStatus.InProgress => "in_progress",
        CaseStatus.ActionScheduled => "action_scheduled",
        CaseStatus.Investigating => "investigating",
        CaseStatus.Duplicate => "duplicate",
        CaseStatus.NotMunicipalResponsibility => "not_municipal_responsibility",
        CaseStatus.Fixed => "fixed",
        CaseStatus.Closed => "closed",
        CaseStatus.Reopened => "reopened",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static string? Notice(PublicSignal signal) => signal.DecisionDueAt is { } due && signal.IsOpen
        ? English
            ? $"A decision is due by {due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}."
            : $"Решение до {due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} г."
        : null;

    private static Open311Object Attribute(string code, string datatype, bool required, int order,
        string description, List<object?>? values)
    {
        var attribute = new Open311Object()
            .Add("variable", true)
            .Add("code", code)
            .Add("datatype", datatype)
            .Add("required", required)
            .Add("datatype_description", datatype == "datetime" ? "YYYY-MM-DD" : null)
            .Add("order", order)
            .Add("description", description);
        if (values is not null)
        {
            attribute.Add("values", new Open311List("value", values));
        }

        return attribute;
    }

    public static class Attributes
    {
        public const string District = "district";
        public const string EventsOn = "events_on";
        public const string ShareDescription = "share_description";
    }
}
