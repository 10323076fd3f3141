using CaseSystem.DocumentStore.Pdf;

namespace CaseSystem.DocumentStore.Tests.Pdf;

public sealed class PaginatorTests
{
    private const double PageHeight = 100;

    [Fact]
    public void A_piece_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var pieces = new[] { Block(60), Block(30), Block(20), Block(90) };

        var pages = Paginator.Paginate(pieces, PageHeight);

        Assert.Equal(3, pages.Count);
        Assert.Equal([0.0, 60.0], pages[0].Select(e => e.Top));
        Assert.Equal([0.0], pages[1].Select(e => e.Top));
        Assert.Equal([0.0], pages[2].Select(e => e.Top));
    }

    [Fact]
    public void A_table_row_brings_its_header_onto_every_page()
    {
        var header = new Space(10);
        var rows = Enumerable.Range(0, 7).Select(_ => new Piece(new Space(30), 30, Header: header, HeaderHeight: 10));

        var pages = Paginator.Paginate([.. rows], PageHeight);

        Assert.Equal(3, pages.Count);
        Assert.All(pages, page => Assert.Same(header, page[0].Element));
        Assert.All(pages, page => Assert.Single(page, e => ReferenceEquals(e.Element, header)));
        Assert.All(pages, page => Assert.True(Bottom(page) <= PageHeight));
    }

    [Fact]
    public void A_header_never_closes_a_page_without_a_row()
    {
        var header = new Space(10);
        var pieces = new[] { Block(65), new Piece(new Space(30), 30, Header: header, HeaderHeight: 10) };

        var pages = Paginator.Paginate(pieces, PageHeight);

        Assert.Single(pages[0]);
        Assert.Same(header, pages[1][0].Element);
    }

    [Fact]
    public void A_gap_is_dropped_at_the_top_of_a_page()
    {
        var pieces = new[] { Block(90), new Piece(new Space(20), 20, IsGap: true), Block(50) };

        var pages = Paginator.Paginate(pieces, PageHeight);

        Assert.Equal(0.0, pages[1].Single().Top);
    }

    private static Piece Block(double height) => new(new Space(height), height);

    private static double Bottom(List<Placement> page) =>
        page.Max(p => p.Top + ((Space)p.Element).Measure(null!, 0));
}
