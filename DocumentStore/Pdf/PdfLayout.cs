using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// A whole PDF: metadata, A4 pages with margins, a header and footer on every page, and the content that flows
/// across pages. Compose it, then <see cref="Render()"/> it: the content is measured and paginated first, so page
/// numbers such as "стр. 2 от 5" know the page count.
/// </summary>
public sealed class PdfLayout
{
    private static readonly XSize A4 = new(Length.Mm(210), Length.Mm(297));

    private double _top = Length.Mm(20);
    private double _right = Length.Mm(20);
    private double _bottom = Length.Mm(20);
    private double _left = Length.Mm(20);

    public string Title { get; private set; } = "";

    public string Author { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>The document's natural language (BCP 47), which screen readers and extraction tools use.</summary>
    public string Language { get; private set; } = "bg-BG";

    /// <summary>The space between the header and the content, and between the content and the footer.</summary>
    public double HeaderGap { get; set; } = 10;

    public Column Header { get; } = new();

    public Column Footer { get; } = new();

    public Column Content { get; } = new();

    public PdfLayout WithTitle(string title)
    {
        Title = title;
        return this;
    }

    public PdfLayout WithAuthor(string author)
    {
        Author = author;
        return this;
    }

    public PdfLayout WithSubject(string subject)
    {
        Subject = subject;
        return this;
    }

    public PdfLayout WithLanguage(string language)
    {
        Language = language;
        return this;
    }

    public PdfLayout Margins(double all) => Margins(all, all, all, all);

    public PdfLayout Margins(double top, double right, double bottom, double left)
    {
        (_top, _right, _bottom, _left) = (top, right, bottom, left);
        return this;
    }

    public PdfLayout WithHeader(Action<Column> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(Header);
        return this;
    }

    public PdfLayout WithFooter(Action<Column> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(Footer);
        return this;
    }

    public PdfLayout WithContent(Action<Column> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(Content);
        return this;
    }

    public byte[] Render()
    {
        using var output = new MemoryStream();
        Render(output);
        return output.ToArray();
    }

    public void Render(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var context = new RenderContext(A4);
        var width = A4.Width - _left - _right;

        // First pass: measure and paginate.
        var headerHeight = Header.Measure(context, width);
        var footerHeight = Footer.Measure(context, width);
        var bodyTop = _top + (headerHeight > 0 ? headerHeight + HeaderGap : 0);
        var bodyBottom = A4.Height - _bottom - (footerHeight > 0 ? footerHeight + HeaderGap : 0);
        context.BodyHeight = bodyBottom - bodyTop;
        var pieces = new List<Piece>();
        Content.AddPieces(context, width, pieces);
        var pages = Paginator.Paginate(pieces, bodyBottom - bodyTop);

        // Second pass: draw, now that the page count is known.
        using var document = new PdfDocument();
        document.Info.Title = Title;
        document.Info.Author = Author;
        document.Info.Subject = Subject;
        document.Info.Creator = "CaseSystem";
        document.Language = Language;
        document.ViewerPreferences.DisplayDocTitle = true;

        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            context.BeginPage(graphics, i + 1, pages.Count);
            Header.Draw(context, _left, _top, width);
            foreach (var placement in pages[i])
            {
                placement.Element.Draw(context, _left, bodyTop + placement.Top, width);
            }

            Footer.Draw(context, _left, A4.Height - _bottom - footerHeight, width);
        }

        document.Save(output, closeStream: false);
    }
}
