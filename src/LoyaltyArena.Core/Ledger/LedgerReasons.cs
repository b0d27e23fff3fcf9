namespace LoyaltyArena.Core.Ledger;

/// <summary>Resource keys that say why points moved; each has an Indonesian and an English text.</summary>
public static class LedgerReasons
{
    public const string QuizPassed = "Reason.QuizPassed";
    public const string TrainingCompleted = "Reason.TrainingCompleted";
    public const string ChallengeCompleted = "Reason.ChallengeCompleted";
    public const string LiveQuiz = "Reason.LiveQuiz";
    public const string Sale = "Reason.Sale";
    public const string Referral = "Reason.Referral";
    public const string Redeemed = "Reason.Redeemed";
    public const string Welcome = "Reason.Welcome";
    public const string Expired = "Reason.Expired";
    public const string Adjusted = "Reason.Adjusted";
    public const string Reversed = "Reason.Reversed";
    public const string SurveyCompleted = "Reason.SurveyCompleted";
    public const string RedemptionCancelled = "Reason.RedemptionCancelled";
    public const string ContestPrize = "Reason.ContestPrize";
}
