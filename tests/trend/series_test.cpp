// build_trend: one row per calendar month, gaps as gaps, change against the
// month before, and which value a month shows.
#include "../test_support.h"
#include "baocao/trend.h"
#include "trend_rows.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using baocao::ConsistencyRules;
using baocao::ReportKind;
using baocao::Trend;
using baocao::TrendData;
using baocao::TrendOptions;
using baocao::test::figure;
using baocao::test::month;
using baocao::test::report;

const std::string xa = "UBND xã An Thạnh";

Trend trend_of(const TrendData& data, const std::string& metric = "tong_thu_ngan_sach",
               TrendOptions options = {}) {
    return baocao::build_trend(data, metric, ConsistencyRules{}, options);
}

TEST(Trend, GapMonthIsNullNotZero) {
    TrendData data;
    data.figures = {figure(xa, "2023-01", "tong_thu_ngan_sach", 100),
                    figure(xa, "2023-03", "tong_thu_ngan_sach", 120)};
    Trend trend = trend_of(data);
    ASSERT_EQ(trend.series.size(), 1u);
    const auto& points = trend.series[0].points;
    ASSERT_EQ(points.size(), 3u);
    EXPECT_EQ(points[1].period, month("2023-02"));
    EXPECT_FALSE(points[1].value.has_value());
    EXPECT_FALSE(points[1].reported);
    EXPECT_FALSE(points[2].change.has_value()) << "no change across a gap";
    auto json = nlohmann::json::parse(baocao::trend_to_json(trend));
    const auto& gap = json["series"][1];
    EXPECT_EQ(gap["period"], "2023-02");
    EXPECT_TRUE(gap["value"].is_null()) << gap;
    EXPECT_TRUE(gap["change"].is_null()) << gap;
    EXPECT_EQ(json["series"][2]["value"], 120);
}

TEST(Trend, ReportWithoutTheFigureIsAGapWithItsSource) {
    TrendData data;
    data.reports = {report(xa, "2023-01"), report(xa, "2023-02"), report(xa, "2023-03")};
    data.figures = {figure(xa, "2023-01", "tong_thu_ngan_sach", 100),
                    figure(xa, "2023-03", "tong_thu_ngan_sach", 120)};
    Trend kept = trend_of(data);
    const auto& point = kept.series[0].points[1];
    EXPECT_FALSE(point.value.has_value());
    EXPECT_TRUE(point.reported);
    EXPECT_EQ(point.source, xa + "/2023-02.txt");
}

struct ChangeCase {
    const char* name;
    double before;
    double after;
    std::optional<double> change;
    std::optional<double> change_pct;
};

class TrendChange : public testing::TestWithParam<ChangeCase> {};

