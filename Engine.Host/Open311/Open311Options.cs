namespace CaseSystem.Host.Open311;

/// <summary>Section <c>Open311</c>: who may post requests, and what discovery says.</summary>
public sealed class Open311Options
{
    public const string Section = "Open311";

    /// <summary>The key the embedded default accepts when no client is configured; listed in README.md.</summary>
    public const string DemoKey = "open311-demo-key";

    /// <summary>The applications allowed to post requests, each with its <c>api_key</c>.</summary>
    public IList<Open311Client> Clients { get; } = [];

    public string Contact { get; set; } = "Столична община, контактен център, тел. 0700 1 0909";

    public string KeyService { get; set; } = "Ключ за приложения се иска от контактния център на Столична община.";

    /// <summary>When the published services last changed, for discovery's <c>changeset</c>.</summary>
    public DateTimeOffset Changeset { get; set; } = new(2026, 12, 4, 0, 0, 0, TimeSpan.FromHours(2));
}

public sealed class Open311Client
{
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";
}
