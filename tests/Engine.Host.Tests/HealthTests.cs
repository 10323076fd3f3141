using System.Net;

namespace CaseSystem.Host.Tests;

public sealed class HealthTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Health_AnswersHealthy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Host_KeepsItsDatabase_InTheFactorysDataFolder()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "casesystem.db")));
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "data")));
    }
}
