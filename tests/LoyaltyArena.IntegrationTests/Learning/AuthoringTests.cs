using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Learning;

public class AuthoringTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_marketer_writes_a_training_that_staff_see_only_once_it_is_published()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Modules");
        var created = await marketer.PostFormAsync("/Studio/Modules", new() { ["title"] = "Cat Eksterior Arena Shield", ["summary"] = "Untuk tembok luar" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = created.Headers.Location!.ToString();
        var id = int.Parse(edit[(edit.LastIndexOf('/') + 1)..]);
        await marketer.GetHtmlAsync(edit);

        (await marketer.PostFormAsync($"{edit}?handler=Lesson", new() { ["title"] = "Kenapa Shield?", ["body"] = "Tahan **hujan** <script>alert(1)</script>", ["videoUrl"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await marketer.PostFormAsync($"{edit}?handler=Question", new() { ["text"] = "Untuk apa Shield?", ["options"] = "Tembok dalam\n* Tembok luar", ["explanation"] = "Shield untuk eksterior." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var staff = await app.SignInAsync(DemoProgram.StaffEmail);
        (await staff.GetHtmlAsync("/Learning")).ShouldNotContain("Cat Eksterior Arena Shield");
        (await staff.Client.GetAsync("/Learning/Module/cat-eksterior-arena-shield")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await marketer.PostFormAsync($"{edit}?handler=Module", new() { ["title"] = "Cat Eksterior Arena Shield", ["summary"] = "Untuk tembok luar", ["minutes"] = "2", ["published"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await staff.GetHtmlAsync("/Learning")).ShouldContain("Cat Eksterior Arena Shield");
        var lesson = await staff.GetHtmlAsync("/Learning/Module/cat-eksterior-arena-shield");
        lesson.ShouldContain("<strong>hujan</strong>");
        lesson.ShouldNotContain("<script>alert");
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.TargetType == "learning"))).ShouldBeGreaterThanOrEqualTo(4);
        id.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_question_without_a_marked_answer_is_refused_with_the_reason()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var module = await app.DbAsync(db => db.TrainingModules.Select(m => m.Id).FirstAsync());
        await marketer.GetHtmlAsync($"/Studio/Modules/Edit/{module}");
        var before = await app.DbAsync(db => db.Questions.CountAsync());

        var html = WebUtility.HtmlDecode(await (await marketer.PostFormAsync($"/Studio/Modules/Edit/{module}?handler=Question",
            new() { ["text"] = "Soal tanpa kunci", ["options"] = "A\nB" })).Content.ReadAsStringAsync());

        html.ShouldContain("Tandai minimal satu jawaban benar dengan *.");
        (await app.DbAsync(db => db.Questions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_module_cannot_be_published_without_a_question()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Modules");
        var edit = (await marketer.PostFormAsync("/Studio/Modules", new() { ["title"] = "Kosong" })).Headers.Location!.ToString();
        await marketer.GetHtmlAsync(edit);

        var html = WebUtility.HtmlDecode(await (await marketer.PostFormAsync($"{edit}?handler=Module", new() { ["title"] = "Kosong", ["minutes"] = "3", ["published"] = "true" })).Content.ReadAsStringAsync());

        html.ShouldContain("Tambahkan minimal satu soal sebelum terbit.");
    }
}

public class CoverUploadTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task<HttpResponseMessage> UploadAsync(ArenaSession session, int module, byte[] bytes, string fileName)
    {
        await session.GetHtmlAsync($"/Studio/Modules/Edit/{module}");
        return await session.PostFileAsync($"/Studio/Modules/Edit/{module}?handler=Cover", "cover", fileName, bytes);
    }

    [Fact]
    public async Task A_cover_image_is_stored_under_a_new_name_and_served_only_to_signed_in_people()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var module = await app.DbAsync(db => db.TrainingModules.Select(m => m.Id).FirstAsync());

        (await UploadAsync(marketer, module, Png, "sampul.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var name = await app.DbAsync(db => db.TrainingModules.Where(m => m.Id == module).Select(m => m.CoverImage).SingleAsync());
        name.ShouldNotBeNull().ShouldMatch("^[0-9a-f]{32}\\.png$");
        using var staff = await app.SignInAsync(DemoProgram.StaffEmail);
        var image = await staff.Client.GetAsync($"/media/{name}");
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await image.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await staff.GetHtmlAsync("/Learning")).ShouldContain($"/media/{name}");
        (await app.Anonymous().Client.GetAsync($"/media/{name}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var module = await app.DbAsync(db => db.TrainingModules.Select(m => m.Id).FirstAsync());
        var before = await app.DbAsync(db => db.TrainingModules.Where(m => m.Id == module).Select(m => m.CoverImage).SingleAsync());

        var response = await UploadAsync(marketer, module, "<svg onload=alert(1)>"u8.ToArray(), "sampul.png");

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("File ini bukan gambar PNG, JPEG, atau WebP.");
        (await app.DbAsync(db => db.TrainingModules.Where(m => m.Id == module).Select(m => m.CoverImage).SingleAsync())).ShouldBe(before);
        (await marketer.Client.GetAsync("/media/..%2F..%2Farena.db")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
