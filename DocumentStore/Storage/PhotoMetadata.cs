using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace CaseSystem.DocumentStore.Storage;

public enum PhotoMetadataRemoval
{
    /// <summary>GPS tags of the EXIF profile and the XMP packet, which can repeat them; the rest stays.</summary>
    Location,

    /// <summary>EXIF, XMP and IPTC: camera, owner, times and location. The colour profile stays.</summary>
    All,
}

/// <summary>
/// Removes where a photo was taken (or all it says about itself) from JPEG and PNG images a citizen sends.
/// </summary>
public static class PhotoMetadata
{
    // The GPS IFD holds tags 0x0000 to 0x001F; 0x8825 in IFD0 points to it.
    private const ushort LastGpsTag = 0x001F;

    /// <summary>Writes <paramref name="photo"/> to <paramref name="cleaned"/> without the chosen metadata.</summary>
    /// <returns>The media type written, the same as the photo's.</returns>
    /// <exception cref="UploadRejectedException">The content is neither JPEG nor PNG, or cannot be read.</exception>
    public static async Task<string> RemoveAsync(
        Stream photo, Stream cleaned, PhotoMetadataRemoval removal = PhotoMetadataRemoval.Location,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(cleaned);

        Image image;
        IImageFormat format;
        try
        {
            (image, format) = await Image.LoadWithFormatAsync(photo, cancellationToken);
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException)
        {
            throw new UploadRejectedException(
                UploadRejection.TypeNotAllowed, "The photo cannot be read as JPEG or PNG. Send it as a JPEG or PNG.");
        }

        using (image)
        {
            IImageEncoder encoder = format switch
            {
                JpegFormat => new JpegEncoder { Quality = SourceQuality(image) },
                PngFormat => new PngEncoder(),
                _ => throw new UploadRejectedException(
                    UploadRejection.TypeNotAllowed,
                    $"Photos are taken as JPEG or PNG; this one is {format.Name}. Send it as a JPEG or PNG."),
            };

            Strip(image, removal);
            await image.SaveAsync(cleaned, encoder, cancellationToken);
            return format.DefaultMimeType;
        }
    }

    private static void Strip(Image image, PhotoMetadataRemoval removal)
    {
        var metadata = image.Metadata;
        metadata.XmpProfile = null;
        if (removal == PhotoMetadataRemoval.All)
        {
            metadata.ExifProfile = null;
            metadata.IptcProfile = null;
            metadata.GetPngMetadata().TextData.Clear();
            return;
        }

        var exif = metadata.ExifProfile;
        if (exif is not null)
        {
            var location = exif.Values
                .Where(v => (ushort)v.Tag <= LastGpsTag || v.Tag == ExifTag.GPSIFDOffset)
                .Select(v => v.Tag)
                .ToList();
            foreach (var tag in location)
            {
                exif.RemoveValue(tag);
            }
        }

        // PNG keeps XMP in an iTXt chunk, which ImageSharp 2 reads as text.
        var text = metadata.GetPngMetadata().TextData;
        foreach (var xmp in text.Where(t => t.Keyword.Contains("xmp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            text.Remove(xmp);
        }
    }

    // Re-encoding at the photo's own quality keeps the file about its size without visible loss.
    private static int SourceQuality(Image image) => Math.Clamp(image.Metadata.GetJpegMetadata().Quality, 75, 100);
}
