// MarkRestorer: a text typed without tone marks is read with the marks the
// commune's other texts use. Expected strings checked by hand.
#include "tracking_support.h"

#include "tracking/mark_restorer.h"

#include <gtest/gtest.h>

namespace {

using baocao::test::context;
using baocao::tracking_detail::MarkRestorer;

MarkRestorer learned() {
    MarkRestorer marks(context().normalizer);
    marks.learn("Đã tổ chức tiêm phòng dại cho 320 con chó tại ấp Hòa Lợi.");
    marks.learn("Nghiệm thu cầu bê tông kênh Xáng; hỗ trợ cho 12 hộ nghèo.");
    return marks;
}

TEST(MarkRestorer, ReadsOnlyTextsOfSeveralWordsWithoutMarks) {
    MarkRestorer marks = learned();
    EXPECT_TRUE(marks.unmarked("Da to chuc tiem phong dai cho 150 con cho."));
    EXPECT_FALSE(marks.unmarked("Đã tổ chức tiêm phòng dại cho 150 con chó."));
    EXPECT_FALSE(marks.unmarked("Ban CHQS xa.")) << "too short to tell";
}

TEST(MarkRestorer, TheNeighboursChooseBetweenMarkedForms) {
    MarkRestorer marks = learned();
    // "cho" after "dại" is "cho", after "con" it is "chó".
    EXPECT_EQ(marks.restore("Da to chuc tiem phong dai cho 150 con cho tai ap Hoa Loi."),
              "Đã tổ chức tiêm phòng dại cho 150 con chó tại ấp Hòa Lợi.");
    // "nghiem" is no syllable without its marks and is not split; an
    // abbreviation and a word never seen stay as written.
    EXPECT_EQ(marks.restore("Nghiem thu cau be tong kenh Xang, NVQS khu Moi."),
              "Nghiệm thu cầu bê tông kênh Xáng, NVQS khu Moi.");
}

TEST(MarkRestorer, AnUnmarkedReportIsMatchedLikeAMarkedOne) {
    baocao::Directive d;
    d.text = "Tổ chức tiêm phòng dại cho đàn chó tại ấp Hòa Lợi.";
    d.section = "3";
    std::vector<baocao::ResultParagraph> results = {
        {"3", "Nông nghiệp", "+ Da to chuc tiem phong dai cho 320 con cho tai ap Hoa Loi."},
        {"3", "Nông nghiệp", "+ Đã tổ chức tiêm phòng cúm gia cầm cho 18.500 con gà, vịt."},
        {"3", "Nông nghiệp", "+ Hỗ trợ cho 12 hộ nghèo tại ấp Hòa Lợi chuồng trại chăn nuôi."}};
    auto decision =
        baocao::test::tracker().decide(d, "Nông nghiệp", results, baocao::YearMonth{2025, 10});
    EXPECT_EQ(decision.status, baocao::DirectiveStatus::done);
    ASSERT_TRUE(decision.evidence.has_value());
    EXPECT_EQ(decision.evidence->text, results[0].text) << "the paragraph as written";
    EXPECT_EQ(decision.evidence->clauses, results[0].text) << "its clauses as written too";
}

} // namespace
