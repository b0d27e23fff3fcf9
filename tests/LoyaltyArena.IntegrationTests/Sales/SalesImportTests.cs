using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Sales;

public class SalesImportTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private static string Today => DateTime.UtcNow.AddHours(7).AddHours(-2).ToString("yyyy-MM-dd HH:mm");

    private async Task<(ArenaSession Session, string Html)> UploadAsync(string csv)
    {
        var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        await session.GetHtmlAsync("/Studio/Sales/Import");
        var upload = await session.PostFileAsync("/Studio/Sales/Import?handler=Upload", "file", "penjualan.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (session, WebUtility.HtmlDecode(await session.GetHtmlAsync(upload.Headers.Location!.ToString())));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_names_the_row_and_imports_nothing()
    {
        var id = $"CSV-{Guid.NewGuid():N}"[..16];
        var csv = $"externalId,member,sku,quantity,amount,soldAt\n{id}-1,staff@demo.test,DEMO-SKU-1,2,40000,{Today}\n{id}-2,staff@demo.test,DEMO-SKU-1,dua,40000,{Today}\n{id}-3,staff@demo.test,AP-5L,10,900000,{Today}\n";
        var before = await app.BalanceAsync(await app.MemberIdAsync(DemoProgram.StaffEmail));

        var (session, html) = await UploadAsync(csv);

        html.ShouldContain("1 dari 3 baris bermasalah. Tidak ada yang diimpor.");
        html.ShouldContain("<td>3</td><td>quantity: bukan angka</td>");
        html.ShouldNotContain("Impor sekarang");
        var importId = int.Parse(System.Text.RegularExpressions.Regex.Match(html, "Import\\?id=(\\d+)|id=(\\d+)").Groups.Values.Skip(1).First(g => g.Success).Value);
        await session.PostFormAsync($"/Studio/Sales/Import?handler=Import&id={importId}", []);
        (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.ExternalId.StartsWith(id)))).ShouldBe(0);
        (await app.BalanceAsync(await app.MemberIdAsync(DemoProgram.StaffEmail))).ShouldBe(before);
    }

    [Fact]
    public async Task A_good_file_imports_every_row_and_importing_it_again_earns_nothing_more()
    {
        var id = $"CSV-{Guid.NewGuid():N}"[..16];
        var csv = $"externalId;member;sku;quantity;amount;soldAt\n{id}-1;owner@demo.test;DEMO-SKU-1;2;40000;{Today}\n{id}-2;0812-0000-2027;AP-5L;25;2250000;{Today}\n";
        var owner = await app.MemberIdAsync(DemoProgram.OwnerEmail);
        var before = await app.BalanceAsync(owner);

        var (session, preview) = await UploadAsync(csv);
        preview.ShouldContain("2 baris siap diimpor.");
        var location = System.Text.RegularExpressions.Regex.Match(preview, "action=\"([^\"]*handler=Import[^\"]*)\"").Groups[1].Value;
        var imported = WebUtility.HtmlDecode(await (await session.PostFormAsync(WebUtility.HtmlDecode(location), [])).Content.ReadAsStringAsync());

        imported.ShouldContain("Selesai: 2 penjualan baru, 0 sudah pernah tercatat");
        var earned = await app.BalanceAsync(owner) - before;
        earned.ShouldBeGreaterThanOrEqualTo(200 + 2_000);

        var (again, secondPreview) = await UploadAsync(csv);
        var secondLocation = System.Text.RegularExpressions.Regex.Match(secondPreview, "action=\"([^\"]*handler=Import[^\"]*)\"").Groups[1].Value;
        var secondImport = WebUtility.HtmlDecode(await (await again.PostFormAsync(WebUtility.HtmlDecode(secondLocation), [])).Content.ReadAsStringAsync());

        secondImport.ShouldContain("Selesai: 0 penjualan baru, 2 sudah pernah tercatat");
        (await app.BalanceAsync(owner) - before).ShouldBe(earned);
    }

    [Fact]
    public async Task Staff_cannot_open_the_import_page() =>
        (await (await app.SignInAsync(DemoProgram.StaffEmail)).Client.GetAsync("/Studio/Sales/Import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}
