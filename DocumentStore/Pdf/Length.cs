namespace CaseSystem.DocumentStore.Pdf;

/// <summary>The layout works in PDF points (1/72 inch); these convert from the units forms are drawn in.</summary>
public static class Length
{
    public static double Mm(double millimetres) => millimetres * 72 / 25.4;

    public static double Cm(double centimetres) => Mm(centimetres * 10);
}
