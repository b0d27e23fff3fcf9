namespace LoyaltyArena.Core.Data;

/// <summary>
/// Gives rewards made before fulfilment was stored the kind their category suggests, except that an
/// e-wallet reward which already hands out codes (top-up codes) keeps doing so. Same SQL on both engines.
/// </summary>
public static class RewardBackfill
{
    public const string Fulfilment = """
        UPDATE "Rewards" SET "Fulfilment" = CASE
            WHEN "Category" = 'EWallet' AND EXISTS (SELECT 1 FROM "VoucherCodes" c WHERE c."RewardId" = "Rewards"."Id") THEN 'Code'
            WHEN "Category" = 'EWallet' THEN 'Cashback'
            WHEN "Category" = 'Merchandise' THEN 'Shipment'
            WHEN "Category" IN ('Experience', 'Training') THEN 'Ticket'
            ELSE 'Code'
        END;
        """;
}
