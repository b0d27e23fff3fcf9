namespace LoyaltyArena.UnitTests.Ledger;

/// <summary>A house rule: PointsLedger is the only writer of ledger entries, wallets and point lots.</summary>
public class SingleWriterTests
{
    [Fact]
    public void Only_the_points_ledger_writes_ledger_entries_wallets_or_lots()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var writers = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Writes.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();

        // The one exception: SQL that a migration runs once, while the append-only triggers are lifted.
        writers.ShouldBe([Path.Combine("LoyaltyArena.Core", "Data", "EconomyBackfill.cs"), Path.Combine("LoyaltyArena.Core", "Ledger", "PointsLedger.cs")], ignoreOrder: true);
    }

    private static readonly System.Text.RegularExpressions.Regex Writes = new(
        """(INSERT INTO|UPDATE|DELETE FROM) "(LedgerEntries|Wallets|PointLots)"|(LedgerEntries|Wallets|PointLots)\.(Add|Remove|Update)|(Wallets|PointLots)[^;]{0,200}ExecuteUpdate|LedgerEntries[^;]{0,200}Execute(Update|Delete)""");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LoyaltyArena.sln"))) return dir.FullName;
        throw new InvalidOperationException("LoyaltyArena.sln not found above the test output.");
    }
}
