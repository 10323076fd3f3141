using CaseSystem.DocumentStore.Storage;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace CaseSystem.DocumentStore.Tests.Storage;

public sealed class PhotoMetadataTests
{
    public static TheoryData<string> Formats => new() { MediaTypes.Jpeg, MediaTypes.Png };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_location_is_removed_and_the_rest_of_exif_stays(string mediaType)
    {
        var photo = PhotoTakenAtTheCathedral(mediaType);
        Assert.NotNull(GpsLatitude(photo));

        var cleaned = await RemoveAsync(photo, PhotoMetadataRemoval.Location);

        var exif = ExifOf(cleaned);
        Assert.Null(GpsLatitude(cleaned));
        Assert.DoesNotContain(exif!.Values, v => (ushort)v.Tag <= 0x001F || v.Tag == ExifTag.GPSIFDOffset);
        Assert.Equal("Камера на сигнал", exif.GetValue(ExifTag.Make)?.Value);
        Assert.Equal(mediaType, MediaTypes.Sniff(cleaned));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task All_removes_the_whole_exif_profile(string mediaType)
    {
        var photo = PhotoTakenAtTheCathedral(mediaType);

        var cleaned = await RemoveAsync(photo, PhotoMetadataRemoval.All);

        Assert.Null(ExifOf(cleaned));
    }

    [Fact]
    public async Task The_picture_itself_is_kept()
    {
        var photo = PhotoTakenAtTheCathedral(MediaTypes.Png);

        var cleaned = await RemoveAsync(photo, PhotoMetadataRemoval.Location);

        using var before = Image.Load<Rgba32>(photo);
        using var after = Image.Load<Rgba32>(cleaned);
        Assert.Equal((before.Width, before.Height), (after.Width, after.Height));
        Assert.Equal(before[10, 20], after[10, 20]);
    }

    [Fact]
    public async Task Content_that_is_not_a_photo_is_refused_with_what_to_send()
    {
        var pdf = "%PDF-1.7\n"u8.ToArray();

        var error = await Assert.ThrowsAsync<UploadRejectedException>(
            () => PhotoMetadata.RemoveAsync(new MemoryStream(pdf), Stream.Null));

        Assert.Contains("Send it as a JPEG or PNG", error.Message, StringComparison.Ordinal);
    }

    private static async Task<byte[]> RemoveAsync(byte[] photo, PhotoMetadataRemoval removal)
    {
        using var cleaned = new MemoryStream();
        await PhotoMetadata.RemoveAsync(new MemoryStream(photo), cleaned, removal);
        return cleaned.ToArray();
    }

    private static byte[] PhotoTakenAtTheCathedral(string mediaType)
    {
        using var image = new Image<Rgba32>(64, 48);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = new Rgba32((byte)(x * 4), (byte)(y * 5), 128);
            }
        }

        // St Alexander Nevsky Cathedral, Sofia: 42°41'45" N, 23°19'58" E.
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "Камера на сигнал");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(42, 1), new Rational(41, 1), new Rational(45, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(23, 1), new Rational(19, 1), new Rational(58, 1)]);
        image.Metadata.ExifProfile = exif;

        using var buffer = new MemoryStream();
        IImageEncoder encoder = mediaType == MediaTypes.Jpeg ? new JpegEncoder { Quality = 95 } : new PngEncoder();
        image.Save(buffer, encoder);
        return buffer.ToArray();
    }

    private static ExifProfile? ExifOf(byte[] photo)
    {
        using var image = Image.Load(photo);
        return image.Metadata.ExifProfile;
    }

    private static Rational[]? GpsLatitude(byte[] photo) => ExifOf(photo)?.GetValue(ExifTag.GPSLatitude)?.Value;
}
