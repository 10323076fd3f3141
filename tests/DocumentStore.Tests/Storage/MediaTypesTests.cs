using System.Formats.Asn1;
using System.IO.Compression;
using System.Text;
using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.DocumentStore.Tests.Storage;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("255044462D312E370A25", MediaTypes.Pdf)]
    [InlineData("89504E470D0A1A0A0000000D49484452", MediaTypes.Png)]
    [InlineData("FFD8FFE000104A464946", MediaTypes.Jpeg)]
    [InlineData("FFD8FFE1", MediaTypes.Jpeg)]
    [InlineData("474946383961", MediaTypes.Gif)]
    [InlineData("474946383761", MediaTypes.Gif)]
    [InlineData("49492A00", MediaTypes.Tiff)]
    [InlineData("4D4D002A", MediaTypes.Tiff)]
    [InlineData("4D5A90000300", MediaTypes.Unknown)]
    [InlineData("3C68746D6C3E", MediaTypes.Unknown)]
    [InlineData("", MediaTypes.Unknown)]
    public void The_type_is_read_from_the_first_bytes(string hex, string expected)
    {
        Assert.Equal(expected, MediaTypes.Sniff(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("word/document.xml", MediaTypes.Docx)]
    [InlineData("xl/workbook.xml", MediaTypes.Xlsx)]
    [InlineData("ppt/presentation.xml", MediaTypes.Pptx)]
    [InlineData("readme.txt", MediaTypes.Zip)]
    public void Office_files_are_told_apart_from_plain_zip(string part, string expected)
    {
        var zip = Zip(("[Content_Types].xml", "<Types/>"), (part, "<x/>"));

        Assert.Equal(expected, MediaTypes.Sniff(zip));
    }

    [Fact]
    public void OpenDocument_text_is_recognised_by_its_mimetype_entry()
    {
        var zip = Zip(("mimetype", MediaTypes.Odt), ("content.xml", "<office:document-content/>"));

        Assert.Equal(MediaTypes.Odt, MediaTypes.Sniff(zip));
    }

    [Fact]
    public void A_detached_cms_signature_in_der_is_recognised()
    {
        var signature = ContentInfo("1.2.840.113549.1.7.2", contentLength: 2_000);

        Assert.Equal(MediaTypes.CmsSignature, MediaTypes.Sniff(signature));
    }

    [Fact]
    public void Other_der_structures_are_not_taken_for_signatures()
    {
        var envelopedData = ContentInfo("1.2.840.113549.1.7.3", contentLength: 2_000);

        Assert.Equal(MediaTypes.Unknown, MediaTypes.Sniff(envelopedData));
    }

    private static byte[] ContentInfo(string contentType, int contentLength)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(contentType);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            {
                writer.WriteOctetString(new byte[contentLength]);
            }
        }

        return writer.Encode();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var level = name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                using var writer = zip.CreateEntry(name, level).Open();
                writer.Write(Encoding.ASCII.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
