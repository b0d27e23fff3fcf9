using System.Text;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Members;

/// <summary>Upload a stores or staff file, see every bad row by line and reason, then import all rows or none.</summary>
public sealed class ImportModel(PeopleImports imports, SiteLinks site, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PeopleFileKind Kind { get; set; } = PeopleFileKind.Staff;

    public PeoplePreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null) return Page();
        Preview = await imports.PreviewAsync(id.Value, cancellationToken);
        if (Preview is null) return NotFound();
        Kind = Preview.Kind;
        return Page();
    }

    /// <summary>A sample file to fill in, with a BOM so a spreadsheet opens it as UTF-8.</summary>
    public IActionResult OnGetSample() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PeopleCsv.Sample(Kind))).ToArray(), "text/csv; charset=utf-8",
            Kind == PeopleFileKind.Stores ? "contoh-toko.csv" : "contoh-staf.csv");

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) ModelState.AddModelError(string.Empty, text["Csv.NoFile"]);
        else if (file.Length > PeopleImports.MaxBytes) ModelState.AddModelError(string.Empty, text["Csv.TooBig"]);
        if (!ModelState.IsValid) return Page();
        var content = await TextOfAsync(file!, cancellationToken);
        if (content is null)
        {
            ModelState.AddModelError(string.Empty, text["Csv.NotText"]);
            return Page();
        }
        var id = await imports.UploadAsync(User.MemberId(), Kind, file!.FileName, content, cancellationToken);
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// UTF-8 (with or without a BOM), or else the Windows code page a spreadsheet uses for "CSV (comma delimited)";
    /// null for something that is not text at all.
    /// </summary>
    private static async Task<string?> TextOfAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Contains((byte)0)) return null;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken cancellationToken)
    {
        Preview = await imports.ImportAsync(User.MemberId(), id, site.ForAccounts(), cancellationToken);
        if (Preview is null) return NotFound();
        Kind = Preview.Kind;
        return Page();
    }
}
