using System.Text;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// The media type of content, read from its first bytes (never from the file name the sender chose).
/// </summary>
public static class MediaTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Tiff = "image/tiff";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Ods = "application/vnd.oasis.opendocument.spreadsheet";
    public const string Zip = "application/zip";

    /// <summary>A detached CMS signature (<c>.p7s</c>) in DER.</summary>
    public const string CmsSignature = "application/pkcs7-signature";

    public const string Unknown = "application/octet-stream";

    /// <summary>How many leading bytes <see cref="Sniff"/> looks at; fewer are fine for a shorter content.</summary>
    public const int SniffLength = 64 * 1024;

    // 1.2.840.113549.1.7.2, signedData, as a DER object identifier.
    private static readonly byte[] SignedDataOid = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02];

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    public static string Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith(PngSignature))
        {
            return Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return SniffZip(head);
        }

        return IsCmsSignedData(head) ? CmsSignature : Unknown;
    }

    private static string SniffZip(ReadOnlySpan<byte> head)
    {
        // OpenDocument stores an uncompressed "mimetype" entry first, whose content is the media type.
        if (head.Length > 30 && head[30..].StartsWith("mimetype"u8))
        {
            var rest = head[38..];
            if (rest.StartsWith(Encoding.ASCII.GetBytes(Odt)))
            {
                return Odt;
            }

            if (rest.StartsWith(Encoding.ASCII.GetBytes(Ods)))
            {
                return Ods;
            }
        }

        // Office Open XML: the part names appear in the local headers near the start.
        if (head.IndexOf("word/"u8) >= 0)
        {
            return Docx;
        }

        if (head.IndexOf("xl/"u8) >= 0)
        {
            return Xlsx;
        }

        return head.IndexOf("ppt/"u8) >= 0 ? Pptx : Zip;
    }

    // ContentInfo ::= SEQUENCE { contentType OBJECT IDENTIFIER (signedData), content [0] EXPLICIT ... }
    private static bool IsCmsSignedData(ReadOnlySpan<byte> head)
    {
        if (head.Length < 2 || head[0] != 0x30)
        {
            return false;
        }

        int headerLength;
        if (head[1] < 0x80 || head[1] == 0x80)
        {
            headerLength = 2; // short form, or BER's indefinite length
        }
        else
        {
            var lengthBytes = head[1] & 0x7F;
            if (lengthBytes > 4)
            {
                return false;
            }

            headerLength = 2 + lengthBytes;
        }

        return head.Length >= headerLength + SignedDataOid.Length && head[headerLength..].StartsWith(SignedDataOid);
    }
}
