// The SVG chart: well-formed XML with the texts a reader needs, and, drawn by
// a real renderer (rsvg-convert), a picture with the lines in their colours.
#include "../test_support.h"
#include "baocao/trend.h"
#include "trend_rows.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

namespace {

using baocao::ConsistencyRules;
using baocao::Trend;
using baocao::TrendData;
using baocao::test::figure;

namespace fs = std::filesystem;

// Three communes over fourteen months; the second misses two months.
Trend sample() {
    TrendData data;
    const char* communes[] = {"UBND xã An Thạnh", "UBND xã Bình Minh & Đông",
                              "UBND thị trấn Lai Cách"};
    for (int c = 0; c < 3; ++c) {
        for (int m = 0; m < 14; ++m) {
            if (c == 1 && (m == 5 || m == 6)) {
                continue;
            }
            baocao::YearMonth period{2023 + (m / 12), m % 12 + 1};
            double value = 8e8 + c * 3e8 + 2e8 * std::sin(m * 0.7 + c);
            data.figures.push_back(
                figure(communes[c], period.str(), "tong_thu_ngan_sach", std::round(value)));
        }
    }
    return baocao::build_trend(data, "tong_thu_ngan_sach", ConsistencyRules{}, {},
                               "Tổng thu ngân sách");
}

fs::path write_sample(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / "baocao-trend-svg";
    fs::create_directories(dir);
    fs::path path = dir / name;
    std::ofstream(path, std::ios::binary) << baocao::render_svg_chart(sample());
    return path;
}

TEST(Trend, SvgHasTitleMonthsNumbersAndLegend) {
    std::string svg = baocao::render_svg_chart(sample());
    EXPECT_NE(svg.find("Tổng thu ngân sách (VND)"), std::string::npos);
    EXPECT_NE(svg.find(">01/2023<"), std::string::npos);
    EXPECT_NE(svg.find(">01/2024<"), std::string::npos);
    EXPECT_NE(svg.find(".000.000<"), std::string::npos) << "Vietnamese thousands";
    EXPECT_NE(svg.find("UBND xã Bình Minh &amp; Đông"), std::string::npos);
    EXPECT_NE(svg.find("font-family=\"sans-serif\""), std::string::npos);
    EXPECT_EQ(svg.find("font-family=\"Arial"), std::string::npos);
    // The commune with a gap is drawn as two pieces.
    EXPECT_NE(svg.find(" M"), std::string::npos);
}

TEST(Trend, SvgIsWellFormedXml) {
    fs::path path = write_sample("wellformed.svg");
    int status = 0;
    std::string output = baocao::test::shell(
        "python3 -c 'import sys, xml.etree.ElementTree as E; "
        "r = E.parse(sys.argv[1]).getroot(); print(r.tag, r.get(\"width\"), r.get(\"height\"))' " +
            path.string() + " 2>&1",
        &status);
    EXPECT_EQ(status, 0) << output;
    EXPECT_EQ(output, "{http://www.w3.org/2000/svg}svg 960 540\n");
}

TEST(Trend, SvgWithoutValuesSaysSo) {
    Trend empty;
    empty.metric = "m";
    std::string svg = baocao::render_svg_chart(empty);
    EXPECT_NE(svg.find("no values in this range"), std::string::npos);
    EXPECT_NE(svg.find("</svg>"), std::string::npos);
}

TEST(Trend, SvgOfOneMonthIsAPointPerCommune) {
    TrendData data;
    data.figures = {figure("UBND thị trấn Lai Cách", "2023-11", "tong_thu_ngan_sach", 1327732848)};
    std::string svg = baocao::render_svg_chart(
        baocao::build_trend(data, "tong_thu_ngan_sach", ConsistencyRules{}, {}));
    EXPECT_NE(svg.find("<circle"), std::string::npos);
    EXPECT_NE(svg.find(">11/2023<"), std::string::npos);
}

TEST(Trend, SvgChartRendersLinesAndLabels) {
    if (baocao::test::shell("command -v rsvg-convert").empty()) {
        GTEST_SKIP() << "rsvg-convert not installed (Debian package librsvg2-bin)";
    }
    fs::path svg = write_sample("chart.svg");
    fs::path png = svg;
    png.replace_extension(".png");
    int status = 0;
    std::string log = baocao::test::shell(
        "rsvg-convert -f png -o " + png.string() + " " + svg.string() + " 2>&1", &status);
    ASSERT_EQ(status, 0) << log;
    // Regions: the title band, the month labels under the plot, the legend.
    std::string stats = baocao::test::shell(
        "python3 " + baocao::test::source_path("tests/trend/png_stats.py") + " " + png.string() +
        " --colour '#1f77b4' --colour '#ff7f0e' --colour '#2ca02c'"
        " --region 0,0,960,40 --region 0,484,700,510"
        " --region 700,72,960,140 2>&1");
    auto json = nlohmann::json::parse(stats, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << stats;
    EXPECT_EQ(json["width"], 960);
    EXPECT_EQ(json["height"], 540);
    EXPECT_GT(json["nonwhite"].get<int>(), 5000) << "not a blank picture";
    for (const char* colour : {"#1f77b4", "#ff7f0e", "#2ca02c"}) {
        EXPECT_GT(json["colours"][colour].get<int>(), 300) << colour << " line missing";
    }
    EXPECT_GT(json["regions"][0].get<int>(), 300) << "title text missing";
    EXPECT_GT(json["regions"][1].get<int>(), 300) << "month labels missing";
    EXPECT_GT(json["regions"][2].get<int>(), 300) << "legend missing";
}

} // namespace
