using LoyaltyArena.Core.Sales;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Sales;

/// <summary>Upload a sales file, see every bad row with its line and reason, then import all of it or nothing.</summary>
public sealed class ImportModel(SalesImports imports, IStringLocalizer<SharedResource> text) : PageModel
{
    public ImportPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null) return Page();
        Preview = await imports.PreviewAsync(id.Value, cancellationToken);
        return Preview is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) ModelState.AddModelError(string.Empty, text["Csv.NoFile"]);
        else if (file.Length > SalesImports.MaxBytes) ModelState.AddModelError(string.Empty, text["Csv.TooBig"]);
        if (!ModelState.IsValid) return Page();
        using var reader = new StreamReader(file!.OpenReadStream());
        var id = await imports.UploadAsync(User.MemberId(), file.FileName, await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken cancellationToken)
    {
        Preview = await imports.ImportAsync(User.MemberId(), id, cancellationToken);
        return Preview is null ? NotFound() : Page();
    }
}
