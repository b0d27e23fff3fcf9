using LoyaltyArena.Core.Sales;

namespace LoyaltyArena.UnitTests.Sales;

public class SaleChecksTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    private static readonly SaleInput Good = new("INV-2026-001", "staff@demo.test", "DEMO-SKU-1", 3, 75_000, Now.AddHours(-2));

    [Fact]
    public void A_complete_sale_has_no_problems() => SaleChecks.Check(Good, Now).ShouldBeEmpty();

    [Fact]
    public void Each_problem_names_its_field()
    {
        var problems = SaleChecks.Check(new SaleInput("has space", "", null, 0, -1, Now.AddDays(1)), Now);

        problems.ShouldBe([
            ("externalId", "Sale.ExternalIdFormat"), ("member", "Sale.MemberRequired"), ("sku", "Sale.SkuRequired"),
            ("quantity", "Sale.QuantityRange"), ("amount", "Sale.AmountNegative"), ("soldAt", "Sale.SoldAtFuture"),
        ]);
    }

    [Fact]
    public void A_sale_older_than_a_year_is_refused() =>
        SaleChecks.Check(Good with { SoldAt = Now.AddYears(-1).AddDays(-1) }, Now).ShouldBe([("soldAt", "Sale.SoldAtTooOld")]);
}

public class SalesCsvTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public void Rows_keep_their_line_numbers_and_local_times_become_UTC()
    {
        var rows = SalesCsv.Parse("externalId,member,sku,quantity,amount,soldAt\nA-1,staff@demo.test,DEMO-SKU-1,2,50000,2026-11-20 14:30\n\nA-2,0812-0000-2026,AP-5L,10,900000,2026-11-20T08:00:00Z\n", Jakarta);

        rows.Select(r => r.Line).ShouldBe([2, 4]);
        rows[0].Sale.SoldAt.ShouldBe(new DateTime(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc));
        rows[1].Sale.SoldAt.ShouldBe(new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc));
        rows[1].Sale.Quantity.ShouldBe(10);
    }

    [Fact]
    public void A_value_that_is_not_a_number_or_a_date_is_named()
    {
        var rows = SalesCsv.Parse("externalId;member;sku;quantity;amount;soldAt\nA-1;x@y.z;S;sepuluh;0;kemarin\n", Jakarta);

        rows.Single().Problems.ShouldBe([("quantity", "Csv.NotANumber"), ("soldAt", "Csv.NotADate")]);
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line() =>
        SalesCsv.Parse("externalId,member,sku,amount\nA,b,c,1\n", Jakarta).Single().Problems.ShouldBe([("quantity", "Csv.MissingColumn"), ("soldAt", "Csv.MissingColumn")]);
}
