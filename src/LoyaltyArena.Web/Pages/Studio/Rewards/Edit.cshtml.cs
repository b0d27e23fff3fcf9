using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Core.Tiers;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Media;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Rewards;

/// <summary>One reward: what it is and costs, who may take it and how often, its stock and its code pool.</summary>
[RequestSizeLimit(2_500_000)]
public sealed class EditModel(RewardStudio studio, TierService tiers, Core.Common.ProgramCalendar calendar, IMediaStore media, IStringLocalizer<SharedResource> text) : PageModel
{
    public StudioReward? Current { get; private set; }
    public IReadOnlyList<Tier> Tiers { get; private set; } = [];
    public CodeImport? Imported { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int? id, string name, string? description, RewardCategory category, int cost, long valueIdr, int stock,
        int? minTierId, PartnerKind? partnerKind, string? region, DateOnly? from, DateOnly? until, int? limit, LimitPeriod period, FulfilmentKind? fulfilment,
        string? terms, string? eventPlace, DateTime? eventAt, CancellationToken cancellationToken)
    {
        if (!ProgramCalendar.IsSensible(from) || !ProgramCalendar.IsSensible(until) || !ProgramCalendar.IsSensible(eventAt is { } e ? DateOnly.FromDateTime(e) : null))
        {
            ModelState.AddModelError(string.Empty, text["Input.DateRange"]);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        var input = new RewardInput(name ?? "", description ?? "", category, cost, valueIdr, minTierId, partnerKind, region,
            calendar.StartOfDayUtc(from), calendar.StartOfDayUtc(until?.AddDays(1)), limit, period)
        {
            Fulfilment = fulfilment,
            Terms = terms,
            EventPlace = eventPlace,
            // The form's date and time are the program's local time.
            EventAt = eventAt is { } at ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), calendar.Zone) : null,
        };
        var (problems, saved) = await studio.SaveAsync(User.MemberId(), id, input, stock, cancellationToken);
        if (problems.Count == 0)
        {
            Flash = text["Module.Saved"];
            return RedirectToPage(new { id = saved });
        }
        foreach (var problem in problems) ModelState.AddModelError(string.Empty, text[problem]);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStockAsync(int id, int delta, CancellationToken cancellationToken)
    {
        if (await studio.AddStockAsync(User.MemberId(), id, delta, cancellationToken))
        {
            Flash = text["Module.Saved"];
            return RedirectToPage(new { id });
        }
        ModelState.AddModelError(string.Empty, text["Reward.StockRange"]);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCodesAsync(int id, string? codes, IFormFile? file, CancellationToken cancellationToken)
    {
        var input = codes ?? "";
        if (file is { Length: > 0 and <= 1_000_000 })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            input += "\n" + await reader.ReadToEndAsync(cancellationToken);
        }
        Imported = await studio.ImportCodesAsync(User.MemberId(), id, input, cancellationToken);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostImageAsync(int id, IFormFile? image, bool remove, string? drawn, CancellationToken cancellationToken)
    {
        // An uploaded file wins; without one, a picture drawn for the app may be chosen.
        var (name, problem) = remove ? (null, null)
            : image is null && RewardPictures.IsDrawn(RewardPictures.DrawnPrefix + drawn, out var picture) ? (RewardPictures.DrawnPrefix + picture, null)
            : await media.SaveImageAsync(image, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError(string.Empty, text[problem]);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        if (!await studio.SetImageAsync(User.MemberId(), id, name, cancellationToken)) return NotFound();
        Flash = text["Module.Saved"];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Tiers = await tiers.TiersAsync(cancellationToken);
        if (id is null) return true;
        Current = (await studio.ListAsync(cancellationToken)).FirstOrDefault(r => r.Reward.Id == id);
        return Current is not null;
    }
}
