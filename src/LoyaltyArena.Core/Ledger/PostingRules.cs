namespace LoyaltyArena.Core.Ledger;

/// <summary>What makes a posting well-formed. Balances are guarded by the database, not here.</summary>
public static class PostingRules
{
    public const int MaxKeyLength = 200;

    public static IReadOnlyList<string> Check(Posting posting)
    {
        var problems = new List<string>();
        if (posting.Amount == 0) problems.Add("Amount must not be zero.");
        if (posting.Kind is LedgerEntryKind.Earn && posting.Amount < 0) problems.Add("An earn entry adds points.");
        if (posting.Kind is LedgerEntryKind.Redeem or LedgerEntryKind.Expire && posting.Amount > 0) problems.Add($"A {posting.Kind} entry takes points.");
        if (string.IsNullOrWhiteSpace(posting.IdempotencyKey)) problems.Add("An idempotency key is required.");
        else if (posting.IdempotencyKey.Length > MaxKeyLength) problems.Add($"The idempotency key is longer than {MaxKeyLength} characters.");
        if (string.IsNullOrWhiteSpace(posting.ReasonKey)) problems.Add("A reason is required.");
        if (string.IsNullOrWhiteSpace(posting.SourceType)) problems.Add("A source is required.");
        return problems;
    }

    public static void EnsureValid(Posting posting)
    {
        var problems = Check(posting);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(posting));
    }
}
