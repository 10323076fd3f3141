using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Tokens;

namespace CaseSystem.DocumentStore.Tests.Pdf;

/// <summary>A rendered PDF read back with PdfPig, a reader we did not write.</summary>
public sealed class RenderedPdf
{
    public RenderedPdf(byte[] bytes)
    {
        Bytes = bytes;
        using var document = PdfDocument.Open(bytes);
        Title = document.Information.Title;
        Author = document.Information.Author;
        Subject = document.Information.Subject;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Language = catalog.TryGet<StringToken>(NameToken.Create("Lang"), out var lang) ? lang.Data : null;
        var pages = document.GetPages().ToList();
        PageLines = [.. pages.Select(p => ContentOrderTextExtractor.GetText(p).Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0).ToList())];
        FontNames = [.. pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct()];
        BoldWords = [.. pages.SelectMany(p => p.GetWords())
            .Select(w => string.Concat(w.Letters
                .Where(l => l.FontName?.Contains("Bold", StringComparison.Ordinal) == true)
                .Select(l => l.Value)))
            .Where(bold => bold.Length > 0)];
        Images = [.. pages.SelectMany(p => p.GetImages().Select(i => new PlacedImage(p.Number, i.BoundingBox.Left,
            i.BoundingBox.Bottom, i.BoundingBox.Width, i.BoundingBox.Height, p.Height)))];
    }

    public byte[] Bytes { get; }

    public string? Title { get; }

    public string? Author { get; }

    public string? Subject { get; }

    public string? Language { get; }

    /// <summary>Each page's text lines, in drawing order.</summary>
    public List<List<string>> PageLines { get; }

    public List<string> FontNames { get; }

    /// <summary>The bold letters of each word that has any, on every page, in reading order.</summary>
    public List<string> BoldWords { get; }

    /// <summary>Every image drawn, where it stands on its page (in points from the page's bottom left).</summary>
    public List<PlacedImage> Images { get; }

    public int ImageCount => Images.Count;

    public int PageCount => PageLines.Count;
}

/// <summary>An image on page <paramref name="Page"/> (from 1), in points from the page's bottom left corner.
/// </summary>
public sealed record PlacedImage(int Page, double Left, double Bottom, double Width, double Height, double PageHeight)
{
    public double Top => Bottom + Height;
}
