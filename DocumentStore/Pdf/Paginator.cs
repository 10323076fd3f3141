namespace CaseSystem.DocumentStore.Pdf;

/// <summary>An element placed on a page, at <see cref="Top"/> below the top of the page's body.</summary>
internal readonly record struct Placement(Element Element, double Top);

/// <summary>
/// The one place that decides what goes on which page. Pieces keep their order; a piece that does not fit in
/// what is left of the page moves whole to the next page, so nothing is split. A table row brings its table's
/// header with it onto every page, and never lands on a page as the header's only company.
/// </summary>
internal static class Paginator
{
    public static List<List<Placement>> Paginate(IReadOnlyList<Piece> pieces, double pageHeight)
    {
        var pages = new List<List<Placement>> { new() };
        var top = 0.0;
        Element? headerOnPage = null;

        foreach (var piece in pieces)
        {
            if (piece.IsGap)
            {
                if (top > 0 && top + piece.Height <= pageHeight)
                {
                    top += piece.Height;
                }

                continue;
            }

            var needsHeader = piece.Header is not null && !ReferenceEquals(headerOnPage, piece.Header);
            var needed = piece.Height + (needsHeader ? piece.HeaderHeight : 0);

            // A piece taller than a whole page still gets a page of its own rather than an endless loop.
            // TODO: such a piece (a table row whose cells hold more lines than a page; images are made to fit)
            // overflows the bottom margin; split rows by lines when a template needs it.
            if (top > 0 && top + needed > pageHeight)
            {
                pages.Add([]);
                top = 0;
                needsHeader = piece.Header is not null;
            }

            if (needsHeader)
            {
                pages[^1].Add(new Placement(piece.Header!, top));
                top += piece.HeaderHeight;
            }

            pages[^1].Add(new Placement(piece.Element, top));
            top += piece.Height;
            headerOnPage = piece.Header;
        }

        return pages;
    }
}
