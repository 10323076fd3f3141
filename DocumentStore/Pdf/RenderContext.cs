using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// What elements need while measuring and drawing one document: the graphics of the current page (or a measure
/// context before any page exists), fonts, word widths and images made once, and the page number.
/// </summary>
internal sealed class RenderContext : IDisposable
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];
    private readonly Dictionary<byte[], XImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly XGraphics _measure;

    public RenderContext(XSize pageSize)
    {
        EmbeddedFonts.Install();
        _measure = XGraphics.CreateMeasureContext(pageSize, XGraphicsUnit.Point, XPageDirection.Downwards);
        Graphics = _measure;
        BodyHeight = pageSize.Height;
    }

    public XGraphics Graphics { get; private set; }

    /// <summary>
    /// The height a page's body offers between header and footer (the page's, until the layout knows them): no
    /// single piece may be taller.
    /// </summary>
    public double BodyHeight { get; set; }

    public int PageNumber { get; private set; }

    public int PageCount { get; private set; }

    public void BeginPage(XGraphics graphics, int pageNumber, int pageCount)
    {
        Graphics = graphics;
        PageNumber = pageNumber;
        PageCount = pageCount;
    }

    public XFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            var fontStyle = (style.Bold, style.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(EmbeddedFonts.Family, style.Size, fontStyle, Unicode);
            _fonts[style] = font;
        }

        return font;
    }

    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    public static double LineHeight(XFont font) => font.GetHeight();

    public static XBrush Brush(TextStyle style) =>
        style.Color is { } color ? new XSolidBrush(color) : XBrushes.Black;

    public XImage Image(byte[] content)
    {
        if (!_images.TryGetValue(content, out var image))
        {
            image = XImage.FromStream(new MemoryStream(content, writable: false));
            _images[content] = image;
        }

        return image;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }

        _measure.Dispose();
    }
}
