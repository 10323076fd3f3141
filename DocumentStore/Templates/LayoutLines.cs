using System.Globalization;
using CaseSystem.DocumentStore.Pdf;

namespace CaseSystem.DocumentStore.Templates;

/// <summary>
/// Reads a rendered template, one block per line, into a <see cref="PdfLayout"/>. A line's first characters say
/// what it is; any other line is a justified paragraph, and blank lines are ignored:
/// <code>
/// @title T, @subject T, @author T    document metadata
/// @header, @body, @footer            where the following blocks go (the body unless said)
/// @pages FORMAT                      the page number, {0} of {1}, on the right
/// @columns 1 5 1                     relative column widths of the next table
/// @sign POSITION | NAME              a signature block
/// # T, ## T                          the document's title (centred), a section heading
/// ^ T, > T                           a line centred, a line on the right
/// = LABEL | VALUE                    a row of a two-column table of fields
/// |# A | B, | A | B                  a table's header (which starts a new table), one of its rows
/// ---, ~                             a horizontal line, a gap
/// </code>
/// In a paragraph and in a centred or right line, text between <c>**</c> and <c>**</c> is bold (data cannot
/// make it so: its stars are marked).
/// A line that ends with '\' goes on in the next one, so a long sentence keeps short lines in the template.
/// </summary>
internal sealed class LayoutLines
{
    private readonly PdfLayout _layout = new();
    private Column _target;
    private Table? _table;
    private bool _fieldTable;
    private double[]? _columns;

    private LayoutLines()
    {
        _layout.Content.Gap = 4;
        _target = _layout.Content;
    }

    public static PdfLayout Read(string rendered)
    {
        var reader = new LayoutLines();
        var pending = "";
        foreach (var line in rendered.Split('\n'))
        {
            var trimmed = (pending + line).Trim();
            pending = "";
            if (trimmed.EndsWith('\\'))
            {
                pending = trimmed[..^1].TrimEnd() + " ";
            }
            else if (trimmed.Length > 0)
            {
                reader.Add(trimmed);
            }
        }

        if (pending.Trim().Length > 0)
        {
            reader.Add(pending.Trim());
        }

        return reader._layout;
    }

    private void Add(string line)
    {
        var (sign, rest) = Split(line);
        if (sign is not ("=" or "|" or "|#"))
        {
            _table = null;
        }

        switch (sign)
        {
            case "@title":
                _layout.WithTitle(Text(rest));
                break;
            case "@subject":
                _layout.WithSubject(Text(rest));
                break;
            case "@author":
                _layout.WithAuthor(Text(rest));
                break;
            case "@header":
                _target = _layout.Header;
                break;
            case "@body":
                _target = _layout.Content;
                break;
            case "@footer":
                _target = _layout.Footer;
                break;
            case "@pages":
                _target.PageNumber(Text(rest), TextStyle.Default.WithSize(8), TextAlign.Right);
                break;
            case "@columns":
                _columns = [.. rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
                break;
            case "@sign":
                Signature(Cells(rest));
                break;
            case "#":
                _target.Text(Text(rest)).Size(14).Bold().Centre();
                break;
            case "##":
                _target.Text(Text(rest)).Size(11).Bold();
                break;
            case "^":
                Rich(rest).Centre();
                break;
            case ">":
                Rich(rest).Right();
                break;
            case "=":
                Field(Cells(rest));
                break;
            case "|#":
                _table = NewTable(fields: false);
                _table.Header([.. Cells(rest)]);
                break;
            case "|":
                if (_table is null || _fieldTable)
                {
                    _table = NewTable(fields: false);
                }

                _table.Row([.. Cells(rest)]);
                break;
            case "---":
                _target.Line();
                break;
            case "~":
                _target.Space(8);
                break;
            default:
                Rich(line).Justify();
                break;
        }
    }

    /// <summary>A paragraph whose <c>**…**</c> parts are bold; with an unpaired <c>**</c> it is all plain.</summary>
    private Text Rich(string line)
    {
        var parts = line.Split("**");
        if (parts.Length % 2 == 0)
        {
            return _target.Text(Text(line));
        }

        var text = _target.Text(Text(parts[0]));
        for (var i = 1; i < parts.Length; i++)
        {
            text.Then(Text(parts[i]), bold: i % 2 == 1);
        }

        return text;
    }

    private void Field(List<string> cells)
    {
        if (_table is null || !_fieldTable)
        {
            _table = NewTable(fields: true);
            _table.Columns(2, 3);
        }

        var label = cells[0];
        var value = string.Join(" | ", cells.Skip(1));
        _table.Row(c => c.Text(label).Bold(), c => c.Text(value));
    }

    private void Signature(List<string> cells)
    {
        _target.Space(24);
        _target.Text(cells[0]).Bold();
        if (cells.Count > 1)
        {
            _target.Space(18);
            _target.Text(string.Join(' ', cells.Skip(1)));
        }
    }

    private Table NewTable(bool fields)
    {
        var columns = _columns;
        _columns = null;
        _fieldTable = fields;
        return _target.Table(t => t.Columns(columns ?? []));
    }

    /// <summary>The line's layout sign and what follows it; a line of data (guarded) or prose has no sign.</summary>
    private static (string Sign, string Text) Split(string line)
    {
        if (line is "---" or "~" or "@header" or "@body" or "@footer")
        {
            return (line, "");
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var sign = space < 0 ? line : line[..space];
        return sign is "@title" or "@subject" or "@author" or "@pages" or "@columns" or "@sign"
            or "#" or "##" or "^" or ">" or "=" or "|" or "|#"
            ? (sign, space < 0 ? "" : line[(space + 1)..].Trim())
            : ("", line);
    }

    private static List<string> Cells(string rest) =>
        [.. rest.Split('|').Select(c => Text(c.Trim()))];

    private static string Text(string text) => TemplateData.Restore(text);
}
