using System.Formats.Asn1;
using System.Globalization;
using System.Text;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Finds a signed PDF's signatures: each /ByteRange <c>[a b c d]</c> names the signed bytes, and the gap between
/// the two ranges is the /Contents hex string holding the CMS signature.
/// </summary>
/// <remarks>
/// TODO: the signatures are found by a byte scan rather than through the PDF's object structure, so a signature
/// dictionary inside a compressed object stream is not seen (it is then reported as no signature, never as a valid
/// one). Can go when a reader of PDF objects arrives.
/// </remarks>
internal static class PdfSignatureReader
{
    private static readonly byte[] ByteRangeKey = "/ByteRange"u8.ToArray();

    /// <summary>One signature: the bytes it signs, its CMS, where the signed bytes end (the end of the revision it
    /// signed) and whether that is the end of the file.</summary>
    public sealed record Found(byte[] SignedBytes, byte[] Signature, long SignedUpTo, bool CoversWholeFile);

    /// <summary>Every readable signature, in the order of the revisions they sign; one signature dictionary
    /// written again by a later revision counts once.</summary>
    public static IReadOnlyList<Found> ReadAll(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);

        var found = new List<Found>();
        for (var at = pdf.AsSpan().IndexOf(ByteRangeKey); at >= 0;)
        {
            if (Read(pdf, at) is { } signature && !found.Exists(f => f.SignedUpTo == signature.SignedUpTo))
            {
                found.Add(signature);
            }

            var next = pdf.AsSpan(at + ByteRangeKey.Length).IndexOf(ByteRangeKey);
            at = next < 0 ? -1 : at + ByteRangeKey.Length + next;
        }

        return [.. found.OrderBy(f => f.SignedUpTo)];
    }

    private static Found? Read(byte[] pdf, int at)
    {
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

        return new Found(signed, TrimPadding(contents), start2 + length2, start2 + length2 == pdf.Length);
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
