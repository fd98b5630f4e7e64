// MetricVocabulary: what the user types → the metric meant, with the shipped
// dictionaries (metrics.tsv variants, abbreviations.tsv).
#include "../test_support.h"
#include "baocao/trend.h"
#include "trend_rows.h"

#include <gtest/gtest.h>

namespace {

using baocao::MetricCandidate;
using baocao::MetricSummary;
using baocao::MetricVocabulary;
using baocao::TrendData;
using baocao::test::figure;

const MetricVocabulary& vocabulary() {
    static const MetricVocabulary loaded(baocao::test::context().dictionaries,
                                         baocao::test::context().normalizer);
    return loaded;
}

// Metrics as the real report and the synthetic corpus name them.
std::vector<MetricSummary> known() {
    const std::string a = "UBND thị trấn Lai Cách";
    const std::string b = "UBND xã An Thạnh";
    TrendData data;
    data.figures = {
        figure(a, "2023-11", "tong_thu_ngan_sach", 1327732848, "VND", "results",
               "Tổng thu ngân sách tháng 11/2023"),
        figure(a, "2023-12", "tong_thu_ngan_sach", 1400000000, "VND", "results",
               "Tổng thu NS tháng 12"),
        figure(a, "2023-11", "luy_ke_thu_ngan_sach", 9611073450, "VND", "results", "Lũy kế thu"),
        figure(a, "2023-11", "tong_chi_ngan_sach", 1333191777, "VND", "results",
               "Tổng chi ngân sách tháng 11/2023"),
        figure(a, "2023-11", "kham_phu_khoa", 154, "lượt", "results", "Khám phụ khoa"),
        figure(a, "2023-11", "dieu_tri_phu_khoa", 98, "lượt", "results", "Điều trị phụ khoa"),
        figure(a, "2023-11", "tong_so_ho_ngheo_xet_duyet_theo_tieu_chi", 33, "hộ", "results",
               "Tổng số hộ nghèo xét duyệt theo tiêu chí"),
        figure(a, "2023-11", "tong_so_ho_ngheo_xet_duyet_theo_tieu_chi_ty_le", 0.74, "percent",
               "results", "Tổng số hộ nghèo xét duyệt theo tiêu chí"),
        figure(b, "2023-10", "ho_ngheo", 31, "hộ", "results", "Tổng số hộ nghèo"),
        figure(b, "2023-11", "ho_ngheo", 30, "hộ", "results", "Tổng số hộ nghèo"),
        figure(b, "2023-11", "ho_can_ngheo", 40, "hộ", "results", "tổng số hộ cận nghèo"),
        figure(b, "2023-11", "ty_le_tham_gia_bhyt", 93.1, "percent", "results",
               "Tỷ lệ người dân tham gia BHYT"),
    };
    return baocao::summarize_metrics(data, vocabulary());
}

struct Case {
    const char* name;
    const char* typed;
    const char* metric; // the one chosen; "" when none is chosen
    MetricCandidate::Match match;
};

class TrendResolve : public testing::TestWithParam<Case> {};

TEST_P(TrendResolve, ChoosesTheMetricMeant) {
    const Case& c = GetParam();
    auto resolution = vocabulary().resolve(c.typed, known());
    const MetricCandidate* chosen = resolution.chosen();
    if (std::string(c.metric).empty()) {
        EXPECT_EQ(chosen, nullptr) << chosen->summary.metric;
        return;
    }
    ASSERT_NE(chosen, nullptr) << "candidates: " << resolution.candidates.size();
    EXPECT_EQ(chosen->summary.metric, c.metric);
    EXPECT_EQ(chosen->match, c.match);
}

INSTANTIATE_TEST_SUITE_P(
    Trend, TrendResolve,
    testing::Values(
        Case{"ResolvesMetricWithDiacritics", "tổng thu ngân sách", "tong_thu_ngan_sach",
             MetricCandidate::Match::key},
        Case{"ResolvesMetricWithoutDiacritics", "tong thu ngan sach", "tong_thu_ngan_sach",
             MetricCandidate::Match::key},
        Case{"ResolvesUpperCase", "TỔNG THU NGÂN SÁCH", "tong_thu_ngan_sach",
             MetricCandidate::Match::key},
        Case{"ResolvesTheKeyItself", "tong_thu_ngan_sach", "tong_thu_ngan_sach",
             MetricCandidate::Match::key},
        Case{"ResolvesAbbreviatedVariant", "tong thu NS", "tong_thu_ngan_sach",
             MetricCandidate::Match::variant},
        Case{"ResolvesNsnnVariant", "tổng thu NSNN", "tong_thu_ngan_sach",
             MetricCandidate::Match::variant},
        Case{"ResolvesVariantOfAnotherKey", "lũy kế thu", "luy_ke_thu_ngan_sach",
             MetricCandidate::Match::variant},
        Case{"ResolvesLabelWords", "khám phụ khoa", "kham_phu_khoa", MetricCandidate::Match::key},
        Case{"ResolvesHoNgheoToItsKey", "hộ nghèo", "ho_ngheo", MetricCandidate::Match::key},
        Case{"ResolvesAbbreviationInTheLabel", "tham gia bảo hiểm y tế", "ty_le_tham_gia_bhyt",
             MetricCandidate::Match::phrase},
        Case{"ResolvesWordsOutOfOrder", "bhyt ty le", "ty_le_tham_gia_bhyt",
             MetricCandidate::Match::words},
        Case{"AmbiguousWordsChooseNothing", "phụ khoa", "", MetricCandidate::Match::words},
        Case{"UnknownWordsChooseNothing", "sản lượng cá", "", MetricCandidate::Match::words}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(Trend, AmbiguousMetricListsCandidatesWithMonthCounts) {
    auto resolution = vocabulary().resolve("phụ khoa", known());
    EXPECT_EQ(resolution.chosen(), nullptr);
    ASSERT_EQ(resolution.candidates.size(), 2u);
    for (const auto& candidate : resolution.candidates) {
        EXPECT_EQ(candidate.match, MetricCandidate::Match::phrase);
        EXPECT_EQ(candidate.summary.months, 1u);
        EXPECT_EQ(candidate.summary.communes, 1u);
        EXPECT_EQ(candidate.summary.unit, "lượt");
    }
    EXPECT_EQ(resolution.candidates[0].summary.metric, "kham_phu_khoa") << "shorter key first";
}

TEST(Trend, CandidatesRankCloserKeysFirst) {
    auto resolution = vocabulary().resolve("ngheo", known());
    ASSERT_GE(resolution.candidates.size(), 3u);
    EXPECT_EQ(resolution.candidates[0].summary.metric, "ho_ngheo");
}

TEST(Trend, DirectKeysNeedNoData) {
    EXPECT_EQ(vocabulary().direct_keys("hộ nghèo"), std::vector<std::string>{"ho_ngheo"});
    auto keys = vocabulary().direct_keys("Tổng thu NS");
    ASSERT_GE(keys.size(), 2u);
    EXPECT_EQ(keys[0], "tong_thu_ns");
    EXPECT_EQ(keys[1], "tong_thu_ngan_sach");
}

TEST(Trend, DisplayNameIsTheFirstVariant) {
    EXPECT_EQ(vocabulary().display_name("tong_thu_ngan_sach", {"Tổng thu NS tháng 12"}),
              "Tổng thu ngân sách");
    EXPECT_EQ(vocabulary().display_name("kham_phu_khoa", {"Khám phụ khoa"}), "Khám phụ khoa");
    EXPECT_EQ(vocabulary().display_name("x_y", {}), "x_y");
}

TEST(Trend, SummaryCountsMonthsCommunesAndUnit) {
    auto all = known();
    auto it = std::find_if(all.begin(), all.end(),
                           [](const MetricSummary& s) { return s.metric == "tong_thu_ngan_sach"; });
    ASSERT_NE(it, all.end());
    EXPECT_EQ(it->months, 2u);
    EXPECT_EQ(it->communes, 1u);
    EXPECT_EQ(it->unit, "VND");
    EXPECT_EQ(it->first.str(), "2023-11");
    EXPECT_EQ(it->last.str(), "2023-12");
    EXPECT_EQ(it->name, "Tổng thu ngân sách");
}

} // namespace
