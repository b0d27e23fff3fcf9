using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.Web.Localization;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Api;

/// <summary>The integration API: the brand's systems post sales and look up balances (README: Integration API).</summary>
public static class ArenaApi
{
    public const string Policy = "Api";

    /// <summary>A full batch of 500 sales is about 100 KB; nothing the API takes is bigger than this.</summary>
    public const long MaxBodyBytes = 1_000_000;

    /// <summary>Strict JSON: a key given twice is refused rather than silently taking the last value.</summary>
    private static readonly JsonDocumentOptions StrictDocument = new() { AllowDuplicateProperties = false };

    public sealed record SaleRequest(string? ExternalId, string? Member, string? Sku, int? Quantity, long? Amount, DateTimeOffset? SoldAt);

    /// <param name="Status">"created", "duplicate", or "held": recorded, its points (<paramref name="HeldPoints"/>) waiting for a reviewer.</param>
    public sealed record SaleResponse(string ExternalId, int MemberId, string Sku, int Quantity, int Points, DateTime SoldAt, string Status, int HeldPoints = 0);

    public static WebApplication MapArenaApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes))
            .AddEndpointFilter(async (context, next) =>
            {
                UseCallerLanguage(context.HttpContext.Request);
                return await next(context);
            });
        api.MapPost("/sales", PostSalesAsync);
        api.MapGet("/members/{memberRef}/balance", GetBalanceAsync);
        return app;
    }

    /// <summary>Messages follow Accept-Language: Bahasa Indonesia when asked for, English otherwise.</summary>
    public static void UseCallerLanguage(HttpRequest request)
    {
        var indonesian = request.Headers.AcceptLanguage.ToString().StartsWith("id", StringComparison.OrdinalIgnoreCase);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(indonesian ? "id-ID" : LocalizationSetup.English);
    }

    private static async Task<IResult> PostSalesAsync(HttpRequest request, ClaimsPrincipal caller, SalesIntake intake, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: text["Api.Problem.413"]);
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: text["Api.Problem.415"]);
        List<SaleRequest> sales;
        bool batch;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, StrictDocument, cancellationToken);
            batch = body.RootElement.ValueKind == JsonValueKind.Array;
            sales = batch
                ? body.RootElement.Deserialize<List<SaleRequest>>(JsonSerializerOptions.Web) ?? []
                : [body.RootElement.Deserialize<SaleRequest>(JsonSerializerOptions.Web)!];
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: text["Api.Problem.413"]);
        }
        catch (JsonException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [text["Api.BadJson", ex.Path ?? "$"]] }, title: text["Api.Invalid"]);
        }
        if (sales.Count is 0 or > 500)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [text["Api.BatchSize"]] }, title: text["Api.Invalid"]);

        var clientId = int.Parse(caller.FindFirstValue(ApiKeyAuthentication.ClientClaim)!, CultureInfo.InvariantCulture);
        var inputs = sales.Select(s => new SaleInput(s?.ExternalId, s?.Member, s?.Sku, s?.Quantity, s?.Amount, s?.SoldAt?.UtcDateTime)).ToList();
        var outcome = await intake.RecordAsync(inputs, SaleSources.Api, clientId, cancellationToken);

        if (!outcome.Succeeded)
        {
            var errors = outcome.Sales.SelectMany((sale, i) => sale.Problems.Select(p => (Key: batch ? $"[{i}].{p.Field}" : p.Field, Message: text[p.Key].Value)))
                .GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            // Well-formed, but the sender already used this external id for another sale: 422, as Stripe answers a reused idempotency key.
            var conflict = outcome.Sales.All(sale => sale.Status is SaleStatus.Conflict or SaleStatus.Created or SaleStatus.Duplicate);
            return conflict
                ? Results.ValidationProblem(errors, title: text["Api.Conflict"], detail: text["Api.ConflictDetail"], statusCode: StatusCodes.Status422UnprocessableEntity)
                : Results.ValidationProblem(errors, title: text["Api.Invalid"]);
        }

        var responses = outcome.Sales.Select(s => new SaleResponse(s.Result!.ExternalId, s.Result.MemberId, s.Result.Sku, s.Result.Quantity, s.Result.Points, s.Result.SoldAt,
            s.Status == SaleStatus.Duplicate ? "duplicate" : s.Result.Held ? "held" : "created", s.Result.HeldPoints)).ToList();
        var status = outcome.Sales.Any(s => s.Status == SaleStatus.Created) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        return Results.Json(batch ? new { sales = responses } : responses[0], statusCode: status);
    }

    private static async Task<IResult> GetBalanceAsync(string memberRef, BalanceLookup lookup, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var balance = await lookup.FindAsync(memberRef, cancellationToken);
        return balance is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Sale.UnknownMember"])
            : Results.Ok(new
            {
                memberRef,
                balance.MemberId,
                balance.Balance,
                balance.Tier,
                expiringNext = balance.ExpiringNext is { } next ? new { next.Points, next.ExpiresAt } : null,
            });
    }
}
