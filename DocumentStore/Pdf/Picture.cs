namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// A PNG or JPEG image at a given width (or the available width, if narrower), keeping its proportions; an image
/// that would be taller than a page's body is made smaller until it fits on one.
/// </summary>
public sealed class Picture(byte[] content, double? width, TextAlign align) : Element
{
    internal override double Measure(RenderContext context, double width) =>
        Size(context, width).Height;

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var (drawnWidth, height) = Size(context, width);
        var left = align switch
        {
            TextAlign.Centre => x + (width - drawnWidth) / 2,
            TextAlign.Right => x + width - drawnWidth,
            _ => x,
        };
        context.Graphics.DrawImage(context.Image(content), left, y, drawnWidth, height);
    }

    private (double Width, double Height) Size(RenderContext context, double available)
    {
        var image = context.Image(content);
        var drawn = Math.Min(width ?? image.PointWidth, available);
        var height = drawn * image.PixelHeight / image.PixelWidth;
        return height <= context.BodyHeight
            ? (drawn, height)
            : (drawn * context.BodyHeight / height, context.BodyHeight);
    }
}
