using System.Formats.Asn1;
using System.Globalization;
using System.Text;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Finds a signed PDF's last signature: its /ByteRange <c>[a b c d]</c> names the signed bytes, and the gap between
/// the two ranges is the /Contents hex string holding the CMS signature.
/// </summary>
internal static class PdfSignatureReader
{
    private static readonly byte[] ByteRangeKey = "/ByteRange"u8.ToArray();

    public sealed record Found(byte[] SignedBytes, byte[] Signature, bool CoversWholeFile);

    public static Found? Read(byte[] pdf)
    {
        // TODO: only the last signature is read, by a byte scan rather than the PDF's object structure; a PDF with
        // several signatures wants each one. Can go when co-signed PDFs arrive.
        var at = pdf.AsSpan().LastIndexOf(ByteRangeKey);
        if (at < 0)
        {
            return null;
        }

        var open = Array.IndexOf(pdf, (byte)'[', at);
        var close = open < 0 ? -1 : Array.IndexOf(pdf, (byte)']', open);
        if (close < 0)
        {
            return null;
        }

        var numbers = Encoding.ASCII.GetString(pdf, open + 1, close - open - 1)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length != 4 || !numbers.All(n => long.TryParse(n, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var range = numbers.Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var (start1, length1, start2, length2) = (range[0], range[1], range[2], range[3]);
        if (start1 != 0 || length1 < 0 || start2 < length1 + 2 || length2 < 0 || start2 + length2 > pdf.Length
            || pdf[length1] != '<' || pdf[start2 - 1] != '>')
        {
            return null;
        }

        var signed = new byte[length1 + length2];
        Array.Copy(pdf, 0, signed, 0, length1);
        Array.Copy(pdf, start2, signed, length1, length2);

        var hex = Encoding.ASCII.GetString(pdf, (int)length1 + 1, (int)(start2 - length1 - 2));
        byte[] contents;
        try
        {
            contents = Convert.FromHexString(hex.Trim());
        }
        catch (FormatException)
        {
            return null;
        }

        return new Found(signed, TrimPadding(contents), start2 + length2 == pdf.Length);
    }

    // /Contents is reserved larger than the signature and padded with zeros; the DER value says where it ends.
    private static byte[] TrimPadding(byte[] contents)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var consumed);
            return contents[..consumed];
        }
        catch (AsnContentException)
        {
            return contents;
        }
    }
}
