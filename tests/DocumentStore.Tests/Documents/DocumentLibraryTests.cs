using System.Text;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.DocumentStore.Tests.Documents;

public sealed class DocumentLibraryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 30, 0, TimeSpan.FromHours(2));

    private static readonly UploadPolicy Policy = new("case documents", [MediaTypes.Pdf, MediaTypes.Png], 1 << 20);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "casesystem-docs-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DocumentDbContext _db;
    private readonly DocumentLibrary _library;

    public DocumentLibraryTests()
    {
        _connection.Open();
        _db = new DocumentDbContext(new DbContextOptionsBuilder<DocumentDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        _library = new DocumentLibrary(_db, new FileSystemObjectStore(_root), new FixedTime(Now));
    }

    [Fact]
    public async Task A_document_keeps_name_type_size_hash_case_author_and_time()
    {
        var id = Guid.NewGuid();
        var upload = await UploadAsync("%PDF-1 заявление", "../a.pdf");

        var version = await _library.AddAsync(id, "СО-0042-2026", "clerk-7", upload);

        var listed = Assert.Single(await _library.ListAsync("СО-0042-2026"));
        Assert.Equal(id, listed.Id);
        Assert.Equal("a.pdf", listed.Name);
        Assert.Equal("clerk-7", listed.CreatedBy);
        Assert.Equal(Now, listed.CreatedAt);
        Assert.Equal(Now, version.StoredAt);
        Assert.Equal("clerk-7", version.Author);
        Assert.Equal(1, version.Number);
        Assert.Equal(MediaTypes.Pdf, version.MediaType);
        Assert.Equal(Encoding.UTF8.GetByteCount("%PDF-1 заявление"), version.Size);
        Assert.Equal(64, version.Sha256.Length);
    }

    [Fact]
    public async Task A_new_version_is_added_and_every_version_stays_readable()
    {
        var id = Guid.NewGuid();
        await _library.AddAsync(id, "case-1", "clerk", await UploadAsync("%PDF-1 first", "v1.pdf"));

        var second = await _library.AddVersionAsync(id, "head", await UploadAsync("%PDF-1 second", "v2.pdf"));

        Assert.Equal(2, second.Number);
        Assert.Equal("%PDF-1 first", await ReadAsync(id, 1));
        Assert.Equal("%PDF-1 second", await ReadAsync(id, null));
    }

    [Fact]
    public async Task Deletion_is_logical_and_the_content_stays_in_the_store()
    {
        var id = Guid.NewGuid();
        var version = await _library.AddAsync(id, "case-2", "clerk", await UploadAsync("%PDF-1 x", "x.pdf"));

        await _library.DeleteAsync(id, "clerk");

        Assert.Empty(await _library.ListAsync("case-2"));
        await Assert.ThrowsAsync<DocumentUnavailableException>(() => _library.OpenAsync(id));
        var row = await _db.Documents.SingleAsync(d => d.Id == id);
        Assert.Equal("clerk", row.DeletedBy);
        var address = new ContentAddress(version.Sha256, version.Size);
        Assert.True(await new FileSystemObjectStore(_root).ExistsAsync(address));
    }

    [Fact]
    public async Task A_legal_hold_stops_deletion_until_released()
    {
        var id = Guid.NewGuid();
        await _library.AddAsync(id, "case-3", "clerk", await UploadAsync("%PDF-1 y", "y.pdf"));
        await _library.PlaceLegalHoldAsync(id, "court case 1234/2026");

        var error = await Assert.ThrowsAsync<DocumentUnavailableException>(() => _library.DeleteAsync(id, "clerk"));
        await _library.ReleaseLegalHoldAsync(id);
        await _library.DeleteAsync(id, "clerk");

        Assert.Contains("legal hold (court case 1234/2026)", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _library.ListAsync("case-3"));
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Task<Upload> UploadAsync(string text, string name) =>
        Policy.AcceptAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    private async Task<string> ReadAsync(Guid id, int? number)
    {
        var (_, content) = await _library.OpenAsync(id, number);
        await using (content)
        {
            using var reader = new StreamReader(content);
            return await reader.ReadToEndAsync();
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
