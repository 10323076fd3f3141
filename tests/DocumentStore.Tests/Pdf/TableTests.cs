using CaseSystem.DocumentStore.Pdf;

namespace CaseSystem.DocumentStore.Tests.Pdf;

public sealed class TableTests
{
    private const int RowCount = 200;

    private static RenderedPdf RenderRegister() =>
        new(new PdfLayout()
            .WithFooter(f => f.PageNumber("стр. {0} от {1}", align: TextAlign.Right))
            .WithContent(c =>
            {
                c.Text("Регистър на входящите документи").Size(14).Bold();
                c.Table(t =>
                {
                    t.Columns(1, 2, 4).Header("№", "Рег. индекс", "Относно");
                    for (var i = 1; i <= RowCount; i++)
                    {
                        // Every fifth row wraps onto several lines, so rows differ in height.
                        var middle = i % 5 == 0
                            ? string.Concat(Enumerable.Repeat("искане за издаване на удостоверение ", 3))
                            : "";
                        var subject = $"начало {i:000} {middle}край {i:000}";
                        t.Row($"{i}", $"СО-{i:0000}-2026", subject);
                    }
                });
            })
            .Render());

    [Fact]
    public void A_long_table_spans_several_pages_with_its_header_on_each()
    {
        var pdf = RenderRegister();

        Assert.True(pdf.PageCount >= 3, $"expected several pages, got {pdf.PageCount}");
        Assert.All(pdf.PageLines,
            lines => Assert.Contains(lines, l => l.Contains("Рег. индекс", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_row_is_split_across_pages()
    {
        var pdf = RenderRegister();

        for (var i = 1; i <= RowCount; i++)
        {
            var start = PagesWith(pdf, $"начало {i:000}");
            var end = PagesWith(pdf, $"край {i:000}");
            var index = PagesWith(pdf, $"СО-{i:0000}-2026");

            Assert.Single(start);
            Assert.Equal(start, end);
            Assert.Equal(start, index);
        }
    }

    [Fact]
    public void Rows_keep_their_order_across_pages()
    {
        var pdf = RenderRegister();

        var indexes = pdf.PageLines.SelectMany(lines => lines)
            .SelectMany(l => l.Split(' '))
            .Where(w => w.StartsWith("СО-", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(Enumerable.Range(1, RowCount).Select(i => $"СО-{i:0000}-2026"), indexes);
    }

    [Fact]
    public void Every_page_carries_its_number_and_the_page_count()
    {
        var pdf = RenderRegister();

        for (var page = 1; page <= pdf.PageCount; page++)
        {
            Assert.Equal($"стр. {page} от {pdf.PageCount}", pdf.PageLines[page - 1][^1]);
        }
    }

    private static List<int> PagesWith(RenderedPdf pdf, string text) =>
        [.. Enumerable.Range(0, pdf.PageCount)
            .Where(p => pdf.PageLines[p].Any(l => l.Contains(text, StringComparison.Ordinal)))];
}
