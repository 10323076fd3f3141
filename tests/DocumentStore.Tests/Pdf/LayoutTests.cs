using CaseSystem.DocumentStore.Pdf;
using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Tests.Pdf;

public sealed class LayoutTests
{
    [Fact]
    public void Header_footer_row_image_and_line_all_reach_the_page()
    {
        var layout = new PdfLayout()
            .WithHeader(h =>
            {
                h.Text("СТОЛИЧНА ОБЩИНА").Bold().Centre();
                h.Line();
            })
            .WithFooter(f => f.PageNumber("стр. {0} от {1}", TextStyle.Default.WithSize(8), TextAlign.Centre))
            .WithContent(c =>
            {
                c.Gap = 6;
                c.Row(r =>
                {
                    r.Gap = 10;
                    r.FixedCell(Length.Mm(30), cell => cell.Image(TestImages.Png(40, 20)));
                    r.Cell(1, cell =>
                    {
                        cell.Text("Район „Триадица“").Color(XColors.DarkBlue);
                        cell.Text("Рег. индекс СО-0042-2026").Right();
                    });
                });
                c.Space(20);
                c.Text("Удостоверение").Size(18).Bold().Centre();
            });

        var pdf = new RenderedPdf(layout.Render());

        var lines = pdf.PageLines.Single();
        Assert.Equal("СТОЛИЧНА ОБЩИНА", lines[0]);
        Assert.Contains("Район „Триадица“", lines);
        Assert.Contains("Рег. индекс СО-0042-2026", lines);
        Assert.Contains("Удостоверение", lines);
        Assert.Equal("стр. 1 от 1", lines[^1]);
        Assert.Equal(1, pdf.ImageCount);
    }

    [Theory]
    [InlineData(TextAlign.Left)]
    [InlineData(TextAlign.Centre)]
    [InlineData(TextAlign.Justify)]
    public void A_bold_run_inside_a_sentence_is_bold_and_the_sentence_reads_whole(TextAlign align)
    {
        var layout = new PdfLayout().WithContent(c => c
            .Text("Срокът за изпълнение на услугата е до ")
            .Then("10.12.2026", bold: true)
            .Then(". Пазете входящия номер: "
                + "с него следите хода на преписката, "
                + "докато получите отговор "
                + "или решение по нея в определения от закона срок.")
            .Aligned(align));

        var pdf = new RenderedPdf(layout.Render());

        var text = string.Join(' ', pdf.PageLines.Single());
        Assert.StartsWith(
            "Срокът за изпълнение на услугата е до 10.12.2026. "
            + "Пазете входящия номер:",
            text, StringComparison.Ordinal);
        Assert.EndsWith("в определения от закона срок.", text, StringComparison.Ordinal);
        Assert.Equal(["10.12.2026"], pdf.BoldWords);
        Assert.True(pdf.PageLines.Single().Count > 1, "the sentence should break, so a justified line is drawn");
    }

    [Fact]
    public void A_paragraph_in_one_run_draws_no_bold_word()
    {
        var pdf = new RenderedPdf(new PdfLayout().WithContent(c => c.Text("Столична община")).Render());

        Assert.Empty(pdf.BoldWords);
        Assert.Equal("Столична община", pdf.PageLines.Single().Single());
    }

    [Fact]
    public void A_png_image_is_placed_on_the_page()
    {
        var layout = new PdfLayout().WithContent(c => c.Image(TestImages.Png(16, 8), width: 80));

        var pdf = new RenderedPdf(layout.Render());

        Assert.Equal(1, pdf.ImageCount);
    }

    [Fact]
    public void An_image_taller_than_a_page_is_made_smaller_to_fit_between_the_margins_on_a_page_of_its_own()
    {
        var margin = Length.Mm(20);
        var layout = new PdfLayout().WithContent(c =>
        {
            c.Text("Снимка към сигнала");
            c.Image(TestImages.Png(10, 1000));
        });

        var pdf = new RenderedPdf(layout.Render());

        Assert.Equal(2, pdf.PageCount);
        var image = Assert.Single(pdf.Images);
        Assert.Equal(2, image.Page);
        Assert.InRange(image.Bottom, margin - 0.5, margin + 0.5);
        Assert.InRange(image.Top, image.PageHeight - margin - 0.5, image.PageHeight - margin + 0.5);
        Assert.Equal(0.01, image.Width / image.Height, 3);
    }

    [Fact]
    public void A_jpeg_image_is_placed_on_the_page()
    {
        var layout = new PdfLayout().WithContent(c => c.Image(TestImages.Jpeg(), width: 40, align: TextAlign.Right));

        var pdf = new RenderedPdf(layout.Render());

        Assert.Equal(1, pdf.ImageCount);
    }

    [SkippableFact]
    public void Pdftotext_reads_the_Bulgarian_text_and_page_numbers()
    {
        OutsideTools.RequirePdftotext();
        var path = Path.Combine(Path.GetTempPath(), $"casesystem-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, new PdfLayout()
            .WithFooter(f => f.PageNumber("стр. {0} от {1}"))
            .WithContent(c => c.Text("Столична община — удостоверение № 42"))
            .Render());

        try
        {
            var text = OutsideTools.Succeed(OutsideTools.Pdftotext, "-enc", "UTF-8", path, "-");

            Assert.Contains("Столична община — удостоверение № 42", text, StringComparison.Ordinal);
            Assert.Contains("стр. 1 от 1", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
