using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Pdf;
using Fluid;

namespace CaseSystem.DocumentStore.Templates;

/// <summary>
/// The municipality's documents made from case data: a receipt with the incoming registration index, a
/// certificate, a decision and a letter. Each is a Liquid text shipped in the assembly (<c>Templates/*.liquid</c>,
/// after the shared <c>page.liquid</c>) whose output lines <see cref="LayoutLines"/> turns into a PDF.
/// </summary>
public sealed class DocumentTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);

    // Limits keep a template over a huge or hostile data object from running or growing without end.
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxSteps(200_000)
        .WithMaxRecursion(32)
        .WithMaxOutputSize(4 * 1024 * 1024)
        .WithCultureInfo(CultureInfo.GetCultureInfo("bg-BG"))
        .Build();

    public static IReadOnlyList<string> Names { get; } = [.. TemplateDefinition.All.Select(t => t.Name)];

    public byte[] Render(string template, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);

        using var document = JsonDocument.Parse(data.ToJsonString());
        return Render(template, document.RootElement);
    }

    /// <summary>The PDF of <paramref name="template"/>, one of <see cref="Names"/>, filled with case data.</summary>
    /// <exception cref="ArgumentException">The template is not one of <see cref="Names"/>.</exception>
    /// <exception cref="DocumentDataException">
    /// The data is not an object, lacks a required field, or is too large for the template's limits.
    /// </exception>
    public byte[] Render(string template, JsonElement data) => Layout(template, data).Render();

    /// <summary>The layout before rendering, for callers that add to it (a stamp, an attachment list).</summary>
    public PdfLayout Layout(string template, JsonElement data)
    {
        var definition = Find(template);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentDataException(
                $"The {definition.Name} needs a JSON object of case data, not {Kind(data)}.");
        }

        var missing = TemplateData.FirstMissing(data, definition.Required);
        if (missing is not null)
        {
            throw new DocumentDataException(definition.Name, missing);
        }

        var notArray = TemplateData.FirstNotArray(data, definition.Required);
        if (notArray is not null)
        {
            throw new DocumentDataException(
                $"The {definition.Name} needs '{notArray}' as an array ([...]).");
        }

        var context = new TemplateContext(Options);
        foreach (var (name, value) in TemplateData.ToModel(data))
        {
            if (value is not null)
            {
                context.SetValue(name, value);
            }
        }

        var liquid = Parsed.GetOrAdd(definition.Name, Parse);
        string text;
        try
        {
            // Text goes into a PDF, not HTML: nothing is escaped, so quotes and ampersands stay as they are.
            text = liquid.Render(context, NullEncoder.Default);
        }
        catch (InvalidOperationException e)
        {
            // Fluid's limits (steps, recursion, output size) stop a template over data too large for one document.
            throw new DocumentDataException($"The {definition.Name} cannot be made from this data: {e.Message}", e);
        }

        return LayoutLines.Read(text);
    }

    private static string Kind(JsonElement data) => data.ValueKind.ToString().ToLowerInvariant();

    private static TemplateDefinition Find(string template) =>
        TemplateDefinition.All.FirstOrDefault(t => string.Equals(t.Name, template, StringComparison.Ordinal))
        ?? throw new ArgumentException(
            $"There is no template '{template}'; the templates are: {string.Join(", ", Names)}.", nameof(template));

    private static IFluidTemplate Parse(string name)
    {
        var source = Resource("page") + "\n" + Resource(name);
        return Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The {name} template does not parse: {error}");
    }

    private static string Resource(string name)
    {
        var resource = $"CaseSystem.DocumentStore.Templates.{name}.liquid";
        using var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
