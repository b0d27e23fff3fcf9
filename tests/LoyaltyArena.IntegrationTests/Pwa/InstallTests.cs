using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using LoyaltyArena.IntegrationTests.Infrastructure;

namespace LoyaltyArena.IntegrationTests.Pwa;

/// <summary>What a phone needs to install the app, served to anyone (the sign-in page installs too).</summary>
public class InstallTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_manifest_names_the_program_and_points_at_icons_that_are_real_pngs_of_their_size()
    {
        using var visitor = app.Anonymous();
        var response = await visitor.Client.GetAsync("/manifest.webmanifest");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;

        root.GetProperty("name").GetString().ShouldBe("LoyaltyArena");
        root.GetProperty("display").GetString().ShouldBe("standalone");
        root.GetProperty("start_url").GetString()!.ShouldStartWith("/");
        root.GetProperty("theme_color").GetString().ShouldBe("#0b5d4b");
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        icons.Select(i => i.GetProperty("purpose").GetString()).ShouldContain("maskable");
        foreach (var icon in icons)
        {
            var bytes = await visitor.Client.GetByteArrayAsync(icon.GetProperty("src").GetString());
            bytes[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a });
            var size = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
            icon.GetProperty("sizes").GetString().ShouldBe($"{size}x{size}");
        }
    }

    [Fact]
    public async Task The_favicon_and_the_service_worker_are_there_on_the_first_load()
    {
        using var visitor = app.Anonymous();
        var favicon = await visitor.Client.GetAsync("/favicon.ico");
        var worker = await visitor.Client.GetAsync("/sw.js");

        favicon.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await favicon.Content.ReadAsByteArrayAsync())[..4].ShouldBe(new byte[] { 0, 0, 1, 0 });
        worker.StatusCode.ShouldBe(HttpStatusCode.OK);
        worker.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        worker.Headers.CacheControl!.NoCache.ShouldBeTrue();
        (await worker.Content.ReadAsStringAsync()).ShouldContain("addEventListener(\"fetch\"");
        var signIn = await visitor.GetHtmlAsync("/Account/SignIn");
        signIn.ShouldContain("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
        signIn.ShouldContain("inputmode=\"tel\"");
    }

    [Fact]
    public async Task Signing_out_clears_the_offline_copies_on_a_shared_phone()
    {
        using var session = await app.SignInAsync(Core.Data.DemoProgram.StaffEmail);
        await session.GetHtmlAsync("/");
        var response = await session.PostFormAsync("/Account/SignOut", []);
        response.Headers.GetValues("Clear-Site-Data").Single().ShouldBe("\"cache\", \"storage\"");
    }
}
