using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>
/// A grid with relative column widths. Its header row is repeated at the top of every page the table reaches,
/// and a row never splits across pages. Styles apply to the cells added after they are set.
/// </summary>
public sealed class Table : Element
{
    private readonly List<TableRow> _rows = [];
    private double[] _shares = [];
    private TableRow? _header;

    public double Padding { get; set; } = 3;

    public double BorderThickness { get; set; } = 0.5;

    public XColor BorderColor { get; set; } = XColors.Gray;

    public XColor HeaderBackground { get; set; } = XColors.LightGray;

    public TextStyle Style { get; set; } = TextStyle.Default;

    public TextStyle HeaderStyle { get; set; } = TextStyle.Default.WithBold();

    public IReadOnlyList<TableRow> Rows => _rows;

    public Table Columns(params double[] shares)
    {
        _shares = shares;
        return this;
    }

    public Table Header(params string[] cells)
    {
        _header = new TableRow(this, [.. cells.Select(c => Cell(c, HeaderStyle))], isHeader: true);
        return this;
    }

    public Table Row(params string[] cells) =>
        Row([.. cells.Select(c => (Action<Column>)(column => column.Text(c, Style)))]);

    public Table Row(params Action<Column>[] cells)
    {
        _rows.Add(new TableRow(this, [.. cells.Select(Compose)], isHeader: false));
        return this;
    }

    internal override double Measure(RenderContext context, double width) =>
        (_header?.Measure(context, width) ?? 0) + _rows.Sum(r => r.Measure(context, width));

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        foreach (var row in _header is null ? _rows : _rows.Prepend(_header))
        {
            row.Draw(context, x, y, width);
            y += row.Measure(context, width);
        }
    }

    internal override void AddPieces(RenderContext context, double width, List<Piece> pieces)
    {
        var headerHeight = _header?.Measure(context, width) ?? 0;
        if (_rows.Count == 0 && _header is not null)
        {
            pieces.Add(new Piece(_header, headerHeight));
        }

        foreach (var row in _rows)
        {
            pieces.Add(new Piece(row, row.Measure(context, width), Header: _header, HeaderHeight: headerHeight));
        }
    }

    internal double[] Widths(double width, int cells)
    {
        var shares = Enumerable.Range(0, cells).Select(i => i < _shares.Length ? _shares[i] : 1).ToArray();
        var total = shares.Sum();
        return [.. shares.Select(s => width * s / total)];
    }

    private static Column Cell(string text, TextStyle style)
    {
        var column = new Column();
        column.Text(text, style);
        return column;
    }

    private static Column Compose(Action<Column> compose)
    {
        var column = new Column();
        compose(column);
        return column;
    }
}

/// <summary>One row of a <see cref="Table"/>; each cell is a column drawn inside the table's padding.</summary>
public sealed class TableRow : Element
{
    private readonly Table _table;
    private readonly Column[] _cells;
    private readonly bool _isHeader;

    internal TableRow(Table table, Column[] cells, bool isHeader)
    {
        _table = table;
        _cells = cells;
        _isHeader = isHeader;
    }

    internal override double Measure(RenderContext context, double width)
    {
        var widths = _table.Widths(width, _cells.Length);
        var padding = _table.Padding;
        var height = 0.0;
        for (var i = 0; i < _cells.Length; i++)
        {
            height = Math.Max(height, _cells[i].Measure(context, widths[i] - 2 * padding));
        }

        return height + 2 * padding;
    }

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        var widths = _table.Widths(width, _cells.Length);
        var height = Measure(context, width);
        var padding = _table.Padding;
        var pen = new XPen(_table.BorderColor, _table.BorderThickness);
        if (_isHeader)
        {
            context.Graphics.DrawRectangle(new XSolidBrush(_table.HeaderBackground), x, y, width, height);
        }

        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i].Draw(context, x + padding, y + padding, widths[i] - 2 * padding);
            context.Graphics.DrawRectangle(pen, x, y, widths[i], height);
            x += widths[i];
        }
    }
}
