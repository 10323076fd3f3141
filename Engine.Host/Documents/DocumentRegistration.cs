using System.Globalization;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Workflows;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Minio;

namespace CaseSystem.Host.Documents;

public static class DocumentRegistration
{
    /// <summary>
    /// Documents: metadata in the runtime's database (its own tables and migrations history), content in the file
    /// system under the data folder (the embedded default) or in S3 (<c>Documents:Store</c> = S3).
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        var settings = DocumentSettings.From(configuration, database.DataFolder);
        services.AddSingleton(settings);

        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<PostgresDocumentDbContext>(o =>
                o.UseNpgsql(database.ConnectionString,
                    npgsql => npgsql.MigrationsHistoryTable(DocumentDbContext.MigrationsHistoryTable)));
            services.AddScoped<DocumentDbContext>(sp => sp.GetRequiredService<PostgresDocumentDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteDocumentDbContext>(o =>
                o.UseSqlite(database.ConnectionString,
                    sqlite => sqlite.MigrationsHistoryTable(DocumentDbContext.MigrationsHistoryTable)));
            services.AddScoped<DocumentDbContext>(sp => sp.GetRequiredService<SqliteDocumentDbContext>());
        }

        if (settings.S3 is { } s3)
        {
            var endpoint = new Uri(s3.Endpoint);
            services.AddSingleton<IMinioClient>(_ => new MinioClient()
                .WithEndpoint(endpoint.Host, endpoint.Port)
                .WithCredentials(s3.AccessKey, s3.SecretKey)
                .WithSSL(endpoint.Scheme == Uri.UriSchemeHttps)
                .Build());
            services.AddHttpClient(nameof(S3ObjectStore));
            services.AddSingleton<IObjectStore>(sp => new S3ObjectStore(
                sp.GetRequiredService<IMinioClient>(), s3.Bucket,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(S3ObjectStore)), s3.PutMode));
        }
        else
        {
            services.AddSingleton<IObjectStore>(new FileSystemObjectStore(settings.FileSystemRoot));
        }

        services.AddScoped(sp => new DocumentLibrary(
            sp.GetRequiredService<DocumentDbContext>(), sp.GetRequiredService<IObjectStore>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DownloadLinks(settings.LinkKey(), sp.GetRequiredService<TimeProvider>()));
        if (MunicipalSigning.TimestampUrl(configuration) is { } timestamps)
        {
            services.AddHttpClient(nameof(HttpTimestampAuthority), http => http.Timeout = TimeSpan.FromSeconds(30));
            services.AddSingleton<ITimestampAuthority>(sp => new HttpTimestampAuthority(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HttpTimestampAuthority)), timestamps));
        }

        services.AddSingleton(sp => new OutgoingSigner(configuration, sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ITimestampAuthority>(), sp.GetService<ILogger<OutgoingSigner>>()));
        services.AddSingleton(sp => new SignatureVerifier(
            SignatureReport.TrustAnchorsFrom(configuration), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DocumentStartup>();
        return services;
    }
}

/// <summary>How documents are kept; read from the <c>Documents</c> section.</summary>
public sealed record DocumentSettings(string FileSystemRoot, S3Settings? S3, long MaxUploadBytes, string DataFolder,
    string? ConfiguredLinkKey)
{
    public const long DefaultMaxUploadBytes = 50L * 1024 * 1024;

    public static DocumentSettings From(IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection("Documents");
        var store = section["Store"] ?? "FileSystem";
        S3Settings? s3 = null;
        if (string.Equals(store, "S3", StringComparison.OrdinalIgnoreCase))
        {
            // One conditional PUT by default: production's MinIO honours it, and a server that does not stores the same
            // bytes again under their own hash, which CheckFirst also does when two puts race.
            var putMode = section["S3:PutMode"] ?? nameof(S3PutMode.IfNoneMatch);
            s3 = new S3Settings(
                Required(section, "S3:Endpoint"), Required(section, "S3:AccessKey"), Required(section, "S3:SecretKey"),
                section["S3:Bucket"] ?? "casesystem-documents",
                Enum.TryParse<S3PutMode>(putMode, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
                    ? mode
                    : throw new InvalidOperationException(
                        $"Documents:S3:PutMode is '{putMode}'; set it to IfNoneMatch (the default: one request per "
                        + "upload, for S3 and MinIO) or CheckFirst (two requests, for servers that ignore the header)."));
        }
        else if (!string.Equals(store, "FileSystem", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Documents:Store is '{store}'; set it to FileSystem (the default) or S3.");
        }

        return new DocumentSettings(
            section["Root"] ?? Path.Combine(dataFolder, "documents"),
            s3,
            section.GetValue<long?>("MaxUploadBytes") ?? DefaultMaxUploadBytes,
            dataFolder,
            section["LinkKey"]);
    }

    /// <summary>
    /// The key that signs download links: <c>Documents:LinkKey</c> (base64, 32 bytes or more; every host of one
    /// installation needs the same), else a key made once and kept in the data folder.
    /// </summary>
    public byte[] LinkKey()
    {
        if (ConfiguredLinkKey is not null)
        {
            var configured = Convert.FromBase64String(ConfiguredLinkKey);
            return configured.Length >= 32
                ? configured
                : throw new InvalidOperationException(
                    $"Documents:LinkKey has {configured.Length.ToString(CultureInfo.InvariantCulture)} bytes; "
                    + "give at least 32 random bytes in base64.");
        }

        var path = Path.Combine(DataFolder, "download-links.key");
        if (!File.Exists(path))
        {
            var fresh = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            var unique = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(unique, fresh);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(unique, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            // Two hosts starting at once on one folder: the first rename wins, the second reads the winner's key.
            try
            {
                File.Move(unique, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(unique);
            }
        }

        return File.ReadAllBytes(path);
    }

    private static string Required(IConfigurationSection section, string key) =>
        section[key] ?? throw new InvalidOperationException(
            $"Documents:Store is S3 but Documents:{key} is not set; set it (Documents__{key.Replace(":", "__",
                StringComparison.Ordinal)} in the environment).");
}

public sealed record S3Settings(string Endpoint, string AccessKey, string SecretKey, string Bucket,
    S3PutMode PutMode = S3PutMode.IfNoneMatch);

/// <summary>At start: the document tables brought up to date, and the S3 bucket made if it is missing.</summary>
internal sealed class DocumentStartup(IServiceScopeFactory scopes, IObjectStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (store is S3ObjectStore s3)
        {
            await s3.EnsureBucketAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
