using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>
/// Signs a signed PDF again the way a signing application co-signs: an incremental update appended to the file (a
/// new signature field in the catalog's AcroForm, its /Sig dictionary, an xref section for the new and changed
/// objects, a trailer pointing back to the previous one), so the first signature's bytes stay as they were.
/// </summary>
/// <remarks>
/// Written for the tests' files only: PDFsharp's output, with a classic xref table and the AcroForm written inside
/// the catalog. It throws on anything else rather than guess.
/// </remarks>
internal static partial class IncrementalCoSigner
{
    private const int ContentsHexLength = 16_384;
    private const int NumberWidth = 10;

    public static byte[] Sign(byte[] pdf, SigningCertificate certificate)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var root = Number(RootPattern(), trailer);
        var size = Number(SizePattern(), trailer);
        var previousXref = Number(StartXrefPattern(), trailer);
        var id = IdPattern().Match(trailer).Value;

        var catalog = Required(CatalogPattern(root), text).Groups[1].Value;
        var fields = Required(FieldsPattern(), catalog);
        var (field, signature) = (size, size + 1);
        var changedCatalog = catalog.Replace(fields.Value, $"/Fields[{fields.Groups[1].Value} {field} 0 R]",
            StringComparison.Ordinal);

        var update = new StringBuilder("\n");
        var offsets = new Dictionary<long, int>();
        void Add(long number, string body)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        Add(root, changedCatalog);
        Add(field, $"<</FT/Sig/T(Co-signature)/V {signature} 0 R/Type/Annot/Subtype/Widget/Rect[0 0 0 0]/F 132>>");
        var placeholder = $"[0 {Blank()} {Blank()} {Blank()}]";
        Add(signature, "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.detached/M(D:20261204120000Z)" +
            $"/ByteRange{placeholder}/Contents<{new string('0', ContentsHexLength)}>>>");

        var xref = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{offsets[root]:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture,
            $"{field} 2\n{offsets[field]:D10} 00000 n \n{offsets[signature]:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {size + 2}/Root {root} 0 R/Prev {previousXref}{id}>>\nstartxref\n{xref}\n%%EOF\n");

        var file = new byte[pdf.Length + update.Length];
        pdf.CopyTo(file, 0);
        Encoding.Latin1.GetBytes(update.ToString()).CopyTo(file, pdf.Length);
        return Fill(file, pdf.Length, placeholder, certificate);
    }

    // The gap is the /Contents hex string, angle brackets included; everything else is signed.
    private static byte[] Fill(byte[] file, int from, string placeholder, SigningCertificate certificate)
    {
        var text = Encoding.Latin1.GetString(file);
        var rangeAt = text.IndexOf(placeholder, from, StringComparison.Ordinal);
        var open = text.IndexOf("/Contents<", rangeAt, StringComparison.Ordinal) + "/Contents".Length;
        var close = open + 1 + ContentsHexLength;
        var range = $"[0 {Padded(open)} {Padded(close + 1)} {Padded(file.Length - close - 1)}]";
        Encoding.Latin1.GetBytes(range).CopyTo(file, rangeAt);

        byte[] signed = [.. file.AsSpan(0, open), .. file.AsSpan(close + 1)];
        var hex = Convert.ToHexString(new DetachedSigner(certificate).Sign(signed));
        if (hex.Length > ContentsHexLength)
        {
            throw new InvalidOperationException("The signature is larger than the space kept for it.");
        }

        Encoding.Latin1.GetBytes(hex).CopyTo(file, open + 1);
        return file;
    }

    private static string Blank() => new(' ', NumberWidth);

    private static string Padded(long number) =>
        number.ToString(CultureInfo.InvariantCulture).PadRight(NumberWidth);

    private static long Number(Regex pattern, string text) =>
        long.Parse(Required(pattern, text).Groups[1].Value, CultureInfo.InvariantCulture);

    private static Match Required(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        return match.Success
            ? match
            : throw new NotSupportedException($"Not a PDF this helper can co-sign: no match for {pattern}.");
    }

    private static Regex CatalogPattern(long root) =>
        new($@"(?<![0-9]){root} 0 obj\s*(<<.*?>>)\s*endobj", RegexOptions.Singleline);

    [GeneratedRegex(@"/Root\s+([0-9]+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Size\s+([0-9]+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"startxref\s+([0-9]+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/Fields\s*\[([^\]]*)\]")]
    private static partial Regex FieldsPattern();
}
