using System.Text;
using CaseSystem.DocumentStore.Pdf;

namespace CaseSystem.DocumentStore.Tests.Pdf;

public sealed class TextTests
{
    [Fact]
    public void Bulgarian_text_extracts_exactly()
    {
        var layout = new PdfLayout().WithContent(c =>
        {
            c.Text("Столична община — удостоверение № 42").Size(16).Bold().Centre();
            c.Text("Заявителят е вписан в регистъра; таксата от 12,50 лв. е платена.").Italic();
            c.Text("ЩЪРКЕЛ, ЮЛИЯ, ЯВОР: ѝ Ѝ „кавички“").Right();
        });

        var pdf = new RenderedPdf(layout.Render());

        Assert.Equal(
            [
                "Столична община — удостоверение № 42",
                "Заявителят е вписан в регистъра; таксата от 12,50 лв. е платена.",
                "ЩЪРКЕЛ, ЮЛИЯ, ЯВОР: ѝ Ѝ „кавички“",
            ],
            pdf.PageLines.Single());
    }

    [Fact]
    public void Long_text_wraps_into_lines_that_keep_every_word()
    {
        var words = Enumerable.Range(1, 120).Select(i => $"дума{i}").ToList();
        var layout = new PdfLayout().WithContent(c => c.Text(string.Join(' ', words)).Justify());

        var pdf = new RenderedPdf(layout.Render());

        var lines = pdf.PageLines.Single();
        Assert.True(lines.Count > 3, $"expected several lines, got {lines.Count}");
        Assert.Equal(words, lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_continues_on_the_next_page()
    {
        var words = Enumerable.Range(1, 1500).Select(i => $"дума{i}").ToList();
        var layout = new PdfLayout()
            .WithFooter(f => f.PageNumber("стр. {0} от {1}"))
            .WithContent(c => c.Text(string.Join(' ', words)).Justify());

        var pdf = new RenderedPdf(layout.Render());

        Assert.True(pdf.PageCount >= 2, $"expected several pages, got {pdf.PageCount}");
        var body = pdf.PageLines.SelectMany(lines => lines.SkipLast(1));
        Assert.Equal(words, body.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_word_wider_than_its_cell_breaks_inside_the_cell()
    {
        var layout = new PdfLayout().WithContent(c => c.Table(t => t
            .Columns(1, 9)
            .Row("BG80BNBG96611020345678", "IBAN на общината")));

        var pdf = new RenderedPdf(layout.Render());

        var lines = pdf.PageLines.Single();
        Assert.True(lines.Count > 2, $"expected the IBAN over several lines, got {string.Join(" | ", lines)}");
        var pieces = lines.Where(l => !l.Contains(' ', StringComparison.Ordinal));
        Assert.Equal("BG80BNBG96611020345678", string.Concat(pieces));
    }

    [Fact]
    public void Metadata_and_language_are_set()
    {
        var layout = new PdfLayout()
            .WithTitle("Удостоверение № 42")
            .WithAuthor("Столична община")
            .WithSubject("Удостоверение за наследници")
            .WithContent(c => c.Text("Съдържание"));

        var pdf = new RenderedPdf(layout.Render());

        Assert.Equal("Удостоверение № 42", pdf.Title);
        Assert.Equal("Столична община", pdf.Author);
        Assert.Equal("Удостоверение за наследници", pdf.Subject);
        Assert.Equal("bg-BG", pdf.Language);
    }

    [Fact]
    public void Fonts_are_the_embedded_DejaVu_faces()
    {
        var layout = new PdfLayout().WithContent(c =>
        {
            c.Text("Обикновен");
            c.Text("Получер").Bold();
            c.Text("Наклонен").Italic();
        });

        var pdf = new RenderedPdf(layout.Render());

        // "ABCDEF+" marks a subset embedded in the file.
        Assert.All(pdf.FontNames, name => Assert.Contains("+DejaVu Sans", name, StringComparison.Ordinal));
        Assert.Equal(3, pdf.FontNames.Count);
        var raw = Encoding.Latin1.GetString(pdf.Bytes);
        Assert.Equal(3, CountOf(raw, "/FontFile2"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
