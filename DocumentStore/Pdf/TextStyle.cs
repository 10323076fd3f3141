using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Pdf;

/// <summary>How a run of text looks. The typeface is always the embedded DejaVu Sans.</summary>
public sealed record TextStyle(double Size = 10, bool Bold = false, bool Italic = false, XColor? Color = null)
{
    public static TextStyle Default { get; } = new();

    public TextStyle WithSize(double size) => this with { Size = size };

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };

    public TextStyle WithColor(XColor color) => this with { Color = color };
}
