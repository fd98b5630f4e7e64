// How a trend is written: Vietnamese numbers, sparklines, JSON and CSV.
#include "baocao/trend.h"
#include "trend_rows.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using baocao::ConsistencyRules;
using baocao::Trend;
using baocao::TrendData;
using baocao::test::figure;

struct NumberCase {
    double value;
    int decimals;
    const char* text;
};

class TrendNumber : public testing::TestWithParam<NumberCase> {};

TEST_P(TrendNumber, WrittenTheVietnameseWay) {
    EXPECT_EQ(baocao::format_number_vi(GetParam().value, GetParam().decimals), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Trend, TrendNumber,
    testing::Values(NumberCase{1327732848, 2, "1.327.732.848"}, NumberCase{0.74, 2, "0,74"},
                    NumberCase{0.7400000000000001, 2, "0,74"}, NumberCase{8505.3, 2, "8.505,3"},
                    NumberCase{-1234.5, 2, "-1.234,5"}, NumberCase{1000, 2, "1.000"},
                    NumberCase{999, 0, "999"}, NumberCase{2.6, 0, "3"}, NumberCase{-0.001, 2, "0"},
                    NumberCase{100, 2, "100"}, NumberCase{123456, 2, "123.456"}),
    // Stable names: the default printer dumps the struct's bytes, padding
    // included, which changes from run to run and breaks test discovery.
    [](const testing::TestParamInfo<NumberCase>& param) {
        return "Case" + std::to_string(param.index);
    });

TEST(Trend, SparklineSpansMinimumToMaximumWithGaps) {
    EXPECT_EQ(baocao::sparkline({1.0, 8.0, std::nullopt, 4.5}), "▁█ ▅");
    EXPECT_EQ(baocao::sparkline({5.0, 5.0}), "▄▄");
    EXPECT_EQ(baocao::sparkline({}), "");
}

Trend sample() {
    TrendData data;
    data.figures = {
        figure("UBND thị trấn Lai Cách", "2023-11", "tong_thu_ngan_sach", 1327732848, "VND",
               "results", "Tổng thu ngân sách tháng 11/2023"),
        figure("UBND thị trấn Lai Cách", "2024-01", "tong_thu_ngan_sach", 1.25e9, "VND", "results",
               "Tổng thu NS, tháng \"1\""),
    };
    return baocao::build_trend(data, "tong_thu_ngan_sach", ConsistencyRules{}, {},
                               "Tổng thu ngân sách");
}

TEST(Trend, JsonHasTheDocumentedFields) {
    auto json = nlohmann::json::parse(baocao::trend_to_json(sample()));
    EXPECT_EQ(json["metric"], "tong_thu_ngan_sach");
    EXPECT_EQ(json["unit"], "VND");
    ASSERT_EQ(json["series"].size(), 3u);
    const auto& first = json["series"][0];
    for (const char* key : {"issuer", "period", "value", "unit", "change", "change_pct", "label",
                            "source", "section"}) {
        EXPECT_TRUE(first.contains(key)) << key;
    }
    EXPECT_EQ(first["value"], 1327732848) << "an integer, not 1.327732848e9";
    EXPECT_EQ(first["period"], "2023-11");
    EXPECT_TRUE(json["series"][1]["value"].is_null());
    EXPECT_EQ(json["series"][2]["value"], 1250000000);
    EXPECT_TRUE(json["warnings"].is_array());
}

TEST(Trend, CsvQuotesTextAndLeavesGapsEmpty) {
    std::string csv = baocao::trend_to_csv(sample());
    EXPECT_EQ(csv, "issuer,period,value,unit,change,change_pct,label,source,section\r\n"
                   "UBND thị trấn Lai Cách,2023-11,1327732848,VND,,,Tổng thu ngân sách tháng "
                   "11/2023,UBND thị trấn Lai Cách/2023-11.txt,1\r\n"
                   "UBND thị trấn Lai Cách,2023-12,,,,,,,\r\n"
                   "UBND thị trấn Lai Cách,2024-01,1250000000,VND,,,\"Tổng thu NS, tháng "
                   "\"\"1\"\"\",UBND thị trấn Lai Cách/2024-01.txt,1\r\n");
}

} // namespace
