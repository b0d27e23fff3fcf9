using LoyaltyArena.Core.Rewards;

namespace LoyaltyArena.UnitTests.Rewards;

public class FulfilmentTests
{
    [Theory]
    [InlineData("0812-3456-7890", "081234567890")]
    [InlineData("+62 812 3456 7890", "081234567890")]
    [InlineData("62812345678", "0812345678")]
    [InlineData(" 0857.1234.5678 ", "085712345678")]
    public void Wallet_numbers_are_accepted_the_way_people_type_them(string typed, string stored) =>
        Fulfilment.MobileNumber(typed).ShouldBe(stored);

    [Theory]
    [InlineData("")]
    [InlineData("021 555 1234")]
    [InlineData("0812")]
    [InlineData("08123456789012")]
    [InlineData("0812abc45678")]
    [InlineData("0812;DROP TABLE")]
    public void Anything_that_is_not_an_indonesian_mobile_number_is_refused(string typed) =>
        Fulfilment.MobileNumber(typed).ShouldBeNull();

    [Fact]
    public void Each_category_is_fulfilled_the_way_its_reward_reaches_people()
    {
        Fulfilment.KindOf(RewardCategory.EVoucher).ShouldBe(FulfilmentKind.Code);
        Fulfilment.KindOf(RewardCategory.Pulsa).ShouldBe(FulfilmentKind.Code);
        Fulfilment.KindOf(RewardCategory.EWallet).ShouldBe(FulfilmentKind.Cashback);
        Fulfilment.KindOf(RewardCategory.Merchandise).ShouldBe(FulfilmentKind.Shipment);
        Fulfilment.KindOf(RewardCategory.Experience).ShouldBe(FulfilmentKind.Ticket);
        Fulfilment.KindOf(RewardCategory.Training).ShouldBe(FulfilmentKind.Ticket);
    }

    [Fact]
    public void A_parcel_moves_forward_only_and_may_skip_packing()
    {
        Fulfilment.CanMove(FulfilmentKind.Shipment, FulfilmentStage.Ordered, FulfilmentStage.Packed).ShouldBeTrue();
        Fulfilment.CanMove(FulfilmentKind.Shipment, FulfilmentStage.Ordered, FulfilmentStage.Shipped).ShouldBeTrue();
        Fulfilment.CanMove(FulfilmentKind.Shipment, FulfilmentStage.Shipped, FulfilmentStage.Delivered).ShouldBeTrue();
        Fulfilment.CanMove(FulfilmentKind.Shipment, FulfilmentStage.Ordered, FulfilmentStage.Delivered).ShouldBeFalse();
        Fulfilment.CanMove(FulfilmentKind.Shipment, FulfilmentStage.Shipped, FulfilmentStage.Packed).ShouldBeFalse();
        Fulfilment.CanMove(FulfilmentKind.Shipment, FulfilmentStage.Ordered, FulfilmentStage.Paid).ShouldBeFalse();
    }

    [Fact]
    public void Cashback_is_paid_once_and_a_voucher_has_no_steps()
    {
        Fulfilment.CanMove(FulfilmentKind.Cashback, FulfilmentStage.PaymentPending, FulfilmentStage.Paid).ShouldBeTrue();
        Fulfilment.CanMove(FulfilmentKind.Cashback, FulfilmentStage.Paid, FulfilmentStage.Paid).ShouldBeFalse();
        Fulfilment.CanMove(FulfilmentKind.Code, FulfilmentStage.Issued, FulfilmentStage.Delivered).ShouldBeFalse();
        Fulfilment.CanMove(FulfilmentKind.Ticket, FulfilmentStage.Issued, FulfilmentStage.Delivered).ShouldBeTrue();
    }

    [Fact]
    public void Money_sent_a_parcel_on_its_way_or_a_used_ticket_cannot_be_cancelled()
    {
        Fulfilment.CanCancel(FulfilmentStage.PaymentPending).ShouldBeTrue();
        Fulfilment.CanCancel(FulfilmentStage.Packed).ShouldBeTrue();
        Fulfilment.CanCancel(FulfilmentStage.Paid).ShouldBeFalse();
        Fulfilment.CanCancel(FulfilmentStage.Shipped).ShouldBeFalse();
        Fulfilment.CanCancel(FulfilmentStage.Delivered).ShouldBeFalse();
    }

    [Fact]
    public void An_address_names_every_missing_part_in_form_order()
    {
        var problems = Fulfilment.Check(new ShippingDetails("Sari", "12345", "Jl. A", "", "4016"));

        problems.ShouldBe(["Fulfil.Phone", "Fulfil.Address", "Fulfil.City", "Fulfil.PostalCode"]);
        Fulfilment.Check(new ShippingDetails("Sari Lestari", "0812 3456 7890", "Jl. Merdeka No. 17, RT 02/RW 05", "Bandung", "40162")).ShouldBeEmpty();
        Fulfilment.Check((ShippingDetails?)null).ShouldBe(["Fulfil.AddressMissing"]);
    }

    [Fact]
    public void A_wallet_number_is_shown_masked_in_mail()
    {
        Fulfilment.Mask("081234567890").ShouldBe("0812•••••890");
    }

    [Fact]
    public void Issued_tickets_are_unique_by_redemption_and_use_unambiguous_letters()
    {
        var code = Fulfilment.TicketCode(42, [0, 1, 2, 3, 31, 30, 29, 28]);

        code.ShouldBe("TK42-ABCD-9876");
        Fulfilment.TicketCode(43, [0, 1, 2, 3, 31, 30, 29, 28]).ShouldNotBe(code);
        code.ShouldNotContain("O");
        code.ShouldNotContain("I");
    }
}
