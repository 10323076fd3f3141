namespace CaseSystem.DocumentStore.Pdf;

/// <summary>Empty vertical space; dropped when it would open a page.</summary>
public sealed class Space(double height) : Element
{
    internal override double Measure(RenderContext context, double width) => height;

    internal override void Draw(RenderContext context, double x, double y, double width)
    {
    }

    internal override void AddPieces(RenderContext context, double width, List<Piece> pieces) =>
        pieces.Add(new Piece(this, height, IsGap: true));
}
