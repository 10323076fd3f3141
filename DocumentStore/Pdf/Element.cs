namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// A node of the layout tree. Layout is two passes over the same tree: every element first says how tall it is
/// at a given width, the paginator then places the pieces on pages, and only then is anything drawn, so the
/// number of pages is known while drawing.
/// </summary>
public abstract class Element
{
    /// <summary>The height at <paramref name="width"/>; the same width always gives the same answer.</summary>
    internal abstract double Measure(RenderContext context, double width);

    /// <summary>Draws the element with its top left corner at (x, y); y grows downwards.</summary>
    internal abstract void Draw(RenderContext context, double x, double y, double width);

    /// <summary>
    /// The pieces the paginator may put on different pages. Most elements are one piece and never split;
    /// columns offer their children and tables their rows.
    /// </summary>
    internal virtual void AddPieces(RenderContext context, double width, List<Piece> pieces) =>
        pieces.Add(new Piece(this, Measure(context, width)));
}

/// <summary>
/// What the paginator places. A gap is dropped at the top of a page. A piece with a header (a table row) gets
/// that header drawn above it whenever the header is not already the last thing placed for its table on the page.
/// </summary>
internal readonly record struct Piece(Element Element, double Height, bool IsGap = false, Element? Header = null,
    double HeaderHeight = 0);
