using CaseSystem.DocumentStore.Pdf;

namespace CaseSystem.Pdf.Bench;

/// <summary>The certificate through the layout layer.</summary>
internal static class LayoutCertificate
{
    public static byte[] Render()
    {
        var layout = new PdfLayout()
            .WithTitle(Certificate.Title)
            .WithAuthor(Certificate.Municipality)
            .WithHeader(h =>
            {
                h.Text(Certificate.Municipality).Size(14).Bold().Centre();
                h.Text(Certificate.District).Centre();
                h.Line();
            })
            .WithFooter(f => f.PageNumber(Certificate.PageFormat, TextStyle.Default.WithSize(8), TextAlign.Centre))
            .WithContent(c =>
            {
                c.Gap = 8;
                c.Text(Certificate.Title).Size(16).Bold().Centre();
                c.Text(Certificate.Index).Centre();
                c.Text(Certificate.Opening).Justify();
                c.Table(t =>
                {
                    t.Columns(1, 6, 3).Header(Certificate.Columns);
                    foreach (var heir in Certificate.Heirs)
                    {
                        t.Row(heir);
                    }
                });
                c.Text(Certificate.Closing).Justify();
                c.Space(20);
                c.Row(r =>
                {
                    r.Cell(1, cell => cell.Text(Certificate.Date));
                    r.Cell(1, cell => cell.Text(Certificate.Signature).Right());
                });
            });
        return layout.Render();
    }
}
