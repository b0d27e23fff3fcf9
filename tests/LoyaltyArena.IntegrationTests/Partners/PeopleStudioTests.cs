using System.Net;
using System.Text;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Partners;

public class PeopleStudioTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static string Phone() => $"0857{Random.Shared.Next(10_000_000, 99_999_999)}";

    private async Task<(HttpResponseMessage Response, string Html)> UploadAsync(ArenaSession session, string kind, string csv)
    {
        await session.GetHtmlAsync($"/Studio/Members/Import?kind={kind}");
        var response = await session.PostFileAsync($"/Studio/Members/Import?handler=Upload&kind={kind}", "file", $"{kind}.csv", Encoding.UTF8.GetBytes(csv));
        if (response.StatusCode != HttpStatusCode.Redirect) return (response, await response.Content.ReadAsStringAsync());
        return (response, await session.GetHtmlAsync(response.Headers.Location!.OriginalString));
    }

    private static int ImportId(HttpResponseMessage upload) => int.Parse(upload.Headers.Location!.OriginalString.Split("id=")[1].Split('&')[0]);

    private async Task<string> ImportAsync(ArenaSession session, int id)
    {
        var response = await session.PostFormAsync($"/Studio/Members/Import?handler=Import&id={id}", []);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_staff_file_with_one_bad_row_imports_nothing_and_names_the_line_and_the_reason()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var good = Phone();
        var csv = $"phone,name,email,store,role,language\n{good},Good Person,,TK-1001,Staf,id\n0812,Bad Phone,,TK-1001,Staf,id\n{Phone()},Nowhere,,NOPE-1,Staf,id\n";

        var (upload, html) = await UploadAsync(session, "Staff", csv);

        html.ShouldContain("data-testid=\"bad-rows\"");
        html.ShouldContain("<td>3</td>");
        html.ShouldContain("Nomor HP harus nomor seluler Indonesia");
        html.ShouldContain("<td>4</td>");
        html.ShouldContain("Kode toko tidak ditemukan.");
        (await ImportAsync(session, ImportId(upload))).ShouldNotContain("data-testid=\"imported\"");
        (await app.DbAsync(db => db.Members.CountAsync(m => m.PhoneNumber == PhoneNumbers.Normalize(good)))).ShouldBe(0);
    }

    [Fact]
    public async Task Importing_a_corrected_file_again_updates_every_row_and_never_duplicates()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var code = $"TK-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var (stores, _) = await UploadAsync(session, "Stores", $"code;name;kind;region;city;size;parent\n{code};Toko Baru;Toko;Jawa Barat;Bogor;Kecil;GRS-1\n");
        (await ImportAsync(session, ImportId(stores))).ShouldContain("data-testid=\"imported\"");

        var digits = Random.Shared.Next(10_000_000, 99_999_999);
        var first = $"phone,name,email,store,role,language\n0857-{digits / 10_000}-{digits % 10_000:0000},Ani,ani{digits}@contoh.id,{code},Staf,id\n";
        var (upload, _) = await UploadAsync(session, "Staff", first);
        (await ImportAsync(session, ImportId(upload))).ShouldContain("1 baru, 0 diperbarui");

        var corrected = $"phone,name,email,store,role,language\n+62 857 {digits},Ani Suryani,ani{digits}@contoh.id,{code},Pemilik,en\n";
        var (again, preview) = await UploadAsync(session, "Staff", corrected);
        preview.ShouldContain("data-testid=\"ready\"");
        (await ImportAsync(session, ImportId(again))).ShouldContain("0 baru, 1 diperbarui");

        var members = await app.DbAsync(db => db.Members.Where(m => m.PhoneNumber == $"+62857{digits}")
            .Select(m => new { m.DisplayName, m.Language, Role = db.UserRoles.Where(r => r.UserId == m.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).Single() }).ToListAsync());
        members.Count.ShouldBe(1);
        members[0].DisplayName.ShouldBe("Ani Suryani");
        members[0].Role.ShouldBe(Roles.Owner);
        members[0].Language.ShouldBe("en");
        (await app.DbAsync(db => db.Partners.CountAsync(p => p.Code == code))).ShouldBe(1);
    }

    [Fact]
    public async Task An_imported_member_with_an_email_gets_a_link_to_choose_a_password_and_can_then_sign_in()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var email = $"new{Guid.NewGuid():N}@contoh.id";
        var (upload, _) = await UploadAsync(session, "Staff", $"phone,name,email,store,role\n{Phone()},Fajar Baru,{email},TK-1002,Staf\n");
        await ImportAsync(session, ImportId(upload));

        var token = await app.LinkTokenAsync(email, "/Account/ResetPassword");
        using var member = app.Anonymous();
        await member.GetHtmlAsync($"/Account/ResetPassword?token={token}");
        (await member.PostFormAsync($"/Account/ResetPassword?token={token}", new() { ["Password"] = "warna cerah sekali", ["Confirmation"] = "warna cerah sekali" }))
            .Headers.Location!.OriginalString.ShouldBe("/Onboarding");
        (await app.Anonymous().SignInAsync(email, "warna cerah sekali", false)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("name,phone\nA,1\n", "store: kolom ini tidak ada di baris judul")]
    [InlineData("", "Pilih file CSV dulu.")]
    [InlineData("\0\u0001PK\u0003\u0004binary", "File ini bukan teks CSV.")]
    public async Task A_file_without_the_needed_columns_is_refused_with_a_message(string csv, string expected)
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var (_, html) = await UploadAsync(session, "Staff", csv);
        html.ShouldContain(expected);
        html.ShouldNotContain("data-testid=\"ready\"");
    }

    [Fact]
    public async Task A_file_saved_by_a_spreadsheet_in_the_windows_code_page_keeps_its_accented_names()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var phone = Phone();
        var bytes = Encoding.Latin1.GetBytes($"phone;name;email;store;role\r\n{phone};Andr\u00e9 Nu\u00f1ez;;TK-1003;Staf\r\n");
        await session.GetHtmlAsync("/Studio/Members/Import?kind=Staff");
        var upload = await session.PostFileAsync("/Studio/Members/Import?handler=Upload&kind=Staff", "file", "excel.csv", bytes);
        await ImportAsync(session, ImportId(upload));

        (await app.DbAsync(db => db.Members.Where(m => m.PhoneNumber == PhoneNumbers.Normalize(phone)).Select(m => m.DisplayName).SingleAsync())).ShouldBe("Andr\u00e9 Nu\u00f1ez");
    }

    [Fact]
    public async Task The_sample_files_download_and_import_as_they_are()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var sample = await session.Client.GetStringAsync("/Studio/Members/Import?handler=Sample&kind=Staff");
        sample.ShouldContain("phone,name,email,store,role,language");
        var stores = await session.Client.GetStringAsync("/Studio/Members/Import?handler=Sample&kind=Stores");
        stores.ShouldContain("code,name,kind,region,city,size,parent");
    }

    [Fact]
    public async Task A_marketer_adds_a_member_moves_them_to_another_store_and_their_points_and_history_stay()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var stores = await app.DbAsync(db => db.Partners.Where(p => p.Kind == PartnerKind.Store).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
        var phone = Phone();
        await session.GetHtmlAsync("/Studio/Members/Edit");
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "Yoga Pratama", ["Input.Phone"] = phone, ["Input.Email"] = "", ["Input.PartnerId"] = $"{stores[0]}",
            ["Input.Role"] = "Staff", ["Input.Language"] = "id",
        };
        var created = await session.PostFormAsync("/Studio/Members/Edit", form);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.DbAsync(db => db.Members.Where(m => m.PhoneNumber == PhoneNumbers.Normalize(phone)).Select(m => m.Id).SingleAsync());
        await app.ServiceAsync<Core.Ledger.PointsLedger, Core.Ledger.PostingResult>(l => l.PostAsync(
            Core.Ledger.Posting.Earn(id, 450, "test", Guid.NewGuid().ToString("N"), Core.Ledger.LedgerReasons.Sale, "x"), default));

        form["Input.PartnerId"] = $"{stores[1]}";
        (await session.PostFormAsync($"/Studio/Members/Edit/{id}", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.DbAsync(db => db.Members.Where(m => m.Id == id).Select(m => m.PartnerId).SingleAsync())).ShouldBe(stores[1]);
        (await app.BalanceAsync(id)).ShouldBe(450);
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == Core.Audit.AuditActions.MemberMoved && a.TargetId == id.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task A_phone_or_email_already_enrolled_is_refused_by_name_and_nothing_is_saved()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var store = await app.DbAsync(db => db.Partners.Where(p => p.Kind == PartnerKind.Store).Select(p => p.Id).FirstAsync());
        var before = await app.DbAsync(db => db.Members.CountAsync());
        await session.GetHtmlAsync("/Studio/Members/Edit");

        var samePhone = await session.PostFormAsync("/Studio/Members/Edit", new()
        {
            ["Input.Name"] = "Copy", ["Input.Phone"] = DemoProgram.StaffPhone, ["Input.PartnerId"] = $"{store}", ["Input.Role"] = "Staff", ["Input.Language"] = "id",
        });
        (await samePhone.Content.ReadAsStringAsync()).ShouldContain("Nomor HP ini sudah terdaftar.");
        var sameEmail = await session.PostFormAsync("/Studio/Members/Edit", new()
        {
            ["Input.Name"] = "Copy", ["Input.Phone"] = Phone(), ["Input.Email"] = DemoProgram.StaffEmail.ToUpperInvariant(), ["Input.PartnerId"] = $"{store}", ["Input.Role"] = "Staff", ["Input.Language"] = "id",
        });
        (await sameEmail.Content.ReadAsStringAsync()).ShouldContain("Email ini sudah dipakai akun lain.");
        (await app.DbAsync(db => db.Members.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_member_list_pages_through_everyone_instead_of_stopping_at_thirty()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var total = await app.DbAsync(db => db.Members.CountAsync());
        var names = new HashSet<string>();
        for (var page = 1; page <= (total + 29) / 30; page++)
        {
            var doc = await session.GetDocumentAsync($"/Studio/Members?p={page}");
            foreach (var link in doc.QuerySelectorAll("li.card a.card-title")) names.Add(link.GetAttribute("href")!);
        }
        names.Count.ShouldBe(total);
        (await session.Client.GetAsync("/Studio/Members?p=-4")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.Client.GetAsync("/Studio/Members?p=99999999999")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_partner_code_is_unique_and_a_store_cannot_be_its_own_parent()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        await session.GetHtmlAsync("/Studio/Partners/Edit");
        var taken = await session.PostFormAsync("/Studio/Partners/Edit", new()
        {
            ["Input.Name"] = "Dupe", ["Input.Kind"] = "Store", ["Input.Code"] = "tk-1001", ["Input.Region"] = "Bali",
        });
        (await taken.Content.ReadAsStringAsync()).ShouldContain("Kode ini sudah dipakai mitra lain.");
        var saved = await session.PostFormAsync("/Studio/Partners/Edit", new()
        {
            ["Input.Name"] = "Toko Unik", ["Input.Kind"] = "Store", ["Input.Code"] = $"U-{Guid.NewGuid():N}"[..10], ["Input.Region"] = "Bali", ["Input.City"] = "Denpasar",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetHtmlAsync("/Studio/Partners?q=Toko+Unik")).ShouldContain("Denpasar");
    }
}
