using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CaseSystem.Host.Signals;

/// <summary>
/// A signal being written: the answers so far, the case id its photos are filed under, and those photos. It goes
/// from page to page in a hidden field, protected (encrypted and signed) so that nobody can attach photos that are
/// not theirs, and good for <see cref="SignalDrafts.Lifetime"/>.
/// </summary>
public sealed record SignalDraft
{
    /// <summary>The id the signal's case will have; its photos are filed under it before the case exists.</summary>
    public Guid CaseId { get; init; } = Guid.NewGuid();

    /// <summary>The account that began it, or null for someone not signed in; another account cannot use it.</summary>
    public string? AccountId { get; init; }

    public string CategoryCode { get; init; } = "";

    public string Description { get; init; } = "";

    public string? Latitude { get; init; }

    public string? Longitude { get; init; }

    public string? Address { get; init; }

    public string? District { get; init; }

    /// <summary>As typed: <c>2026-12-01</c> or <c>01.12.2026</c>.</summary>
    public string? EventsOn { get; init; }

    public bool Anonymous { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool ShareDescription { get; init; }

    /// <summary>Staff only: how the signal reached them (phone, walk-in, e-mail).</summary>
    public string? Channel { get; init; }

    public IReadOnlyList<DraftPhoto> Photos { get; init; } = [];
}

/// <summary>A photo already filed in DocumentStore under the draft's case id.</summary>
public sealed record DraftPhoto(Guid DocumentId, string FileName);

/// <summary>Protects drafts for the hidden field and reads them back.</summary>
public sealed class SignalDrafts(IDataProtectionProvider protection)
{
    /// <summary>How long a draft may lie on a page before it is refused (the form is then begun again).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("CaseSystem.Signals.Draft").ToTimeLimitedDataProtector();

    public string Protect(SignalDraft draft) =>
        _protector.Protect(JsonSerializer.Serialize(draft), Lifetime);

    /// <summary>The draft, or null when the text is not one this host made, has expired, or is another's.</summary>
    public SignalDraft? Read(string? text, string? accountId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var draft = JsonSerializer.Deserialize<SignalDraft>(_protector.Unprotect(text));
            return draft is not null && draft.AccountId == accountId ? draft : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
