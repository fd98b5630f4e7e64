// check_consistency: running totals, balances and jumps, table by table. The
// rules are those of the shipped dictionaries/consistency.tsv.
#include "../test_support.h"
#include "baocao/trend.h"
#include "trend_rows.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using baocao::ConsistencyRules;
using baocao::FigureRow;
using baocao::TrendData;
using baocao::TrendWarning;
using baocao::WarningKind;
using baocao::test::figure;
using baocao::test::month;

const std::string xa = "UBND xã An Thạnh";
const std::string thu = "tong_thu_ngan_sach";
const std::string luy_ke = "luy_ke_thu_ngan_sach";
const std::string chi_luy_ke = "luy_ke_chi_ngan_sach";
const std::string du = "du_chuyen_sang_thang_sau";

const ConsistencyRules& rules() {
    static const ConsistencyRules loaded =
        ConsistencyRules::load(baocao::test::context().dictionaries);
    return loaded;
}

std::vector<TrendWarning> check(const std::vector<FigureRow>& rows,
                                const std::string& metric = {}) {
    TrendData data;
    data.figures = rows;
    return baocao::check_consistency(data, rules(), metric);
}

struct Case {
    const char* name;
    std::vector<FigureRow> rows;
    std::vector<std::pair<WarningKind, std::string>> expected; // kind, period
};

class TrendConsistency : public testing::TestWithParam<Case> {};

