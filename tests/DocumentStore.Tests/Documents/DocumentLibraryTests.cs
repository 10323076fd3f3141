using System.Text;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseSystem.DocumentStore.Tests.Documents;

/// <summary>The document library on each database, its schema made by the migrations the host applies.</summary>
public abstract class DocumentLibraryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 30, 0, TimeSpan.FromHours(2));

    private static readonly UploadPolicy Policy = new("case documents", [MediaTypes.Pdf, MediaTypes.Png], 1 << 20);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "casesystem-docs-" + Guid.NewGuid().ToString("N"));
    private DocumentDbContext? _db;
    private DocumentLibrary? _library;

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>A new, empty database of this class's kind with every migration applied.</summary>
    protected abstract Task<DocumentDbContext> CreateDatabaseAsync();

    private async Task<DocumentLibrary> LibraryAsync()
    {
        _db = await CreateDatabaseAsync();
        await _db.Database.MigrateAsync();
        _library = new DocumentLibrary(_db, new FileSystemObjectStore(_root), new FixedTime(Now));
        return _library;
    }

    [SkippableFact]
    public async Task A_document_keeps_name_type_size_hash_case_author_and_time()
    {
        var library = await LibraryAsync();
        var id = Guid.NewGuid();
        var upload = await UploadAsync("%PDF-1 заявление", "../a.pdf");

        var version = await library.AddAsync(id, "СО-0042-2026", "clerk-7", upload);

        var listed = Assert.Single(await library.ListAsync("СО-0042-2026"));
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

    [SkippableFact]
    public async Task A_new_version_is_added_and_every_version_stays_readable()
    {
        var library = await LibraryAsync();
        var id = Guid.NewGuid();
        await library.AddAsync(id, "case-1", "clerk", await UploadAsync("%PDF-1 first", "v1.pdf"));

        var second = await library.AddVersionAsync(id, "head", await UploadAsync("%PDF-1 second", "v2.pdf"));

        Assert.Equal(2, second.Number);
        Assert.Equal("%PDF-1 first", await ReadAsync(id, 1));
        Assert.Equal("%PDF-1 second", await ReadAsync(id, null));
    }

    [SkippableFact]
    public async Task Deletion_is_logical_and_the_content_stays_in_the_store()
    {
        var library = await LibraryAsync();
        var id = Guid.NewGuid();
        var version = await library.AddAsync(id, "case-2", "clerk", await UploadAsync("%PDF-1 x", "x.pdf"));

        await library.DeleteAsync(id, "clerk");

        Assert.Empty(await library.ListAsync("case-2"));
        await Assert.ThrowsAsync<DocumentUnavailableException>(() => library.OpenAsync(id));
        var row = await _db!.Documents.SingleAsync(d => d.Id == id);
        Assert.Equal("clerk", row.DeletedBy);
        var address = new ContentAddress(version.Sha256, version.Size);
        Assert.True(await new FileSystemObjectStore(_root).ExistsAsync(address));
    }

    [SkippableFact]
    public async Task A_legal_hold_stops_deletion_until_released()
    {
        var library = await LibraryAsync();
        var id = Guid.NewGuid();
        await library.AddAsync(id, "case-3", "clerk", await UploadAsync("%PDF-1 y", "y.pdf"));
        await library.PlaceLegalHoldAsync(id, "court case 1234/2026");

        var error = await Assert.ThrowsAsync<DocumentUnavailableException>(() => library.DeleteAsync(id, "clerk"));
        await library.ReleaseLegalHoldAsync(id);
        await library.DeleteAsync(id, "clerk");

        Assert.Contains("legal hold (court case 1234/2026)", error.Message, StringComparison.Ordinal);
        Assert.Empty(await library.ListAsync("case-3"));
    }

    private static Task<Upload> UploadAsync(string text, string name) =>
        Policy.AcceptAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    private async Task<string> ReadAsync(Guid id, int? number)
    {
        var (_, content) = await _library!.OpenAsync(id, number);
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

public sealed class SqliteDocumentLibraryTests : DocumentLibraryTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("documents-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override Task<DocumentDbContext> CreateDatabaseAsync() => Task.FromResult<DocumentDbContext>(
        new SqliteDocumentDbContext(SqliteDocumentDbContext.Options(
            $"Data Source={Path.Combine(_folder, "casesystem.db")}")));
}

public sealed class PostgresDocumentLibraryTests : DocumentLibraryTests
{
    private const string ServerVariable = "CASESYSTEM_TEST_POSTGRES";

    private string? _name;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_name is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }

    protected override async Task<DocumentDbContext> CreateDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        Skip.If(server is null, $"{ServerVariable} is not set: run the tests with scripts/test, which starts PostgreSQL.");
        _name = $"d_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {_name}");
        return new PostgresDocumentDbContext(PostgresDocumentDbContext.Options(
            new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString()));
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(ServerVariable));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
