using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Email;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Mail;

/// <summary>An email template rendered with sample data, exactly as the outbox would send it: the HTML part or the plain text.</summary>
public sealed class PreviewModel(EmailRenderer renderer, Unsubscribes links, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? template, string? lang, string? part)
    {
        if (template is null || !EmailRenderer.Models.ContainsKey(template)) return NotFound();
        var language = lang == "en" ? "en" : "id";
        var email = await renderer.RenderAsync(template, EmailSamples.For(template, clock.GetUtcNow().UtcDateTime, links.BaseUrl), language);
        if (part == "text") return Content($"Subject: {email.Subject}\n\n{email.Text}", "text/plain; charset=utf-8");
        Response.Headers.ContentSecurityPolicy = SecurityHeaders.EmailPreviewPolicy;
        return Content(email.Html, "text/html; charset=utf-8");
    }
}
