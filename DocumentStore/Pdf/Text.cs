using System.Text;
using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// A paragraph, broken into lines at spaces; a line feed starts a new line. It is one run of text in its style, or
/// several (<see cref="Then"/>), each of which may be bold over that style, so a sentence can set one word apart.
/// A paragraph may continue on the next page between two lines.
/// </summary>
public sealed class Text : Element
{
    private readonly List<Run> _runs;
    private double _brokenAt = double.NaN;
    private TextStyle? _brokenWith;
    private List<TextLine> _lines = [];

    public Text(string content) => _runs = [new Run(content, Bold: false)];

    /// <summary>All the paragraph's text, its runs one after another.</summary>
    public string Content => string.Concat(_runs.Select(r => r.Text));

    public TextStyle Style { get; private set; } = TextStyle.Default;

    public TextAlign Align { get; private set; } = TextAlign.Left;

    /// <summary>Adds a run after the text so far, in the paragraph's style, bold when asked.</summary>
    public Text Then(string text, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);

        _runs.Add(new Run(text, bold));
        _brokenWith = null;
        return this;
    }

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

    internal override double Measure(RenderContext context, double width) =>
        Lines(context, width).Count * RenderContext.LineHeight(context.Font(Style));

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var lineHeight = RenderContext.LineHeight(context.Font(Style));
        var count = Lines(context, width).Count;
        for (var i = 0; i < count; i++)
        {
            DrawLine(context, i, x, y + i * lineHeight, width);
        }
    }

    internal override void AddPieces(RenderContext context, double width, List<Piece> pieces)
    {
        var lineHeight = RenderContext.LineHeight(context.Font(Style));
        var count = Lines(context, width).Count;
        for (var i = 0; i < count; i++)
        {
            pieces.Add(new Piece(new Line(this, i), lineHeight));
        }
    }

    private void DrawLine(RenderContext context, int index, double x, double y, double width)
    {
        var line = Lines(context, width)[index];
        var font = context.Font(Style);
        var brush = RenderContext.Brush(Style);
        var justified = Align == TextAlign.Justify && !line.EndsParagraph && line.Words.Count > 1;
        if (!justified && line.Words.All(w => w.Plain))
        {
            // One style: the line is one string, as most lines are.
            var left = Align switch
            {
                TextAlign.Centre => x + (width - line.Width) / 2,
                TextAlign.Right => x + width - line.Width,
                _ => x,
            };
            context.Graphics.DrawString(
                string.Join(' ', line.Words.Select(w => w.Text)), font, brush, left, y, XStringFormats.TopLeft);
            return;
        }

        // Word by word, each with its trailing space so that text extraction still sees the spaces; in a
        // justified line the stretch goes after that space.
        var space = context.Width(" ", font);
        var stretch = justified ? (width - line.Width) / (line.Words.Count - 1) : 0;
        var at = justified
            ? x
            : Align switch
            {
                TextAlign.Centre => x + (width - line.Width) / 2,
                TextAlign.Right => x + width - line.Width,
                _ => x,
            };
        var bold = line.Words.All(w => w.Plain) ? font : context.Font(Style.WithBold());
        for (var i = 0; i < line.Words.Count; i++)
        {
            var pieces = line.Words[i].Pieces;
            for (var p = 0; p < pieces.Count; p++)
            {
                var pieceFont = pieces[p].Bold ? bold : font;
                var trailing = p == pieces.Count - 1 && i < line.Words.Count - 1 ? " " : "";
                context.Graphics.DrawString(pieces[p].Text + trailing, pieceFont, brush, at, y,
                    XStringFormats.TopLeft);
                at += context.Width(pieces[p].Text, pieceFont);
            }

            at += space + stretch;
        }
    }

    private List<TextLine> Lines(RenderContext context, double width)
    {
        // Measuring and drawing ask for the same width; break the paragraph once for both.
        if (width.Equals(_brokenAt) && ReferenceEquals(Style, _brokenWith))
        {
            return _lines;
        }

        _lines = Break(context, width);
        _brokenAt = width;
        _brokenWith = Style;
        return _lines;
    }

    private List<TextLine> Break(RenderContext context, double width)
    {
        var lines = new List<TextLine>();
        var regular = context.Font(Style);
        var bold = _runs.Any(r => r.Bold) ? context.Font(Style.WithBold()) : regular;
        var space = context.Width(" ", regular);
        foreach (var paragraph in Paragraphs())
        {
            var words = new List<Word>();
            var lineWidth = 0.0;
            foreach (var word in paragraph.SelectMany(w => Fit(context, w, width, regular, bold)))
            {
                if (words.Count > 0 && lineWidth + space + word.Width > width)
                {
                    lines.Add(new TextLine(words, lineWidth, EndsParagraph: false));
                    words = [];
                    lineWidth = 0;
                }

                lineWidth += (words.Count > 0 ? space : 0) + word.Width;
                words.Add(word);
            }

            lines.Add(new TextLine(words, lineWidth, EndsParagraph: true));
        }

        return lines;
    }

    /// <summary>The text's paragraphs (split at line feeds), each a list of words (split at spaces) whose pieces
    /// keep their runs' boldness; a word may span runs.</summary>
    private List<List<List<WordPiece>>> Paragraphs()
    {
        if (_runs.Count == 1)
        {
            // One run, as most paragraphs are: split, with no piece to track.
            var bold = _runs[0].Bold;
            return [.. _runs[0].Text.ReplaceLineEndings("\n").Split('\n').Select(paragraph => paragraph
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new List<WordPiece> { new(w, bold) })
                .ToList())];
        }

        return RunParagraphs();
    }

    private List<List<List<WordPiece>>> RunParagraphs()
    {
        var paragraphs = new List<List<List<WordPiece>>> { new() };
        var word = new List<WordPiece>();
        var piece = new StringBuilder();
        var bold = false;

        void EndPiece()
        {
            if (piece.Length > 0)
            {
                word.Add(new WordPiece(piece.ToString(), bold));
                piece.Clear();
            }
        }

        void EndWord()
        {
            EndPiece();
            if (word.Count > 0)
            {
                paragraphs[^1].Add(word);
                word = [];
            }
        }

        foreach (var run in _runs)
        {
            EndPiece();
            bold = run.Bold;
            foreach (var c in run.Text.ReplaceLineEndings("\n"))
            {
                switch (c)
                {
                    case ' ':
                        EndWord();
                        break;
                    case '\n':
                        EndWord();
                        paragraphs.Add([]);
                        break;
                    default:
                        piece.Append(c);
                        break;
                }
            }
        }

        EndWord();
        return paragraphs;
    }

    /// <summary>
    /// The word, measured; or, if it is one run and wider than a line (a long identifier in a narrow cell), the
    /// pieces that fill whole lines, every one but the last then alone on its line.
    /// </summary>
    private static IEnumerable<Word> Fit(RenderContext context, List<WordPiece> pieces, double width,
        XFont regular, XFont boldFont)
    {
        if (pieces.Count > 1)
        {
            yield return new Word(pieces, pieces.Sum(p => context.Width(p.Text, p.Bold ? boldFont : regular)));
            yield break;
        }

        var bold = pieces[0].Bold;
        var font = bold ? boldFont : regular;
        var rest = pieces[0].Text;
        while (rest.Length > 1 && context.Width(rest, font) > width)
        {
            var length = rest.Length - 1;
            while (length > 1 && context.Width(rest[..length], font) > width)
            {
                length--;
            }

            yield return new Word([new WordPiece(rest[..length], bold)], context.Width(rest[..length], font));
            rest = rest[length..];
        }

        yield return new Word([new WordPiece(rest, bold)], context.Width(rest, font));
    }

    private sealed record Run(string Text, bool Bold);

    private sealed record WordPiece(string Text, bool Bold);

    /// <summary>A word and its width; <see cref="Plain"/> when it is one piece in the paragraph's own style.
    /// </summary>
    private sealed record Word(List<WordPiece> Pieces, double Width)
    {
        public bool Plain => Pieces.Count == 1 && !Pieces[0].Bold;

        public string Text => Pieces.Count == 1 ? Pieces[0].Text : string.Concat(Pieces.Select(p => p.Text));
    }

    private sealed record TextLine(List<Word> Words, double Width, bool EndsParagraph);

    /// <summary>One line of a paragraph, as the paginator places it.</summary>
    private sealed class Line(Text paragraph, int index) : Element
    {
        internal override double Measure(RenderContext context, double width) =>
            RenderContext.LineHeight(context.Font(paragraph.Style));

        internal override void Draw(RenderContext context, double x, double y, double width) =>
            paragraph.DrawLine(context, index, x, y, width);
    }
}
