using System.Globalization;
using System.Text;
using CaseSystem.DocumentStore.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace CaseSystem.Pdf.Bench;

/// <summary>
/// The same certificate drawn with PDFsharp alone, as one would write it by hand: positions worked out once for
/// this page, paragraphs wrapped by PDFsharp's own text formatter.
/// </summary>
internal static class RawCertificate
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly CompositeFormat PageFormat = CompositeFormat.Parse(Certificate.PageFormat);

    public static byte[] Render()
    {
        EmbeddedFonts.Install();
        var regular = new XFont(EmbeddedFonts.Family, 10, XFontStyleEx.Regular, Unicode);
        var bold = new XFont(EmbeddedFonts.Family, 10, XFontStyleEx.Bold, Unicode);
        var heading = new XFont(EmbeddedFonts.Family, 14, XFontStyleEx.Bold, Unicode);
        var title = new XFont(EmbeddedFonts.Family, 16, XFontStyleEx.Bold, Unicode);
        var small = new XFont(EmbeddedFonts.Family, 8, XFontStyleEx.Regular, Unicode);

        using var document = new PdfDocument();
        document.Info.Title = Certificate.Title;
        document.Info.Author = Certificate.Municipality;
        document.Info.Creator = "CaseSystem";
        document.Language = "bg-BG";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var left = Length.Mm(20);
            var width = page.Width.Point - 2 * left;
            var black = XBrushes.Black;
            var centre = XStringFormats.TopCenter;

            g.DrawString(Certificate.Municipality, heading, black, new XRect(left, 57, width, 17), centre);
            g.DrawString(Certificate.District, regular, black, new XRect(left, 74, width, 12), centre);
            g.DrawLine(new XPen(XColors.Black, 0.5), left, 86, left + width, 86);

            g.DrawString(Certificate.Title, title, black, new XRect(left, 97, width, 19), centre);
            g.DrawString(Certificate.Index, regular, black, new XRect(left, 124, width, 12), centre);

            var formatter = new XTextFormatter(g) { Alignment = XParagraphAlignment.Justify };
            formatter.DrawString(Certificate.Opening, regular, black, new XRect(left, 144, width, 50));

            var widths = new[] { width / 10, width * 6 / 10, width * 3 / 10 };
            var top = 200.0;
            var pen = new XPen(XColors.Gray, 0.5);
            DrawRow(g, Certificate.Columns, bold, widths, left, top, pen, XBrushes.LightGray);
            foreach (var heir in Certificate.Heirs)
            {
                top += 18;
                DrawRow(g, heir, regular, widths, left, top, pen, null);
            }

            formatter.DrawString(Certificate.Closing, regular, black, new XRect(left, top + 26, width, 50));
            g.DrawString(Certificate.Date, regular, black, left, top + 110, XStringFormats.TopLeft);
            g.DrawString(Certificate.Signature, regular, black, left + width, top + 110, XStringFormats.TopRight);

            var number = string.Format(CultureInfo.InvariantCulture, PageFormat, 1, 1);
            g.DrawString(number, small, black, new XRect(left, page.Height.Point - 67, width, 10), centre);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawRow(XGraphics g, string[] cells, XFont font, double[] widths, double x, double y,
        XPen pen, XBrush? background)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (background is not null)
            {
                g.DrawRectangle(background, x, y, widths[i], 18);
            }

            g.DrawString(cells[i], font, XBrushes.Black, x + 3, y + 3, XStringFormats.TopLeft);
            g.DrawRectangle(pen, x, y, widths[i], 18);
            x += widths[i];
        }
    }
}
