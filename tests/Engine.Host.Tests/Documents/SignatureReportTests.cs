using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Documents;

namespace CaseSystem.Host.Tests.Documents;

/// <summary>The JSON that <c>documents verify</c> prints and the signature endpoint answers.</summary>
public sealed class SignatureReportTests
{
    private static readonly Signer Maria = new("Мария Петрова", "PNOBG-7501020018", null);
    private static readonly Signer Company = new("Столична община", "NTRBG-000696327", "NTRBG-000696327");

    [Fact]
    public void A_timestamp_relied_on_is_reported_beside_the_claimed_signing_time()
    {
        var claimed = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var proven = claimed.AddSeconds(4);

        var json = SignatureReport.ToJson(
            new SignatureVerification(SignatureStatus.Valid, [], Maria, claimed) { Timestamp = proven });

        Assert.Equal("2026-12-01T09:30:00.0000000+00:00", (string?)json["signingTime"]);
        Assert.Equal("2026-12-01T09:30:04.0000000+00:00", (string?)json["timestamp"]);
        Assert.Equal("2026-12-01T09:30:04.0000000+00:00", (string?)json["signatures"]![0]!["timestamp"]);
    }

    [Fact]
    public void Several_signatures_each_keep_their_own_status_signer_and_timestamp()
    {
        var at = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var both = SignatureVerification.Combine(
        [
            new SignatureVerification(SignatureStatus.Valid, [], Maria, at) { Timestamp = at },
            new SignatureVerification(SignatureStatus.Indeterminate, ["No trust anchor."], Company, at),
        ]);

        var json = SignatureReport.ToJson(both);

        Assert.Equal("indeterminate", (string?)json["status"]);
        Assert.Equal(
            "Signature 2 of 2 (Столична община): No trust anchor.", (string?)json["reasons"]![0]);
        Assert.Equal("PNOBG-7501020018", (string?)json["signer"]!["identifier"]);
        var signatures = json["signatures"]!.AsArray();
        Assert.Equal(["valid", "indeterminate"], signatures.Select(s => (string?)s!["status"]));
        Assert.Equal("NTRBG-000696327", (string?)signatures[1]!["signer"]!["organizationIdentifier"]);
        Assert.NotNull(signatures[0]!["timestamp"]);
        Assert.Null(signatures[1]!["timestamp"]);
    }
}
