using System.Globalization;
using CsvHelper;

namespace LoyaltyArena.Core.Sales;

public sealed record CsvSaleRow(int Line, SaleInput Sale, IReadOnlyList<(string Field, string Key)> Problems);

/// <summary>
/// Reads a sales file: externalId, member, sku, quantity, amount, soldAt (ISO 8601; without an offset
/// it is program time). Every row keeps its line number so a bad one can be named.
/// </summary>
public static class SalesCsv
{
    public static readonly string[] Columns = ["externalId", "member", "sku", "quantity", "amount", "soldAt"];

    public static IReadOnlyList<CsvSaleRow> Parse(string text, TimeZoneInfo programZone)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, SkipEmptyLines = true });
        var rows = new List<CsvSaleRow>();
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        var missing = Columns.Where(c => !headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            rows.Add(new CsvSaleRow(1, new SaleInput(null, null, null, null, null, null), missing.Select(m => (m, "Csv.MissingColumn")).ToList()));
            return rows;
        }
        while (csv.Read())
        {
            string? Field(string name) => csv.GetStringOrNull(name) is { Length: > 0 } value ? value.Trim() : null;
            var problems = new List<(string, string)>();
            int? quantity = int.TryParse(Field("quantity"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : null;
            if (quantity is null && Field("quantity") is not null) problems.Add(("quantity", "Csv.NotANumber"));
            long? amount = long.TryParse(Field("amount"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) ? a : null;
            if (amount is null && Field("amount") is not null) problems.Add(("amount", "Csv.NotANumber"));
            var soldAt = ParseTime(Field("soldAt"), programZone);
            if (soldAt is null && Field("soldAt") is not null) problems.Add(("soldAt", "Csv.NotADate"));
            var sale = new SaleInput(Field("externalId"), Field("member"), Field("sku"), quantity, amount, soldAt);
            rows.Add(new CsvSaleRow((int)csv.LineNumber, sale, problems));
        }
        return rows;
    }

    private static DateTime? ParseTime(string? value, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (value.EndsWith('Z') || value.Contains('+') || value.LastIndexOf('-') > 9))
            return withOffset.UtcDateTime;
        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return null;
    }
}
