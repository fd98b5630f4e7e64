// `baocao trend` and `baocao metrics` as a user runs them, on the real report
// read with --from-files (no index needed).
#include "../test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

struct Result {
    std::string out;
    int status = -1;
};

// stdout only; stderr is merged when `with_errors`.
Result baocao_cli(const std::string& arguments, bool with_errors = false) {
    std::string command = "cd " + std::string(BAOCAO_SOURCE_DIR) + " && " + BAOCAO_BINARY + " " +
                          arguments + (with_errors ? " 2>&1" : " 2>/dev/null");
    Result result;
    result.out = baocao::test::shell(command, &result.status);
    return result;
}

const std::string real = " --from-files corpus/lai-cach-2023-11.txt";

TEST(TrendCli, RealReportGivesBudgetRevenueAsWritten) {
    Result r = baocao_cli("trend 'tổng thu ngân sách' --format json" + real);
    ASSERT_EQ(r.status, 0) << r.out;
    auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["metric"], "tong_thu_ngan_sach");
    EXPECT_EQ(json["unit"], "VND");
    ASSERT_EQ(json["series"].size(), 1u);
    const auto& row = json["series"][0];
    EXPECT_EQ(row["issuer"], "UBND thị trấn Lai Cách");
    EXPECT_EQ(row["period"], "2023-11");
    EXPECT_EQ(row["value"], 1327732848);
    EXPECT_EQ(row["label"], "Tổng thu ngân sách tháng 11/2023");
    EXPECT_EQ(row["source"], "corpus/lai-cach-2023-11.txt");
    EXPECT_EQ(row["section"], "1");
    EXPECT_TRUE(json["warnings"].empty()) << json["warnings"];
}

TEST(TrendCli, AbbreviatedMetricWithoutDiacriticsFindsTheSameSeries) {
    Result r = baocao_cli("trend tong thu NS --format csv" + real);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("UBND thị trấn Lai Cách,2023-11,1327732848,VND,"), std::string::npos)
        << r.out;
}

TEST(TrendCli, BalanceOfTheRealReportAddsUp) {
    Result r = baocao_cli("trend du_chuyen_sang_thang_sau --format json" + real);
    ASSERT_EQ(r.status, 0) << r.out;
    auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["series"][0]["value"], 2280139211);
    EXPECT_TRUE(json["warnings"].empty()) << json["warnings"];
}

TEST(TrendCli, TableShowsVietnameseNumbersAndASparkline) {
    Result r = baocao_cli("trend 'tổng thu ngân sách'" + real);
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Tổng thu ngân sách (VND)  [tong_thu_ngan_sach]"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("1.327.732.848"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("▄"), std::string::npos) << r.out;
}

TEST(TrendCli, AmbiguousMetricListsCandidatesAndExitsWithUsage) {
    Result r = baocao_cli("trend 'phụ khoa'" + real, true);
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find("did you mean"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("kham_phu_khoa  \"Khám phụ khoa\"  1 month, 1 commune"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("dieu_tri_phu_khoa"), std::string::npos) << r.out;
}

TEST(TrendCli, UnknownMetricSaysHowToListThem) {
    Result r = baocao_cli("trend 'sản lượng cá'" + real, true);
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find("no metric matches 'sản lượng cá'; run 'baocao metrics'"),
              std::string::npos)
        << r.out;
}

TEST(TrendCli, BadMonthIsAUsageError) {
    Result r = baocao_cli("trend m --from 11/2023" + real, true);
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find("--from 11/2023: not a month; write YYYY-MM"), std::string::npos) << r.out;
}

TEST(TrendCli, ChartIsWritten) {
    std::string chart = testing::TempDir() + "baocao-trend-cli.svg";
    Result r = baocao_cli("trend 'tổng thu ngân sách' --chart " + chart + real);
    ASSERT_EQ(r.status, 0) << r.out;
    FILE* file = fopen(chart.c_str(), "rb");
    ASSERT_NE(file, nullptr);
    std::array<char, 64> head{};
    std::size_t n = fread(head.data(), 1, head.size(), file);
    fclose(file);
    EXPECT_EQ(std::string(head.data(), n).rfind("<?xml", 0), 0u);
}

TEST(MetricsCli, ListsTheBudgetFigures) {
    Result r = baocao_cli("metrics --json" + real);
    ASSERT_EQ(r.status, 0) << r.out;
    auto json = nlohmann::json::parse(r.out);
    bool found = false;
    for (const auto& m : json) {
        if (m["metric"] == "tong_thu_ngan_sach") {
            found = true;
            EXPECT_EQ(m["unit"], "VND");
            EXPECT_EQ(m["months"], 1);
            EXPECT_EQ(m["communes"], 1);
            EXPECT_EQ(m["first"], "2023-11");
            EXPECT_EQ(m["last"], "2023-11");
        }
        EXPECT_NE(m["metric"], "may_cay_phai_dam_bao") << "plan-part targets are not series";
    }
    EXPECT_TRUE(found);
}

} // namespace
