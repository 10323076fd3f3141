using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>What a PDF signature says about itself, and where its visible stamp goes (none when null).</summary>
public sealed record PdfSignatureAppearance
{
    public string? Reason { get; init; }

    public string? Location { get; init; }

    public string? ContactInfo { get; init; }

    public int PageIndex { get; init; }

    /// <summary>The stamp's rectangle on the page in points; null signs without a visible stamp.</summary>
    public XRect? Stamp { get; init; }
}