TEST_P(TrendChange, AgainstThePreviousCalendarMonth) {
    const ChangeCase& c = GetParam();
    TrendData data;
    data.figures = {figure(xa, "2023-11", "m", c.before), figure(xa, "2023-12", "m", c.after)};
    Trend kept = trend_of(data, "m");
    const auto& point = kept.series[0].points[1];
    EXPECT_EQ(point.change, c.change);
    if (c.change_pct) {
        ASSERT_TRUE(point.change_pct.has_value());
        EXPECT_NEAR(*point.change_pct, *c.change_pct, 1e-9);
    } else {
        EXPECT_FALSE(point.change_pct.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Trend, TrendChange,
    testing::Values(ChangeCase{"Rise", 100, 150, 50.0, 50.0},
                    ChangeCase{"Fall", 200, 150, -50.0, -25.0},
                    ChangeCase{"FromZeroHasNoPercent", 0, 7, 7.0, std::nullopt},
                    ChangeCase{"FromNegativeUsesMagnitude", -10, 5, 15.0, 150.0}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(Trend, ChangeCrossesTheYear) {
    TrendData data;
    data.figures = {figure(xa, "2023-12", "m", 10), figure(xa, "2024-01", "m", 12)};
    Trend kept = trend_of(data, "m");
    const auto& points = kept.series[0].points;
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[1].change, 2.0);
}

TEST(Trend, PlanPartTargetsAreLeftOut) {
    TrendData data;
    data.figures = {figure(xa, "2023-11", "ty_le_tham_gia_bhyt", 93.5, "percent"),
                    figure(xa, "2023-11", "ty_le_tham_gia_bhyt", 95, "percent", "plan")};
    Trend trend = trend_of(data, "ty_le_tham_gia_bhyt");
    ASSERT_EQ(trend.series[0].points.size(), 1u);
    EXPECT_EQ(trend.series[0].points[0].value, 93.5);
    EXPECT_TRUE(trend.warnings.empty());
}

TEST(Trend, MonthlyReportWinsOverQuarterly) {
    TrendData data;
    data.reports = {report(xa, "2023-03", ReportKind::quarterly)};
    data.reports.back().report = "quarter";
    data.reports.back().source = "a-quarter.txt";
    data.reports.push_back(report(xa, "2023-03"));
    auto quarterly = figure(xa, "2023-03", "m", 900);
    quarterly.report = "quarter";
    quarterly.source = "a-quarter.txt";
    data.figures = {quarterly, figure(xa, "2023-03", "m", 300)};
    Trend trend = trend_of(data, "m");
    EXPECT_EQ(trend.series[0].points[0].value, 300.0);
    ASSERT_EQ(trend.warnings.size(), 1u);
    EXPECT_EQ(trend.warnings[0].kind, baocao::WarningKind::duplicate);
}

TEST(Trend, SameValueTwiceInOneMonthIsNoWarning) {
    TrendData data;
    data.figures = {figure(xa, "2023-03", "m", 300), figure(xa, "2023-03", "m", 300)};
    EXPECT_TRUE(trend_of(data, "m").warnings.empty());
}

TEST(Trend, FirstOfTwoDifferentValuesIsShownAndWarned) {
    TrendData data;
    data.figures = {figure(xa, "2023-03", "m", 300), figure(xa, "2023-03", "m", 310)};
    Trend trend = trend_of(data, "m");
    EXPECT_EQ(trend.series[0].points[0].value, 300.0);
    ASSERT_EQ(trend.warnings.size(), 1u);
    EXPECT_NE(trend.warnings[0].message.find("310"), std::string::npos);
}

TEST(Trend, OneSeriesPerIssuerSortedByName) {
    TrendData data;
    data.figures = {figure("UBND xã B", "2023-01", "m", 1), figure("UBND xã A", "2023-02", "m", 2),
                    figure("UBND xã A", "2023-01", "m", 3)};
    Trend trend = trend_of(data, "m");
    ASSERT_EQ(trend.series.size(), 2u);
    EXPECT_EQ(trend.series[0].issuer, "UBND xã A");
    EXPECT_EQ(trend.series[0].points.size(), 2u);
    EXPECT_EQ(trend.series[1].issuer, "UBND xã B");
    EXPECT_EQ(trend.series[1].points.size(), 1u);
}

TEST(Trend, FromAndToShowGapsAtTheEnds) {
    TrendData data;
    data.figures = {figure(xa, "2023-05", "m", 1)};
    TrendOptions options;
    options.from = month("2023-04");
    options.to = month("2023-07");
    Trend kept = trend_of(data, "m", options);
    const auto& points = kept.series[0].points;
    ASSERT_EQ(points.size(), 4u);
    EXPECT_EQ(points.front().period, month("2023-04"));
    EXPECT_FALSE(points.front().value.has_value());
    EXPECT_EQ(points[1].value, 1.0);
    EXPECT_FALSE(points.back().value.has_value());
}

TEST(Trend, UnitIsTheMostFrequent) {
    TrendData data;
    data.figures = {figure(xa, "2023-01", "m", 1, "ha"), figure(xa, "2023-02", "m", 2, "ha"),
                    figure(xa, "2023-03", "m", 30000, "m2")};
    Trend trend = trend_of(data, "m");
    EXPECT_EQ(trend.unit, "ha");
    ASSERT_EQ(trend.warnings.size(), 1u);
    EXPECT_EQ(trend.warnings[0].kind, baocao::WarningKind::unit);
    EXPECT_EQ(trend.warnings[0].period, month("2023-03"));
}

TEST(Trend, SelectRowsMatchesIssuerWordsWithoutDiacritics) {
    TrendData data;
    data.reports = {report("UBND thị trấn Lai Cách", "2023-11"), report(xa, "2023-11")};
    data.figures = {figure("UBND thị trấn Lai Cách", "2023-11", "m", 1),
                    figure(xa, "2023-11", "m", 2), figure(xa, "2023-12", "m", 3)};
    const auto& normalizer = baocao::test::context().normalizer;
    TrendData lai = baocao::select_rows(data, normalizer, "lai cach", {}, {});
    ASSERT_EQ(lai.figures.size(), 1u);
    EXPECT_EQ(lai.figures[0].value, 1.0);
    EXPECT_EQ(lai.reports.size(), 1u);
    TrendData december = baocao::select_rows(data, normalizer, "", month("2023-12"), {});
    ASSERT_EQ(december.figures.size(), 1u);
    EXPECT_EQ(december.figures[0].value, 3.0);
    EXPECT_TRUE(baocao::select_rows(data, normalizer, "Lai Xá", {}, {}).figures.empty());
}

TEST(Trend, AppendRowsAddsAReportOnce) {
    baocao::Report report;
    report.sha256 = "abc";
    report.issuer = xa;
    report.period = month("2023-11");
    report.kind = ReportKind::monthly;
    report.source = "a.txt";
    baocao::Findings findings;
    baocao::Figure f;
    f.metric = "tong_thu_ngan_sach";
    f.value = 1327732848;
    f.unit = "VND";
    f.part = "results";
    findings.figures.push_back(f);
    TrendData data;
    baocao::append_rows(report, findings, data);
    report.source = "copy-of-a.txt";
    baocao::append_rows(report, findings, data);
    ASSERT_EQ(data.reports.size(), 1u);
    ASSERT_EQ(data.figures.size(), 1u);
    EXPECT_EQ(data.figures[0].source, "a.txt");
    EXPECT_EQ(data.figures[0].period, month("2023-11"));
}

} // namespace