TEST_P(TrendConsistency, WarnsExactlyWhereTheFiguresDisagree) {
    const Case& c = GetParam();
    auto warnings = check(c.rows);
    std::vector<std::pair<WarningKind, std::string>> got;
    for (const auto& w : warnings) {
        got.emplace_back(w.kind, w.period.str());
    }
    EXPECT_EQ(got, c.expected);
    for (const auto& w : warnings) {
        EXPECT_FALSE(w.message.empty());
        EXPECT_EQ(w.issuer, xa);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Trend, TrendConsistency,
    testing::Values(
        Case{"CumulativeAddsUp",
             {figure(xa, "2023-10", luy_ke, 1000), figure(xa, "2023-11", thu, 300),
              figure(xa, "2023-11", luy_ke, 1300)},
             {}},
        Case{"CumulativeMismatchWarns",
             {figure(xa, "2023-10", luy_ke, 1000), figure(xa, "2023-11", thu, 300),
              figure(xa, "2023-11", luy_ke, 1400)},
             {{WarningKind::cumulative_mismatch, "2023-11"}}},
        Case{"CumulativeAfterAGapIsNotChecked",
             {figure(xa, "2023-09", luy_ke, 1000), figure(xa, "2023-11", thu, 300),
              figure(xa, "2023-11", luy_ke, 1900)},
             {}},
        Case{"JanuaryResetIsExpected",
             {figure(xa, "2023-12", luy_ke, 12000), figure(xa, "2024-01", thu, 900),
              figure(xa, "2024-01", luy_ke, 900)},
             {}},
        Case{"JanuaryWithoutResetWarns",
             {figure(xa, "2023-12", luy_ke, 12000), figure(xa, "2024-01", thu, 900),
              figure(xa, "2024-01", luy_ke, 12900)},
             {{WarningKind::cumulative_mismatch, "2024-01"}}},
        Case{"ResetInsideTheYearWarns",
             {figure(xa, "2023-05", luy_ke, 5000), figure(xa, "2023-06", thu, 700),
              figure(xa, "2023-06", luy_ke, 700)},
             {{WarningKind::reset, "2023-06"}}},
        Case{"FallAcrossAGapInsideTheYearWarns",
             {figure(xa, "2023-03", luy_ke, 5000), figure(xa, "2023-06", luy_ke, 800)},
             {{WarningKind::cumulative_mismatch, "2023-06"}}},
        Case{"MonthLeftOutOfTheSumIsAMismatchNotAReset",
             {figure(xa, "2022-11", luy_ke, 10574), figure(xa, "2022-12", thu, 1105),
              figure(xa, "2022-12", luy_ke, 10393)},
             {{WarningKind::cumulative_mismatch, "2022-12"}}},
        Case{"YearToDateRatioRestartsInJanuary",
             {figure(xa, "2022-12", "ty_le_thu_du_toan", 111.4, "percent"),
              figure(xa, "2023-01", "ty_le_thu_du_toan", 8.8, "percent")},
             {}},
        Case{"YearToDateRatioFallingInsideTheYearWarns",
             {figure(xa, "2023-05", "ty_le_thu_du_toan", 44, "percent"),
              figure(xa, "2023-06", "ty_le_thu_du_toan", 4, "percent")},
             {{WarningKind::cumulative_mismatch, "2023-06"}, {WarningKind::jump, "2023-06"}}},
        Case{"BalanceOfRunningTotalsMayDropInJanuary",
             {figure(xa, "2023-12", du, 1374577978), figure(xa, "2024-01", du, 44093275)},
             {}},
        Case{"JumpOverMoreThanAQuarterIsNotCompared",
             {figure(xa, "2022-03", "con", 20863, "con"), figure(xa, "2022-10", "con", 112, "con")},
             {}},
        Case{"BalanceAddsUp",
             {figure(xa, "2023-11", luy_ke, 9611073450),
              figure(xa, "2023-11", chi_luy_ke, 7330934239), figure(xa, "2023-11", du, 2280139211)},
             {}},
        Case{"BalanceMismatchWarns",
             {figure(xa, "2023-11", luy_ke, 9611073450),
              figure(xa, "2023-11", chi_luy_ke, 7330934239), figure(xa, "2023-11", du, 2280139000)},
             {{WarningKind::balance, "2023-11"}}},
        Case{"BalanceNeedsAllThree",
             {figure(xa, "2023-11", luy_ke, 9611073450), figure(xa, "2023-11", du, 1)},
             {}},
        Case{"TenfoldJumpUpWarns",
             {figure(xa, "2023-01", "ho_ngheo", 30, "hộ"),
              figure(xa, "2023-02", "ho_ngheo", 310, "hộ")},
             {{WarningKind::jump, "2023-02"}}},
        Case{"TenfoldJumpDownWarns",
             {figure(xa, "2023-01", "ho_ngheo", 310, "hộ"),
              figure(xa, "2023-03", "ho_ngheo", 30, "hộ")},
             {{WarningKind::jump, "2023-03"}}},
        Case{"FallAfterATypoIsComparedWithTheLevel",
             {figure(xa, "2022-07", "tin_bai", 36, "tin bài"),
              figure(xa, "2022-08", "tin_bai", 430, "tin bài"),
              figure(xa, "2022-09", "tin_bai", 3, "tin bài")},
             {{WarningKind::jump, "2022-08"}, {WarningKind::jump, "2022-09"}}},
        Case{"BackToTheLevelAfterATypoIsNoJump",
             {figure(xa, "2022-07", "tin_bai", 36, "tin bài"),
              figure(xa, "2022-08", "tin_bai", 430, "tin bài"),
              figure(xa, "2022-09", "tin_bai", 56, "tin bài")},
             {{WarningKind::jump, "2022-08"}}},
        Case{"ExactlyTenfoldIsNoJump",
             {figure(xa, "2023-01", "ho_ngheo", 30, "hộ"),
              figure(xa, "2023-02", "ho_ngheo", 300, "hộ")},
             {}},
        Case{"FromZeroIsNoJump",
             {figure(xa, "2023-01", "ho_ngheo", 0, "hộ"),
              figure(xa, "2023-02", "ho_ngheo", 300, "hộ")},
             {}},
        Case{"RunningTotalDropInJanuaryIsNoJump",
             {figure(xa, "2023-12", luy_ke, 12000), figure(xa, "2024-01", luy_ke, 900)},
             {}},
        Case{"DecimalsAddUpDespiteRounding",
             {figure(xa, "2023-10", luy_ke, 0.1, "ha"), figure(xa, "2023-11", thu, 0.2, "ha"),
              figure(xa, "2023-11", luy_ke, 0.3, "ha")},
             {}}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(Trend, CumulativeMismatchMessageShowsTheSum) {
    auto warnings =
        check({figure(xa, "2023-10", luy_ke, 8283340602), figure(xa, "2023-11", thu, 1327732848),
               figure(xa, "2023-11", luy_ke, 9611073451)});
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].metric, luy_ke);
    EXPECT_EQ(warnings[0].related, std::vector<std::string>{thu});
    EXPECT_EQ(warnings[0].message,
              "running total 9.611.073.451 ≠ previous 8.283.340.602 (2023-10) + this month's "
              "1.327.732.848 = 9.611.073.450 (difference 1)");
}

TEST(Trend, WarningsOfARelatedMetricAreShownWithIt) {
    std::vector<FigureRow> rows = {figure(xa, "2023-10", luy_ke, 1000),
                                   figure(xa, "2023-11", thu, 300),
                                   figure(xa, "2023-11", luy_ke, 1400)};
    EXPECT_EQ(check(rows, thu).size(), 1u) << "a trend of the monthly figure shows it too";
    EXPECT_EQ(check(rows, luy_ke).size(), 1u);
    EXPECT_TRUE(check(rows, "ho_ngheo").empty());
}

TEST(Trend, JumpsOfOtherMetricsAreNotShown) {
    std::vector<FigureRow> rows = {figure(xa, "2023-01", "a", 1), figure(xa, "2023-02", "a", 100),
                                   figure(xa, "2023-01", "b", 1), figure(xa, "2023-02", "b", 2)};
    EXPECT_TRUE(check(rows, "b").empty());
    EXPECT_EQ(check(rows, "a").size(), 1u);
    EXPECT_EQ(check(rows).size(), 1u);
}

TEST(ConsistencyRules, ShippedTableNamesTheBudgetRelations) {
    EXPECT_TRUE(rules().is_cumulative(luy_ke));
    EXPECT_FALSE(rules().is_cumulative(thu));
    EXPECT_EQ(rules().related(du), (std::vector<std::string>{chi_luy_ke, luy_ke}));
    EXPECT_EQ(rules().jump_factor, 10);
}

TEST(ConsistencyRules, UnknownCheckNamesTheFile) {
    auto folder = std::filesystem::temp_directory_path() / "baocao-consistency-test";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "consistency.tsv") << "check\tmetric\tof\tminus\naverage\ta\tb\t-\n";
    auto dictionaries = baocao::Dictionaries::load(folder.string());
    try {
        ConsistencyRules::load(dictionaries);
        FAIL() << "expected an error";
    } catch (const baocao::Error& e) {
        EXPECT_NE(std::string(e.what()).find("consistency.tsv: unknown check 'average' for 'a'; "
                                             "use 'cumulative' or 'balance'"),
                  std::string::npos)
            << e.what();
    }
    std::filesystem::remove_all(folder);
}

TEST(ConsistencyRules, AbsentTableMeansNoRelations) {
    auto folder = std::filesystem::temp_directory_path() / "baocao-consistency-empty";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "other.tsv") << "a\n";
    ConsistencyRules none = ConsistencyRules::load(baocao::Dictionaries::load(folder.string()));
    EXPECT_TRUE(none.cumulatives.empty());
    EXPECT_TRUE(none.balances.empty());
    std::filesystem::remove_all(folder);
}

} // namespace
