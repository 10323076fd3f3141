using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CaseSystem.DocumentStore.Tests.Pdf;

/// <summary>Small images made in the test, so no binary fixture has to be kept.</summary>
public static class TestImages
{
    /// <summary>An opaque RGB PNG in two colours, split down the middle.</summary>
    public static byte[] Png(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(output, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // no filter
                for (var x = 0; x < width; x++)
                {
                    zlib.Write(x < width / 2 ? [0x1F, 0x4E, 0x9A] : [0xF2, 0xC1, 0x2E]);
                }
            }
        }

        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>
    /// An 8×8 mid-grey baseline JFIF JPEG in YCbCr, written by hand: three blocks whose only coefficient is a
    /// zero DC, coded with one-symbol Huffman tables, so the whole scan is six bits.
    /// </summary>
    public static byte[] Jpeg()
    {
        byte[] start = [0xFF, 0xD8];
        byte[] jfif = [0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
        byte[] quantisation = [0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64)];
        byte[] frame = [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x08, 0x00, 0x08, 0x03, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0];
        byte[] dcTable = [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. new byte[15], 0x00];
        byte[] acTable = [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, .. new byte[15], 0x00];
        byte[] scan = [0xFF, 0xDA, 0x00, 0x0C, 0x03, 1, 0x00, 2, 0x00, 3, 0x00, 0x00, 0x3F, 0x00];

        // For each of the three components: DC difference of category 0 ("0"), then end of block ("0"); the six
        // bits are padded with ones. PDFsharp reads a few bytes past the last marker, so two bytes follow the end
        // of image, where readers ignore them.
        byte[] data = [0x03, 0xFF, 0xD9, 0x00, 0x00];
        return [.. start, .. jfif, .. quantisation, .. frame, .. dcTable, .. acTable, .. scan, .. data];
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
