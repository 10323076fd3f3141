namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// Columns side by side. Each cell is either a fixed width in points or a share of what the fixed cells leave;
/// the row is as tall as its tallest cell and never splits across pages.
/// </summary>
public sealed class Row : Element
{
    private readonly List<(Column Content, double? Fixed, double Share)> _cells = [];

    public double Gap { get; set; }

    /// <summary>A cell taking <paramref name="share"/> parts of the width left after fixed cells and gaps.</summary>
    public Column Cell(double share, Action<Column> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var content = new Column();
        compose(content);
        _cells.Add((content, null, share));
        return content;
    }

    public Column FixedCell(double width, Action<Column> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var content = new Column();
        compose(content);
        _cells.Add((content, width, 0));
        return content;
    }

    internal override double Measure(RenderContext context, double width)
    {
        var widths = Widths(width);
        var height = 0.0;
        for (var i = 0; i < _cells.Count; i++)
        {
            height = Math.Max(height, _cells[i].Content.Measure(context, widths[i]));
        }

        return height;
    }

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var widths = Widths(width);
        for (var i = 0; i < _cells.Count; i++)
        {
            _cells[i].Content.Draw(context, x, y, widths[i]);
            x += widths[i] + Gap;
        }
    }

    private double[] Widths(double width)
    {
        var free = width - Gap * Math.Max(0, _cells.Count - 1) - _cells.Sum(c => c.Fixed ?? 0);
        var shares = _cells.Sum(c => c.Fixed is null ? c.Share : 0);
        return [.. _cells.Select(c => c.Fixed ?? (shares > 0 ? Math.Max(0, free) * c.Share / shares : 0))];
    }
}
