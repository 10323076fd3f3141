using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>Elements stacked top to bottom, with an optional gap between them; the builder of most content.</summary>
public sealed class Column : Element
{
    private readonly List<Element> _children = [];

    public double Gap { get; set; }

    public IReadOnlyList<Element> Children => _children;

    public T Add<T>(T element)
        where T : Element
    {
        ArgumentNullException.ThrowIfNull(element);
        _children.Add(element);
        return element;
    }

    public Text Text(string content) => Add(new Text(content));

    public Text Text(string content, TextStyle style) => Add(new Text(content)).WithStyle(style);

    public PageNumber PageNumber(string format, TextStyle? style = null, TextAlign align = TextAlign.Left) =>
        Add(new PageNumber(format, style ?? TextStyle.Default, align));

    public Space Space(double height) => Add(new Space(height));

    public HorizontalLine Line(double thickness = 0.5, XColor? color = null) =>
        Add(new HorizontalLine(thickness, color ?? XColors.Black));

    public Picture Image(byte[] content, double? width = null, TextAlign align = TextAlign.Left) =>
        Add(new Picture(content, width, align));

    public Column Group(Action<Column> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var column = Add(new Column());
        compose(column);
        return column;
    }

    public Row Row(Action<Row> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var row = Add(new Row());
        compose(row);
        return row;
    }

    public Table Table(Action<Table> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var table = Add(new Table());
        compose(table);
        return table;
    }

    internal override double Measure(RenderContext context, double width)
    {
        var height = 0.0;
        for (var i = 0; i < _children.Count; i++)
        {
            height += (i > 0 ? Gap : 0) + _children[i].Measure(context, width);
        }

        return height;
    }

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
        for (var i = 0; i < _children.Count; i++)
        {
            y += i > 0 ? Gap : 0;
            _children[i].Draw(context, x, y, width);
            y += _children[i].Measure(context, width);
        }
    }

    internal override void AddPieces(RenderContext context, double width, List<Piece> pieces)
    {
        for (var i = 0; i < _children.Count; i++)
        {
            if (i > 0 && Gap > 0)
            {
                pieces.Add(new Piece(new Space(Gap), Gap, IsGap: true));
            }

            _children[i].AddPieces(context, width, pieces);
        }
    }
}
