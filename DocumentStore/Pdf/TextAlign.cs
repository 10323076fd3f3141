namespace CaseSystem.DocumentStore.Pdf;

public enum TextAlign
{
    Left,
    Centre,
    Right,

    /// <summary>Stretches every line but a paragraph's last to the full width.</summary>
    Justify,
}
