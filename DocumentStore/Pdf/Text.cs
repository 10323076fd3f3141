using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// A paragraph in one style, broken into lines at spaces; a line feed starts a new line. A paragraph may
/// continue on the next page between two lines.
/// </summary>
public sealed class Text(string content) : Element
{
    // TODO: one style per paragraph; add styled runs when a template needs a bold word inside a sentence.
    private double _brokenAt = double.NaN;
    private TextStyle? _brokenWith;
    private List<TextLine> _lines = [];

    public string Content { get; } = content;

    public TextStyle Style { get; private set; } = TextStyle.Default;

    public TextAlign Align { get; private set; } = TextAlign.Left;

    public Text WithStyle(TextStyle style)
    {
        Style = style;
        return this;
    }

    public Text Size(double size) => WithStyle(Style.WithSize(size));

    public Text Bold() => WithStyle(Style.WithBold());

    public Text Italic() => WithStyle(Style.WithItalic());

    public Text Color(XColor color) => WithStyle(Style.WithColor(color));

    public Text Aligned(TextAlign align)
    {
        Align = align;
        return this;
    }

    public Text Centre() => Aligned(TextAlign.Centre);

    public Text Right() => Aligned(TextAlign.Right);

    public Text Justify() => Aligned(TextAlign.Justify);

    internal override double Measure(RenderContext context, double width)
    {
        var font = context.Font(Style);
        return Lines(context, font, width).Count * RenderContext.LineHeight(font);
    }

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var font = context.Font(Style);
        var lineHeight = RenderContext.LineHeight(font);
        var lines = Lines(context, font, width);
        for (var i = 0; i < lines.Count; i++)
        {
            DrawLine(context, i, x, y + i * lineHeight, width);
        }
    }

    internal override void AddPieces(RenderContext context, double width, List<Piece> pieces)
    {
        var font = context.Font(Style);
        var lineHeight = RenderContext.LineHeight(font);
        var count = Lines(context, font, width).Count;
        for (var i = 0; i < count; i++)
        {
            pieces.Add(new Piece(new Line(this, i), lineHeight));
        }
    }

    private void DrawLine(RenderContext context, int index, double x, double y, double width)
    {
        var font = context.Font(Style);
        var brush = RenderContext.Brush(Style);
        var line = Lines(context, font, width)[index];
        if (Align == TextAlign.Justify && !line.EndsParagraph && line.Words.Count > 1)
        {
            DrawJustified(context, font, brush, line, x, y, width);
            return;
        }

        var left = Align switch
        {
            TextAlign.Centre => x + (width - line.Width) / 2,
            TextAlign.Right => x + width - line.Width,
            _ => x,
        };
        context.Graphics.DrawString(string.Join(' ', line.Words), font, brush, left, y, XStringFormats.TopLeft);
    }

    private static void DrawJustified(RenderContext context, XFont font, XBrush brush, TextLine line, double x,
        double y, double width)
    {
        // Each word is drawn with its trailing space, so text extraction still sees the spaces; the stretch
        // goes after that space.
        var space = context.Width(" ", font);
        var stretch = (width - line.Width) / (line.Words.Count - 1);
        for (var i = 0; i < line.Words.Count; i++)
        {
            var last = i == line.Words.Count - 1;
            var word = last ? line.Words[i] : line.Words[i] + " ";
            context.Graphics.DrawString(word, font, brush, x, y, XStringFormats.TopLeft);
            x += context.Width(line.Words[i], font) + space + stretch;
        }
    }

    private List<TextLine> Lines(RenderContext context, XFont font, double width)
    {
        // Measuring and drawing ask for the same width; break the paragraph once for both.
        if (width.Equals(_brokenAt) && ReferenceEquals(Style, _brokenWith))
        {
            return _lines;
        }

        _lines = Break(context, font, width);
        _brokenAt = width;
        _brokenWith = Style;
        return _lines;
    }

    private List<TextLine> Break(RenderContext context, XFont font, double width)
    {
        var lines = new List<TextLine>();
        var space = context.Width(" ", font);
        foreach (var paragraph in Content.ReplaceLineEndings("\n").Split('\n'))
        {
            var words = new List<string>();
            var lineWidth = 0.0;
            var fitted = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(word => Fit(context, font, word, width));
            foreach (var word in fitted)
            {
                var wordWidth = context.Width(word, font);
                if (words.Count > 0 && lineWidth + space + wordWidth > width)
                {
                    lines.Add(new TextLine(words, lineWidth, EndsParagraph: false));
                    words = [];
                    lineWidth = 0;
                }

                lineWidth += (words.Count > 0 ? space : 0) + wordWidth;
                words.Add(word);
            }

            lines.Add(new TextLine(words, lineWidth, EndsParagraph: true));
        }

        return lines;
    }

    /// <summary>
    /// The word itself, or, if it is wider than a line (a long identifier in a narrow cell), the pieces that fill
    /// whole lines; every piece but the last then stands alone on its line.
    /// </summary>
    private static IEnumerable<string> Fit(RenderContext context, XFont font, string word, double width)
    {
        var rest = word;
        while (rest.Length > 1 && context.Width(rest, font) > width)
        {
            var length = rest.Length - 1;
            while (length > 1 && context.Width(rest[..length], font) > width)
            {
                length--;
            }

            yield return rest[..length];
            rest = rest[length..];
        }

        yield return rest;
    }

    private sealed record TextLine(List<string> Words, double Width, bool EndsParagraph);

    /// <summary>One line of a paragraph, as the paginator places it.</summary>
    private sealed class Line(Text paragraph, int index) : Element
    {
        internal override double Measure(RenderContext context, double width) =>
            RenderContext.LineHeight(context.Font(paragraph.Style));

        internal override void Draw(RenderContext context, double x, double y, double width) =>
            paragraph.DrawLine(context, index, x, y, width);
    }
}
