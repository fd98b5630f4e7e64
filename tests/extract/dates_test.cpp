#include "extract/dates.h"

#include "vocabulary.h"

#include <gtest/gtest.h>

namespace baocao::extract_detail {
namespace {

std::vector<DateMatch> dates_in(const std::string& text) {
    const auto& v = test::vocabulary();
    DateFinder finder(v.dictionaries, v.normalizer);
    return finder.find(scan(text, v.normalizer));
}

struct DateCase {
    const char* text;
    Date start;
    Date finish;
};

TEST(ExtractDate, WrittenForms) {
    const DateCase cases[] = {
        {"ngày 03/11/2023", {2023, 11, 3}, {2023, 11, 3}},
        {"ngày 5 tháng 12 năm 2023", {2023, 12, 5}, {2023, 12, 5}},
        {"vào ngày 10.11.2023", {2023, 11, 10}, {2023, 11, 10}},
        {"dự kiến tổ chức vào ngày 23-24/12/2023", {2023, 12, 23}, {2023, 12, 24}},
        {"(28/11/1947-28/11/2023)", {1947, 11, 28}, {2023, 11, 28}},
        {"chậm nhất ngày 20/4", {0, 4, 20}, {0, 4, 20}},
        {"sáng 28/11/2023", {2023, 11, 28}, {2023, 11, 28}},
    };
    for (const auto& c : cases) {
        auto found = dates_in(c.text);
        ASSERT_EQ(found.size(), 1u) << c.text;
        EXPECT_EQ(found[0].start, c.start) << c.text;
        EXPECT_EQ(found[0].finish, c.finish) << c.text;
        EXPECT_FALSE(found[0].month_only) << c.text;
    }
}

TEST(ExtractDate, FromToGivesTwoDates) {
    auto found = dates_in("từ ngày 24/11/2023 đến 08/12/2023 hoàn thành");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].start, (Date{2023, 11, 24}));
    EXPECT_EQ(found[1].start, (Date{2023, 12, 8}));
}

TEST(ExtractDate, MonthsAndYearsAreClaimedButNotDays) {
    auto found = dates_in("Tổng thu ngân sách tháng 11/2023 là, kế hoạch năm 2024");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].month_only);
    EXPECT_EQ(found[0].start, (Date{2023, 11, 0}));
    EXPECT_TRUE(found[1].year_only);
}

TEST(ExtractDate, ShortFractionWithoutCueIsNotADate) {
    EXPECT_TRUE(dates_in("lên khám tuyển tuyến huyện 04/06 nam công dân").empty());
    EXPECT_EQ(dates_in("Ngày 10/11 và ngày 26/11").size(), 2u);
}

TEST(ExtractDate, ImpossibleDatesAreRejected) {
    for (const char* text : {"ngày 31/02/2023", "ngày 12/13/2023", "ngày 32/12"}) {
        for (const auto& date : dates_in(text)) {
            EXPECT_TRUE(date.month_only || date.year_only) << text;
        }
    }
}

TEST(ExtractDate, YearComesFromThePlanMonth) {
    EXPECT_EQ(DateFinder::resolve_year({0, 4, 20}, {2024, 4}), (Date{2024, 4, 20}));
    EXPECT_EQ(DateFinder::resolve_year({0, 1, 5}, {2023, 12}), (Date{2024, 1, 5}));
    EXPECT_EQ(DateFinder::resolve_year({0, 12, 28}, {2024, 1}), (Date{2023, 12, 28}));
}

} // namespace
} // namespace baocao::extract_detail
