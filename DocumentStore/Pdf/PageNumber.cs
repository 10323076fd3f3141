using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// The page's number and the document's page count, such as "стр. 2 от 5"; the format takes {0} for the page and
/// {1} for the count. It is one line, so its height does not depend on the numbers.
/// </summary>
public sealed class PageNumber(string format, TextStyle style, TextAlign align) : Element
{
    private readonly CompositeFormat _format = CompositeFormat.Parse(format);

    internal override double Measure(RenderContext context, double width) =>
        RenderContext.LineHeight(context.Font(style));

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var font = context.Font(style);
        var text = string.Format(CultureInfo.InvariantCulture, _format, context.PageNumber, context.PageCount);
        var textWidth = context.Graphics.MeasureString(text, font).Width;
        var left = align switch
        {
            TextAlign.Centre => x + (width - textWidth) / 2,
            TextAlign.Right => x + width - textWidth,
            _ => x,
        };
        context.Graphics.DrawString(text, font, RenderContext.Brush(style), left, y, XStringFormats.TopLeft);
    }
}
