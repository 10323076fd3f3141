using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>A rule across the full width.</summary>
public sealed class HorizontalLine(double thickness, XColor color) : Element
{
    internal override double Measure(RenderContext context, double width) => thickness;

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var pen = new XPen(color, thickness);
        context.Graphics.DrawLine(pen, x, y + thickness / 2, x + width, y + thickness / 2);
    }
}
