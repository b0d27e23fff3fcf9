using Microsoft.Playwright;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>
/// Every member page at 390x844: no text under 14 px (a bell's count and other decorations excepted) and every
/// standalone tap target at least 44x44 px (WCAG 2.5.5; a link inside a sentence is exempt), a radio button's or a
/// box's label included.
/// </summary>
public class ReadableTappableTests(AppServer server) : IClassFixture<AppServer>
{
    private const string Measure = """
        () => {
          const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none"; };
          const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "")
            + " '" + (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 30) + "'";
          const small = [];
          for (const el of document.querySelectorAll("main *, header *, nav *, footer *")) {
            if (!visible(el) || el.closest("[aria-hidden=true], svg, .bell-count, .visually-hidden")) continue;
            const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim().length > 0);
            if (ownText && parseFloat(getComputedStyle(el).fontSize) < 14) small.push(name(el) + " " + getComputedStyle(el).fontSize);
          }
          const tiny = [];
          for (const control of document.querySelectorAll("a[href], button, select, input:not([type=hidden]), summary")) {
            // A radio button or a box is tapped through its label (the NPS scale's numbers, a preference's line).
            const el = (control.type === "radio" || control.type === "checkbox") ? control.labels?.[0] : control;
            if (!el || !visible(el)) continue;
            const s = getComputedStyle(el);
            const inSentence = s.display === "inline" && [...el.parentElement.childNodes].some((n) => n !== el && n.nodeType === 3 && n.textContent.trim().length > 0);
            if (inSentence) continue;
            const r = el.getBoundingClientRect();
            if (r.height < 44 - 0.5 || r.width < 44 - 0.5) tiny.push(name(el) + " " + Math.round(r.width) + "x" + Math.round(r.height));
          }
          return small.map((s) => "text " + s).concat(tiny.map((t) => "target " + t));
        }
        """;

    [Fact]
    public async Task No_member_page_has_text_under_14_px_or_a_tap_target_under_44_px()
    {
        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staff@demo.test");
        var problems = new List<string>();
        foreach (var path in new[] { "/", "/Rewards", "/Rewards/Mine", "/Leaderboards", "/Learning", "/Challenges", "/Badges", "/Notifications", "/Ledger",
            "/Referrals", "/Account/Preferences", "/Account/Switch", "/Learning/Survey/suara-mitra", "/Rules" })
        {
            await clerk.GotoAsync(path);
            problems.AddRange((await clerk.EvaluateAsync<string[]>(Measure)).Select(p => $"{path}: {p}"));
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }
}
