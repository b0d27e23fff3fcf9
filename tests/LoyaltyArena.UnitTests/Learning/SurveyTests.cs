using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Learning;

namespace LoyaltyArena.UnitTests.Learning;

public class NpsScoreTests
{
    [Fact]
    public void Nps_is_the_share_of_promoters_minus_the_share_of_detractors()
    {
        var nps = NpsScore.From([10, 9, 9, 8, 7, 6, 3, 0, 10, 10]);

        (nps.Promoters, nps.Passives, nps.Detractors).ShouldBe((5, 2, 3));
        nps.Score.ShouldBe(20);
    }

    [Fact]
    public void Without_answers_the_score_is_zero_and_out_of_range_values_do_not_count()
    {
        NpsScore.From([]).Score.ShouldBe(0);
        NpsScore.From([11, -1, 10]).Score.ShouldBe(100);
    }
}

public class SurveyRulesTests
{
    [Theory]
    [InlineData(SurveyQuestionKind.Nps, "10", null)]
    [InlineData(SurveyQuestionKind.Nps, "11", "Survey.PickNps")]
    [InlineData(SurveyQuestionKind.Rating, "0", "Survey.PickRating")]
    [InlineData(SurveyQuestionKind.Rating, "5", null)]
    [InlineData(SurveyQuestionKind.Choice, "3", "Survey.PickChoice")]
    [InlineData(SurveyQuestionKind.Choice, "2", null)]
    [InlineData(SurveyQuestionKind.Text, null, null)]
    public void Each_kind_of_question_accepts_only_its_own_answers(SurveyQuestionKind kind, string? value, string? problem) =>
        SurveyRules.Check(kind, optionCount: 3, value, null).ShouldBe(problem);
}

public class CoverImageTests
{
    [Fact]
    public void An_image_is_recognised_by_its_bytes_not_its_name()
    {
        UploadedImage.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).ShouldBe("png");
        UploadedImage.Detect([0xFF, 0xD8, 0xFF, 0xE0]).ShouldBe("jpg");
        UploadedImage.Detect("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()).ShouldBe("webp");
        UploadedImage.Detect("<svg onload=alert(1)>"u8.ToArray()).ShouldBeNull();
    }

    [Fact]
    public void An_image_over_one_megabyte_is_refused() =>
        UploadedImage.Check(1_000_001, [0xFF, 0xD8, 0xFF]).ShouldBe("Cover.TooBig");
}
