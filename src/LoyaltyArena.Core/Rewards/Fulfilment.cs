using System.Text;

namespace LoyaltyArena.Core.Rewards;

/// <summary>How a reward reaches the member once the points are taken.</summary>
public enum FulfilmentKind
{
    /// <summary>A code from the reward's pool, shown at once (e-voucher, pulsa).</summary>
    Code,

    /// <summary>A ticket code: from the organiser's pool, or issued by the program when the reward has no pool.</summary>
    Ticket,

    /// <summary>Money sent to the member's e-wallet by a marketer, who records the transfer reference.</summary>
    Cashback,

    /// <summary>A parcel sent to the member's address and tracked to the door.</summary>
    Shipment,
}

public enum FulfilmentStage
{
    Issued,
    PaymentPending,
    Paid,
    Ordered,
    Packed,
    Shipped,
    Delivered,
}

public enum WalletProvider
{
    GoPay,
    OVO,
    DANA,
}

public sealed record PayoutDetails(WalletProvider Provider, string Number);

public sealed record ShippingDetails(string Recipient, string Phone, string Address, string City, string PostalCode)
{
    public string OneLine => $"{Recipient}, {Address}, {City} {PostalCode}";
}

/// <summary>What a redemption needs from the member before it can be fulfilled, as posted.</summary>
public sealed record RedeemDetails(PayoutDetails? Payout = null, ShippingDetails? Shipping = null);

/// <summary>The rules of getting a reward to its member: which steps exist, in what order, and what each needs.</summary>
public static class Fulfilment
{
    public static FulfilmentKind KindOf(RewardCategory category) => category switch
    {
        RewardCategory.EWallet => FulfilmentKind.Cashback,
        RewardCategory.Merchandise => FulfilmentKind.Shipment,
        RewardCategory.Experience or RewardCategory.Training => FulfilmentKind.Ticket,
        _ => FulfilmentKind.Code,
    };

    public static FulfilmentStage FirstStage(FulfilmentKind kind) => kind switch
    {
        FulfilmentKind.Cashback => FulfilmentStage.PaymentPending,
        FulfilmentKind.Shipment => FulfilmentStage.Ordered,
        _ => FulfilmentStage.Issued,
    };

    /// <summary>Whether the member must tell us something (a wallet, an address) before redeeming.</summary>
    public static bool NeedsDetails(FulfilmentKind kind) => kind is FulfilmentKind.Cashback or FulfilmentKind.Shipment;

    /// <summary>
    /// The steps a marketer may take. A parcel may skip "packed"; a ticket moves to "delivered" when it is
    /// checked in at the event. Nothing moves backwards.
    /// </summary>
    public static bool CanMove(FulfilmentKind kind, FulfilmentStage from, FulfilmentStage to) => (kind, from, to) switch
    {
        (FulfilmentKind.Cashback, FulfilmentStage.PaymentPending, FulfilmentStage.Paid) => true,
        (FulfilmentKind.Shipment, FulfilmentStage.Ordered, FulfilmentStage.Packed) => true,
        (FulfilmentKind.Shipment, FulfilmentStage.Ordered or FulfilmentStage.Packed, FulfilmentStage.Shipped) => true,
        (FulfilmentKind.Shipment, FulfilmentStage.Shipped, FulfilmentStage.Delivered) => true,
        (FulfilmentKind.Ticket, FulfilmentStage.Issued, FulfilmentStage.Delivered) => true,
        _ => false,
    };

    /// <summary>Money sent, a parcel on its way or a ticket used cannot be taken back by refunding points.</summary>
    public static bool CanCancel(FulfilmentStage stage) =>
        stage is FulfilmentStage.Issued or FulfilmentStage.PaymentPending or FulfilmentStage.Ordered or FulfilmentStage.Packed;

    /// <summary>Stages a marketer still has to act on.</summary>
    public static readonly FulfilmentStage[] Open = [FulfilmentStage.PaymentPending, FulfilmentStage.Ordered, FulfilmentStage.Packed, FulfilmentStage.Shipped];

    /// <summary>
    /// An Indonesian mobile number in the form e-wallets use (08…), from what people type:
    /// spaces, dashes, dots, +62 or 62 in front. Null when it cannot be one.
    /// </summary>
    public static string? MobileNumber(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var digits = new StringBuilder();
        foreach (var c in typed.Trim())
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+')) return null;
        }
        var number = digits.ToString();
        if (number.StartsWith("62", StringComparison.Ordinal)) number = "0" + number[2..];
        return number.StartsWith("08", StringComparison.Ordinal) && number.Length is >= 10 and <= 13 ? number : null;
    }

    /// <summary>Shows enough of a wallet number to recognise it, not enough to reuse it.</summary>
    public static string Mask(string number) =>
        number.Length <= 7 ? number : number[..4] + new string('•', number.Length - 7) + number[^3..];

    /// <returns>Text keys of what is wrong, in form order; empty when the payout can be sent.</returns>
    public static IReadOnlyList<string> Check(PayoutDetails? payout)
    {
        if (payout is null) return ["Fulfil.WalletMissing"];
        return MobileNumber(payout.Number) is null ? ["Fulfil.WalletNumber"] : [];
    }

    /// <returns>Text keys of what is wrong, in form order; empty when a courier could deliver to it.</returns>
    public static IReadOnlyList<string> Check(ShippingDetails? shipping)
    {
        if (shipping is null) return ["Fulfil.AddressMissing"];
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(shipping.Recipient) || shipping.Recipient.Trim().Length is < 3 or > 80) problems.Add("Fulfil.Recipient");
        if (MobileNumber(shipping.Phone) is null) problems.Add("Fulfil.Phone");
        if (string.IsNullOrWhiteSpace(shipping.Address) || shipping.Address.Trim().Length is < 10 or > 300) problems.Add("Fulfil.Address");
        if (string.IsNullOrWhiteSpace(shipping.City) || shipping.City.Trim().Length is < 3 or > 80) problems.Add("Fulfil.City");
        if (shipping.PostalCode is null || shipping.PostalCode.Trim().Length != 5 || !shipping.PostalCode.Trim().All(char.IsAsciiDigit)) problems.Add("Fulfil.PostalCode");
        return problems;
    }

    public static PayoutDetails Clean(PayoutDetails payout) => payout with { Number = MobileNumber(payout.Number)! };

    public static ShippingDetails Clean(ShippingDetails s) =>
        new(s.Recipient.Trim(), MobileNumber(s.Phone)!, s.Address.Trim(), s.City.Trim(), s.PostalCode.Trim());

    /// <summary>A ticket the program issues itself: the redemption id makes it unique, the random part makes it unguessable.</summary>
    public static string TicketCode(int redemptionId, ReadOnlySpan<byte> random)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var code = new StringBuilder($"TK{redemptionId}-");
        for (var i = 0; i < 8; i++)
        {
            if (i == 4) code.Append('-');
            code.Append(alphabet[random[i] % alphabet.Length]);
        }
        return code.ToString();
    }
}
