using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Registration;

public sealed partial class DocumentRegister
{
    /// <summary>One page of the entries that match, newest first (by date, then by when they were written).
    /// </summary>
    public async Task<RegisterPage> ListAsync(RegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        var entries = db.RegisterEntries.AsNoTracking();
        if (query.Departments is { } departments)
        {
            // Entries without a case belong to no department: only an unrestricted reader sees them.
            var codes = departments.ToList();
            entries = entries.Where(e => e.CaseId != null
                && db.Cases.Any(c => c.Id == e.CaseId && codes.Contains(c.DepartmentCode)));
        }

        if (!string.IsNullOrWhiteSpace(query.RegisterCode))
        {
            var code = query.RegisterCode.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.RegisterCode == code);
        }

        if (query.Direction is { } direction)
        {
            entries = entries.Where(e => e.Direction == direction);
        }

        if (query.Year is { } year)
        {
            entries = entries.Where(e => e.Year == year);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.Date >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.Date <= to);
        }

        if (query.CaseId is { } caseId)
        {
            entries = entries.Where(e => e.CaseId == caseId);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.SearchText.Contains(text));
        }

        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var total = await entries.CountAsync(cancellationToken);
        var items = await (
                from e in entries
                    .OrderByDescending(e => e.Date)
                    .ThenByDescending(e => e.CreatedAt)
                    .ThenByDescending(e => e.Sequence)
                    .Skip((page - 1) * size)
                    .Take(size)
                join c in db.Cases on e.CaseId equals c.Id into cases
                from c in cases.DefaultIfEmpty()
                select new { Entry = e, CaseIndex = c == null ? null : c.RegistrationIndex })
            .ToListAsync(cancellationToken);

        // The join may lose the page's order on either database; it is put back here.
        var lines = items
            .OrderByDescending(x => x.Entry.Date)
            .ThenByDescending(x => x.Entry.CreatedAt)
            .ThenByDescending(x => x.Entry.Sequence)
            .Select(x => new RegisterLine(x.Entry, x.CaseIndex))
            .ToList();
        return new RegisterPage(lines, total, page, size);
    }
}
