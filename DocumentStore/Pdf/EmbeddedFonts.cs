using System.Reflection;
using PdfSharp.Fonts;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly (see Fonts/LICENSE-DejaVu.txt), so a rendered PDF
/// never depends on the fonts installed on the machine. Every family name resolves to DejaVu Sans, which covers
/// Cyrillic.
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";
    private const string BoldOblique = "DejaVuSans-BoldOblique";

    private static readonly Lock Gate = new();
    private static EmbeddedFonts? _installed;

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private EmbeddedFonts()
    {
    }

    /// <summary>
    /// Makes these fonts PDFsharp's resolver for the process. PDFsharp allows one resolver, set before any font is
    /// used, and accepts the same instance again; so every caller goes through here and gets that one instance.
    /// </summary>
    public static void Install()
    {
        if (_installed is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed is not null)
            {
                return;
            }

            var fonts = new EmbeddedFonts();
            GlobalFontSettings.FontResolver = fonts;
            _installed = fonts;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => BoldOblique,
            (true, false) => Bold,
            (false, true) => Oblique,
            _ => Regular,
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName)
    {
        lock (_faces)
        {
            if (_faces.TryGetValue(faceName, out var cached))
            {
                return cached;
            }

            var resource = $"CaseSystem.DocumentStore.Fonts.{faceName}.ttf";
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
            if (stream is null)
            {
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            _faces[faceName] = bytes;
            return bytes;
        }
    }
}
