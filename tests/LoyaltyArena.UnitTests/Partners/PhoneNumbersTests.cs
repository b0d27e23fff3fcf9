using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.UnitTests.Partners;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("0812-3456-7890")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("6281234567890")]
    [InlineData("812 3456 7890")]
    [InlineData("(0812) 3456.7890")]
    public void Every_way_of_writing_an_Indonesian_mobile_number_is_the_same_phone_in_plus_62_form(string written) =>
        PhoneNumbers.Normalize(written).ShouldBe("+6281234567890");

    [Theory]
    [InlineData("0812-3456-7890", true)]
    [InlineData("08123456", false)]
    [InlineData("021-555-1234", false)]
    [InlineData("0812345678901234", false)]
    [InlineData("nomor saya 0812", false)]
    public void Only_an_Indonesian_mobile_number_is_accepted_as_a_phone(string written, bool valid) =>
        PhoneNumbers.IsValid(written).ShouldBe(valid);

    [Fact]
    public void A_WhatsApp_link_gets_the_number_without_the_plus() =>
        PhoneNumbers.ForWhatsApp("0812-3456-7890").ShouldBe("6281234567890");

    [Theory]
    [InlineData("0812-3456-7890", true)]
    [InlineData("staff@demo.test", false)]
    [InlineData("12345", false)]
    public void A_login_is_treated_as_a_phone_number_only_when_it_looks_like_one(string login, bool phone) =>
        PhoneNumbers.LooksLikePhone(login).ShouldBe(phone);
}
