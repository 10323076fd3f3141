namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>Signals to the contact centre (configuration section <c>Signals</c>).</summary>
public sealed class SignalOptions
{
    public const string SectionName = "Signals";

    /// <summary>The definition id of the signal workflow the submissions start.</summary>
    public string DefinitionId { get; set; } = SignalWorkflow.DefinitionId;

    /// <summary>The categories; when empty, <see cref="DefaultSignalCategories.Categories"/>.</summary>
    public IList<SignalCategory> Categories { get; } = [];

    /// <summary>The districts; when empty, <see cref="DefaultSignalCategories.Districts"/>, Sofia's 24.</summary>
    public IList<SignalDistrict> Districts { get; } = [];

    /// <summary>
    /// A GeoJSON file of the districts' boundaries (a FeatureCollection of Polygons or MultiPolygons, each with a
    /// <c>code</c> property naming a district): a signal with a map point and no district chosen gets the district
    /// the point lies in. None by default: then only a chosen district routes.
    /// </summary>
    public string? DistrictBoundaries { get; set; }

    /// <summary>How far apart two open signals of one category may be to be offered as duplicates.</summary>
    public double DuplicateRadiusMetres { get; set; } = 100;

    /// <summary>How long after it was fixed its citizen (or staff) may reopen a signal.</summary>
    public TimeSpan ReopenWithin { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Months from receipt to the decision (Administrative Procedure Code, chapter eight).</summary>
    public int DecisionMonths { get; set; } = 2;

    /// <summary>The longest a superior may extend the decision to, in months from receipt.</summary>
    public int MaxDecisionMonths { get; set; } = 6;

    /// <summary>Where a map point may lie: Sofia municipality with a margin.</summary>
    public SignalBounds Bounds { get; set; } = new();

    /// <summary>The response letter: issuing unit, signatory, register, signing certificate.</summary>
    public SignalLetterOptions Letter { get; set; } = new();
}

/// <summary>A box of latitudes and longitudes (WGS 84, degrees).</summary>
public sealed class SignalBounds
{
    public double South { get; set; } = 42.45;

    public double North { get; set; } = 42.90;

    public double West { get; set; } = 22.95;

    public double East { get; set; } = 23.65;

    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North && longitude >= West && longitude <= East;
}

/// <summary>How response letters are issued.</summary>
public sealed class SignalLetterOptions
{
    /// <summary>The issuing unit at the top of the letter.</summary>
    public string Unit { get; set; } = "Направление „Контактен център“";

    public string SignatoryName { get; set; } = "Ръководител на Контактния център";

    public string SignatoryPosition { get; set; } = "Ръководител";

    /// <summary>The outgoing register the letters are entered in; the first outgoing one when not set.</summary>
    public string? Register { get; set; }

    /// <summary>The municipality's PKCS#12 signing file; letters go unsigned when it is not set.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
