// extract() on hand-made Reports: which numbers become figures, references,
// directives and deadlines, and what odd input says.
#include "baocao/extract.h"

#include "vocabulary.h"

#include <gtest/gtest.h>

namespace baocao {
namespace {

Report report_with(const std::vector<std::pair<std::string, std::string>>& paragraphs,
                   YearMonth period = {2023, 11}, YearMonth plan = {2023, 12}) {
    Report report;
    report.source = "r.txt";
    report.period = period;
    report.plan_period = plan;
    for (const auto& [part, text] : paragraphs) {
        Section section;
        section.part = part;
        section.number = "1";
        section.title = "Công tác tài chính";
        Paragraph paragraph;
        paragraph.text = text;
        paragraph.page = 2;
        section.paragraphs.push_back(paragraph);
        report.sections.push_back(section);
    }
    return report;
}

Findings run(const Report& report) {
    const auto& v = test::vocabulary();
    return extract(report, v.dictionaries, v.normalizer);
}

struct FigureCase {
    const char* text;
    double value;
    const char* unit;
    std::optional<double> of;
};

TEST(ExtractFigures, ValueUnitAndDenominator) {
    const FigureCase cases[] = {
        {"Tổng thu ngân sách tháng 11/2023 là: 1.327.732.848đ.", 1327732848, "VND", {}},
        {"mức phạt: 6,5 triệu đồng;", 6500000, "VND", {}},
        {"Giá máy = 160.000đ/ sào.", 160000, "VND/sào", {}},
        {"khối lượng = 1.950m3 từ ngày 20/11/2023", 1950, "m3", {}},
        {"Giao kế hoạch cho các thôn là 25 ha.", 25, "ha", {}},
        {"Tổng số hộ nghèo: 33 hộ/4.474 hộ", 33, "hộ", 4474},
        {"có 77/85 nam công dân đủ điều kiện", 77, "công dân", 85},
        {"Tuyên truyền PCCC ( khoảng hơn 100 người).", 100, "người", {}},
        {"Cố ý gây thương tích (01) vụ xảy ra", 1, "vụ", {}},
        {"Tổng số sinh trong tháng là 13 (trong đó", 13, "", {}},
        {"tiêm phòng đạt trên 99%.", 99, "percent", {}},
        {"diện tích lúa đạt 8.505,3 ha, bằng 97,8% KH", 8505.3, "ha", {}},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"results", c.text}}));
        ASSERT_GE(findings.figures.size(), 1u) << c.text;
        const Figure& f = findings.figures[0];
        EXPECT_DOUBLE_EQ(f.value, c.value) << c.text;
        EXPECT_EQ(f.unit, c.unit) << c.text;
        EXPECT_EQ(f.of, c.of) << c.text;
        EXPECT_EQ(f.part, "results");
        EXPECT_EQ(f.section, "1");
    }
}

TEST(ExtractFigures, PercentAfterACountIsItsShare) {
    auto findings = run(report_with({{"results", "Tổng số hộ nghèo: 33 hộ/4.474 hộ (0,74 %)."}}));
    ASSERT_EQ(findings.figures.size(), 2u);
    EXPECT_EQ(findings.figures[1].unit, "percent");
    EXPECT_DOUBLE_EQ(findings.figures[1].value, 0.74);
    EXPECT_EQ(findings.figures[1].metric, findings.figures[0].metric + "_ty_le");
}

TEST(ExtractFigures, PercentAfterAFractionAndDatIsItsShare) {
    auto findings = run(report_with({{"results", "số hộ đã kiểm đếm 14/28 hộ, đạt 50%."}}));
    ASSERT_EQ(findings.figures.size(), 2u);
    EXPECT_EQ(findings.figures[0].label, "số hộ đã kiểm đếm");
    EXPECT_EQ(findings.figures[1].metric, findings.figures[0].metric + "_ty_le");
    EXPECT_EQ(findings.figures[1].label, findings.figures[0].label);
}

TEST(ExtractFigures, PercentOfANamedBaseIsItsOwnMetric) {
    // "dự toán năm" is a metrics.tsv wording: the share of the annual budget
    // estimate, not of the amount before it.
    auto findings = run(report_with(
        {{"results", "luỹ kế thu ngân sách 5.172.067.846 đồng, bằng 27,2% dự toán năm."}}));
    ASSERT_EQ(findings.figures.size(), 2u);
    EXPECT_EQ(findings.figures[0].metric, "luy_ke_thu_ngan_sach");
    EXPECT_EQ(findings.figures[1].metric, "ty_le_thu_du_toan");
    EXPECT_EQ(findings.figures[1].label, "dự toán năm");
}

TEST(ExtractFigures, KnownWordingAcrossACommaNamesTheMetric) {
    auto findings = run(report_with({{"results", "Khám, chữa bệnh có thẻ BHYT: 210 người."}}));
    ASSERT_EQ(findings.figures.size(), 1u);
    EXPECT_EQ(findings.figures[0].metric, "kham_chua_benh_bhyt");
    EXPECT_EQ(findings.figures[0].label, "Khám, chữa bệnh có thẻ BHYT");
}

TEST(ExtractFigures, QuarterTotalIsNotTheMonthlySeries) {
    auto findings =
        run(report_with({{"results", "Thu ngân sách quý III/2022: 3.982.751.560 đồng; "
                                     "thu ngân sách tháng 9/2022: 1.250.000.000 đồng."}}));
    ASSERT_EQ(findings.figures.size(), 2u);
    EXPECT_EQ(findings.figures[0].metric, "tong_thu_ngan_sach_quy");
    EXPECT_EQ(findings.figures[1].metric, "tong_thu_ngan_sach");
}

TEST(ExtractFigures, UnitIsNotRepeatedInALabelThatNamesIt) {
    auto findings = run(report_with({{"results", "số hộ hiến đất 16 hộ; Lập 04 hồ sơ."}}));
    ASSERT_EQ(findings.figures.size(), 2u);
    EXPECT_EQ(findings.figures[0].label, "số hộ hiến đất");
    EXPECT_EQ(findings.figures[1].label, "Lập hồ sơ"); // a short verb needs what it counts
}

TEST(ExtractFigures, WordsAfterAFigureDoNotNameTheNextOne) {
    auto findings =
        run(report_with({{"results", "xảy ra 1 vụ trộm cắp tài sản, 2 vụ tai nạn giao thông."}}));
    ASSERT_EQ(findings.figures.size(), 2u);
    EXPECT_EQ(findings.figures[0].metric, "vu_trom_cap");
    EXPECT_EQ(findings.figures[1].metric, "tai_nan_giao_thong");
}

TEST(ExtractFigures, MetricKeyDropsThePeriod) {
    auto findings = run(report_with({{"results", "Tổng thu NS tháng 12 là: 1.000.000đ."}}));
    ASSERT_EQ(findings.figures.size(), 1u);
    EXPECT_EQ(findings.figures[0].label, "Tổng thu NS tháng 12");
    EXPECT_EQ(findings.figures[0].metric, "tong_thu_ngan_sach");
}

TEST(ExtractFigures, NumbersThatAreNotFigures) {
    const char* cases[] = {
        "Kỷ niệm 93 năm ngày thành lập Mặt trận 18/11;",
        "hiến đất làm đường giao thông từ đường 394A qua thôn",
        "giải tỏa hành lang dọc tuyến quốc lộ 5A",
        "cài đặt ứng dụng “ Báo cháy 114”.",
        "Duy trì công tác thường trực 24/24 giờ.",
        "thực hiện Nghị quyết số 43/2022/QH15 ngày 11/01/2022",
        "kỳ họp thứ 7 - HĐND thị trấn Khóa XX",
        "định danh mức 2, kích hoạt tài khoản",
        "gói thầu số 01 – Thi công",
        "NCT từ 60 đến 79 chưa có BHYT, trẻ dưới 6 tuổi",
        "nhiệm kỳ 2024 – 2029, giai đoạn 2021-2025",
        "theo ISO 9001:2015 (Năm 2023)",
        "quản lý bền vững dịch bệnh COVID-19",
        "Đối tượng Nguyễn Văn A, sn 1977",
    };
    for (const char* text : cases) {
        auto findings = run(report_with({{"results", text}}));
        EXPECT_TRUE(findings.figures.empty()) << text << " gave " << findings.figures[0].raw;
    }
}

TEST(ExtractFigures, MeasureAfterANameWordIsAFigure) {
    // "tuyến", "lô", "đường" before a number name a route or a lot; a
    // physical measure after the number makes it a quantity again.
    const FigureCase cases[] = {
        {"đã bê tông hoá xong, chiều dài tuyến 1,4 km, kinh phí", 1.4, "km", {}},
        {"nạo vét kênh tuyến 2 dài; tuyến 350 m3 đất", 350, "m3", {}},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"results", c.text}}));
        ASSERT_EQ(findings.figures.size(), 1u) << c.text;
        EXPECT_DOUBLE_EQ(findings.figures[0].value, c.value) << c.text;
        EXPECT_EQ(findings.figures[0].unit, c.unit) << c.text;
    }
    for (const char* text : {"dọc tuyến 394 qua thôn", "đấu giá lô 12 khu dân cư"}) {
        EXPECT_TRUE(run(report_with({{"results", text}})).figures.empty()) << text;
    }
}

TEST(ExtractFigures, CountingNounsOfCivilStatusAndCulture) {
    const FigureCase cases[] = {
        {"Đăng ký kết hôn: 8 cặp;", 8, "cặp", {}},
        {"Chứng thực bản sao: 327 bản.", 327, "bản", {}},
        {"số trang sổ hộ tịch đã số hoá: 1.179/2.475 trang.", 1179, "trang", 2475},
        {"quân số tham gia huấn luyện 48/49 đồng chí.", 48, "đồng chí", 49},
        {"số đơn vị đã nộp quyết toán 4/7 đơn vị.", 4, "đơn vị", 7},
        {"năng suất bình quân ước đạt 66,2 tạ/ha.", 66.2, "tạ/ha", {}},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"results", c.text}}));
        ASSERT_EQ(findings.figures.size(), 1u) << c.text;
        const Figure& f = findings.figures[0];
        EXPECT_DOUBLE_EQ(f.value, c.value) << c.text;
        EXPECT_EQ(f.unit, c.unit) << c.text;
        EXPECT_EQ(f.of, c.of) << c.text;
    }
}

TEST(ExtractFigures, MixedSeparatorsGiveADiagnostic) {
    auto findings =
        run(report_with({{"results", "Diện tích gieo cấy 1,327.5 ha."}, {"plan", "Duy trì."}}));
    EXPECT_TRUE(findings.figures.empty());
    ASSERT_EQ(findings.diagnostics.size(), 1u);
    EXPECT_EQ(findings.diagnostics[0].format(),
              "r.txt:p2: section 1: ambiguous number '1,327.5' ('.' and ',' are not in the "
              "Vietnamese order (dot for thousands, comma for decimals)); not read as a figure, "
              "check it by hand");
}

TEST(ExtractFigures, TableLikeBlockGivesADiagnostic) {
    auto findings =
        run(report_with({{"results", "Thôn 1 12 15 18 20 Thôn 2 30 35 40 45 Thôn 3 11 12 13 14"},
                         {"plan", "Duy trì."}}));
    EXPECT_TRUE(findings.figures.empty());
    ASSERT_EQ(findings.diagnostics.size(), 1u) << findings.diagnostics.back().format();
    EXPECT_EQ(findings.diagnostics[0].format(),
              "r.txt:p2: section 1: a table-like block of 15 numbers with few words was not read "
              "as figures; check the table by hand or enter its figures separately");
}

struct ReferenceCase {
    const char* text;
    const char* kind;
    const char* number;
    std::optional<Date> date;
};

TEST(ExtractReferences, KindNumberAndDate) {
    const ReferenceCase cases[] = {
        {"Xây dựng Thông báo số 76/TB-UBND ngày 03/11/2023 về việc", "Thông báo", "76/TB-UBND",
         Date{2023, 11, 3}},
        {"theo Nghị định 131/2021/NĐ-CP quy định", "Nghị định", "131/2021/NĐ-CP", {}},
        {"Chỉ thị số 33-CT/HU ngày 31/8/2023 của Ban Thường vụ", "Chỉ thị", "33-CT/HU",
         Date{2023, 8, 31}},
        {"Thực hiện Công văn số 1171 của UBND huyện", "Công văn", "1171", {}},
        {"triển khai thực hiện Đề án 06/CP trên địa bàn.", "Đề án", "06/CP", {}},
        {"theo 22/KH-UBND thị trấn", "Kế hoạch", "22/KH-UBND", {}},
        {"Quyết định số 1234/QĐ-UBND ngày 5 tháng 12 năm 2023", "Quyết định", "1234/QĐ-UBND",
         Date{2023, 12, 5}},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"results", c.text}}));
        ASSERT_EQ(findings.references.size(), 1u) << c.text;
        EXPECT_EQ(findings.references[0].kind, c.kind) << c.text;
        EXPECT_EQ(findings.references[0].number, c.number) << c.text;
        EXPECT_EQ(findings.references[0].date, c.date) << c.text;
        EXPECT_TRUE(findings.figures.empty()) << c.text;
    }
}

TEST(ExtractReferences, KindWordWithoutNumberIsNoReference) {
    auto findings = run(report_with(
        {{"results", "Tiếp tục thực hiện Kế hoạch CCHC năm 2023; kế hoạch 5 năm 2021 - 2025."}}));
    EXPECT_TRUE(findings.references.empty());
}

struct DeadlineCase {
    const char* text;
    std::optional<Date> deadline;
    const char* raw;
};

TEST(ExtractDirectives, StatedDeadlines) {
    const DeadlineCase cases[] = {
        {"Chỉ đạo các ngành hoàn thiện báo cáo (gửi trước ngày 15/12/2023).", Date{2023, 12, 15},
         "trước ngày 15/12/2023"},
        {"Đôn đốc các thôn nộp báo cáo chậm nhất 30/12/2023 hoàn thành.", Date{2023, 12, 30},
         "chậm nhất 30/12/2023"},
        {"Tổ chức hội nghị đánh giá (xong trước ngày 11/12/2023).", Date{2023, 12, 11},
         "xong trước ngày 11/12/2023"},
        {"Tổ chức hội nghị xếp loại vào sáng ngày 05/12/2023", Date{2023, 12, 5},
         "vào sáng ngày 05/12/2023"},
        {"Xây dựng Kế hoạch đón Bằng (dự kiến tổ chức vào ngày 23-24/12/2023).", Date{2023, 12, 24},
         "dự kiến tổ chức vào ngày 23-24/12/2023"},
        {"Hoàn thành báo cáo, gửi về UBND chậm nhất ngày 20/12.", Date{2023, 12, 20},
         "chậm nhất ngày 20/12"},
        {"Tuyên truyền việc khám tuyển nghĩa vụ quân sự vào ngày 01/12/2023.", {}, ""},
        {"Tuyên truyền kỷ niệm 79 năm ngày thành lập QĐNDVN (22/12/1944-22/12/2023).", {}, ""},
        {"Thực hiện Chỉ thị số 05/CT-UBND ngày 05/02/2020 của UBND huyện.", {}, ""},
        {"Xây dựng dự toán thu chi ngân sách năm 2024.", {}, ""},
        // The day work begins is no deadline; the end of its window is.
        {"Tổ chức tiêm phòng đợt 2 cho đàn gia súc (thời gian: từ ngày 05/12/2023).", {}, ""},
        {"Tổng vệ sinh môi trường từ ngày 01/12/2023 đến hết ngày 15/12/2023.", Date{2023, 12, 15},
         "đến hết ngày 15/12/2023"},
        {"Tuần tra bảo đảm ANTT từ ngày 01/12 đến 10/12/2023.", Date{2023, 12, 10},
         "đến 10/12/2023"},
        {"Tổ chức Ngày hội Đại đoàn kết tại các thôn từ ngày 10-18/12/2023.", Date{2023, 12, 18},
         "từ ngày 10-18/12/2023"},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"plan", c.text}}));
        ASSERT_EQ(findings.directives.size(), 1u) << c.text;
        const Directive& d = findings.directives[0];
        EXPECT_EQ(d.deadline, c.deadline) << c.text;
        EXPECT_EQ(d.deadline_raw, c.raw) << c.text;
        EXPECT_EQ(d.text, c.text);
        EXPECT_EQ(d.id, "2023-12:1:1");
    }
}

// A plan written as a table (dictionaries/table_columns.tsv): the header
// row is no task; a task is its content cell, its deadline from the row.
TEST(ExtractDirectives, PlanTableRowsAreTasks) {
    auto findings = run(report_with(
        {{"plan", "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành"},
         {"plan", "1 | Tổ chức tiêm phòng vắc xin Lở mồm long móng đợt 1 năm 2024 cho đàn trâu, "
                  "bò | Thú y viên | Trước 25/5/2024"},
         {"plan", "2 | Xây dựng kế hoạch thu hoạch lúa xuân | Công chức Địa chính - Nông nghiệp "
                  "| Trong tháng 5/2024"}},
        {2024, 4}, {2024, 5}));
    ASSERT_EQ(findings.directives.size(), 2u);
    EXPECT_EQ(findings.directives[0].text,
              "Tổ chức tiêm phòng vắc xin Lở mồm long móng đợt 1 năm 2024 cho đàn trâu, bò");
    EXPECT_EQ(findings.directives[0].deadline, (Date{2024, 5, 25}));
    EXPECT_EQ(findings.directives[1].text, "Xây dựng kế hoạch thu hoạch lúa xuân");
    EXPECT_EQ(findings.directives[1].deadline, (Date{2024, 5, 31}));
    // Without a header the task is the longest cell.
    auto bare = run(report_with({{"plan", "3\tRa quân tổng vệ sinh môi trường thôn Bái Dương\t"
                                          "Trưởng thôn\tTrước 19/5/2024"}},
                                {2024, 4}, {2024, 5}));
    ASSERT_EQ(bare.directives.size(), 1u);
    EXPECT_EQ(bare.directives[0].text, "Ra quân tổng vệ sinh môi trường thôn Bái Dương");
}

// A task with its details on lines of their own ("Thời gian: …", "Phân
// công: …", named like the columns of a plan table): one task, its deadline
// read from the detail. The same line with no task above it is a task.
TEST(ExtractDirectives, DetailLinesUnderATaskAreNoTasks) {
    auto findings = run(report_with(
        {{"plan", "2. Vận động nhân dân chuyển đổi 40 ha đất lúa thiếu nước sang trồng bắp."},
         {"plan", "Thời gian: trước ngày 20/5/2024."},
         {"plan", "Phân công: công chức Địa chính - Nông nghiệp; HTX NN."},
         {"plan", "3. Lắp đặt 02 cống ngăn mặn tạm tại cửa lạch Bàu Trâm."}},
        {2024, 4}, {2024, 5}));
    ASSERT_EQ(findings.directives.size(), 2u);
    EXPECT_EQ(findings.directives[0].deadline, (Date{2024, 5, 20}));
    EXPECT_EQ(findings.directives[1].text,
              "3. Lắp đặt 02 cống ngăn mặn tạm tại cửa lạch Bàu Trâm.");
    auto alone =
        run(report_with({{"plan", "Thời gian: trước ngày 20/5/2024."}}, {2024, 4}, {2024, 5}));
    EXPECT_EQ(alone.directives.size(), 1u);
}

// The same details joined to the task's paragraph (a line under a dashed
// task): the task's text ends before them, its deadline is read from them.
// Details in brackets on the task's own line stay in its text.
TEST(ExtractDirectives, DetailsJoinedToATaskAreCutFromItsText) {
    auto findings = run(report_with(
        {{"plan", "- Hoàn thiện hồ sơ quyết toán công trình Nhà văn hóa TDP 11. Đơn vị thực "
                  "hiện: Ban quản lý dự án phường; thời gian: trước ngày 20/5/2024."},
         {"plan", "- Tổ chức giải bóng chuyền hơi nữ giữa các TDP Thời gian: đầu tháng 5/2024."},
         {"plan", "- Tổ chức Chợ hoa tại khu vực chợ xã (Chủ trì: công chức Văn hóa - Xã hội; "
                  "thời gian: trước ngày 25/5/2024)."}},
        {2024, 4}, {2024, 5}));
    ASSERT_EQ(findings.directives.size(), 3u);
    EXPECT_EQ(findings.directives[0].text,
              "- Hoàn thiện hồ sơ quyết toán công trình Nhà văn hóa TDP 11.");
    EXPECT_EQ(findings.directives[0].deadline, (Date{2024, 5, 20}));
    EXPECT_EQ(findings.directives[1].text, "- Tổ chức giải bóng chuyền hơi nữ giữa các TDP");
    EXPECT_EQ(findings.directives[2].deadline, (Date{2024, 5, 25}));
    EXPECT_NE(findings.directives[2].text.find("(Chủ trì:"), std::string::npos);
}

TEST(ExtractDirectives, YearOfShortDeadlineFromPlanPeriod) {
    auto findings =
        run(report_with({{"plan", "Nộp hồ sơ chậm nhất ngày 20/4."}}, {2024, 3}, {2024, 4}));
    ASSERT_EQ(findings.directives.size(), 1u);
    EXPECT_EQ(findings.directives[0].deadline, (Date{2024, 4, 20}));
}

TEST(ExtractDirectives, MonthOnlyDeadlineIsTheLastDayOfThatMonth) {
    struct Case {
        const char* text;
        YearMonth period;
        YearMonth plan;
        std::optional<Date> deadline;
        const char* raw;
    };
    const Case cases[] = {
        {"Tổ chức giải bóng đá năm 2022 trong tháng 03/2022.",
         {2022, 2},
         {2022, 3},
         Date{2022, 3, 31},
         "trong tháng 03/2022"},
        {"Hoàn thiện hồ sơ cấp giấy chứng nhận trong tháng 12/2022.",
         {2022, 11},
         {2022, 12},
         Date{2022, 12, 31},
         "trong tháng 12/2022"},
        // Without a year: the year of the plan period, also across the new year.
        {"Sửa chữa hệ thống loa truyền thanh trong tháng 1.",
         {2023, 12},
         {2024, 1},
         Date{2024, 1, 31},
         "trong tháng 1"},
        {"Rà soát hộ nghèo trong tháng 02.",
         {2024, 1},
         {2024, 2},
         Date{2024, 2, 29},
         "trong tháng 02"},
        // A stated day is stronger than the month.
        {"Trong tháng 12/2023 hoàn thành, nộp báo cáo trước ngày 20/12/2023.",
         {2023, 11},
         {2023, 12},
         Date{2023, 12, 20},
         "trước ngày 20/12/2023"},
        // A month named as a period, not as a time limit.
        {"Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành của tháng 11/2023.",
         {2023, 11},
         {2023, 12},
         {},
         ""},
        // A month already over is a past period, not the plan's deadline.
        {"Khắc phục các tồn tại phát sinh trong tháng 11/2023.", {2023, 11}, {2023, 12}, {}, ""},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"plan", c.text}}, c.period, c.plan));
        ASSERT_EQ(findings.directives.size(), 1u) << c.text;
        EXPECT_EQ(findings.directives[0].deadline, c.deadline) << c.text;
        EXPECT_EQ(findings.directives[0].deadline_raw, c.raw) << c.text;
    }
}

TEST(ExtractDirectives, RecurringDayIsThatDayOfThePlanMonth) {
    struct Case {
        const char* text;
        std::optional<Date> deadline;
        const char* raw;
    };
    const Case cases[] = {
        {"Đôn đốc các thôn nộp phí VSMT về UBND trước ngày 15 hằng tháng.", Date{2023, 12, 15},
         "trước ngày 15 hằng tháng"},
        {"Đảm bảo chi trả lương đúng quy định trước ngày 5 hàng tháng.", Date{2023, 12, 5},
         "trước ngày 5 hàng tháng"},
        // "hàng" elsewhere is an ordinary word.
        {"Kiểm tra các cửa hàng tạp hóa ngày 5 hàng hóa nhập về.", {}, ""},
    };
    for (const auto& c : cases) {
        auto findings = run(report_with({{"plan", c.text}}));
        ASSERT_EQ(findings.directives.size(), 1u) << c.text;
        EXPECT_EQ(findings.directives[0].deadline, c.deadline) << c.text;
        EXPECT_EQ(findings.directives[0].deadline_raw, c.raw) << c.text;
    }
}

TEST(ExtractReferences, ReportsOwnNumberIsNoCitation) {
    Report report = report_with({{"results", "Số: 54/BC-UBND"},
                                 {"results", "Thực hiện Báo cáo số 50/BC-UBND của UBND huyện."}});
    report.report_number = "54/BC-UBND";
    auto findings = run(report);
    ASSERT_EQ(findings.references.size(), 1u);
    EXPECT_EQ(findings.references[0].number, "50/BC-UBND");
    EXPECT_TRUE(findings.figures.empty());
}

TEST(ExtractDirectives, ActionAfterLeadWords) {
    auto findings = run(report_with({{"plan", "- Tiếp tục rà soát các trường hợp cấp GCNQSD."}}));
    ASSERT_EQ(findings.directives.size(), 1u);
    EXPECT_EQ(findings.directives[0].action, "rà soát");
}

// "Giao <office>: task; task; task." is a line of one office's tasks: one
// directive each, with its own deadline. One task, or no name before ':'
// ("Giao nhận quân: …"), leaves the paragraph whole.
TEST(ExtractDirectives, AnOfficesLineOfTasksIsOneDirectivePerTask) {
    auto findings = run(report_with(
        {{"plan", "Giao Công an phường: tăng cường tuần tra bảo đảm ANTT khu vực chợ; tổ chức "
                  "diễn tập phương án chữa cháy trước ngày 20/12/2023; thu nhận hồ sơ cấp thẻ "
                  "căn cước cho trẻ em."},
         {"plan", "Giao Trạm Y tế: tổ chức tiêm chủng mở rộng; kiểm tra."},
         {"plan", "Giao công chức Tư pháp: rà soát dữ liệu hộ tịch; cập nhật sổ hộ tịch."},
         {"plan", "Giao nhận quân: bàn giao hồ sơ công dân nhập ngũ; tổ chức lễ giao quân."},
         {"plan", "Giao Ban Chỉ huy Quân sự: duy trì trực sẵn sàng chiến đấu."}}));
    std::vector<std::string> texts;
    for (const auto& d : findings.directives) {
        texts.push_back(d.text);
    }
    EXPECT_EQ(texts, (std::vector<std::string>{
                         "tăng cường tuần tra bảo đảm ANTT khu vực chợ",
                         "tổ chức diễn tập phương án chữa cháy trước ngày 20/12/2023",
                         "thu nhận hồ sơ cấp thẻ căn cước cho trẻ em",
                         "Giao Trạm Y tế: tổ chức tiêm chủng mở rộng; kiểm tra.",
                         "rà soát dữ liệu hộ tịch", "cập nhật sổ hộ tịch",
                         "Giao nhận quân: bàn giao hồ sơ công dân nhập ngũ; tổ chức lễ giao quân.",
                         "Giao Ban Chỉ huy Quân sự: duy trì trực sẵn sàng chiến đấu."}));
    ASSERT_EQ(findings.directives.size(), 8u);
    EXPECT_FALSE(findings.directives[0].deadline);
    EXPECT_EQ(findings.directives[1].deadline, (Date{2023, 12, 20}));
    EXPECT_FALSE(findings.directives[2].deadline);
    EXPECT_EQ(findings.directives[2].id, "2023-12:1:3");
}

TEST(ExtractDirectives, SubheadingIsNoTask) {
    auto findings = run(report_with({{"plan", "- Công tác y tế:"}, {"plan", "Duy trì trực."}}));
    ASSERT_EQ(findings.directives.size(), 1u);
    EXPECT_EQ(findings.directives[0].text, "Duy trì trực.");
}

// A sentence however long that ends with ':' introduces the tasks under it;
// a task that ends its sentence before the colon's list stays a task.
TEST(ExtractDirectives, ALeadInSentenceIsNoTask) {
    auto findings = run(report_with(
        {{"plan", "Để hoàn thành các chỉ tiêu năm 2025, UBND phường giao nhiệm vụ cụ thể cho "
                  "các bộ phận như sau:"},
         {"plan", "Tổ chức Hội nghị sơ kết 6 tháng đầu năm."},
         {"plan", "Ra quân dọn vệ sinh. Các khu phố thực hiện:"}}));
    ASSERT_EQ(findings.directives.size(), 2u);
    EXPECT_EQ(findings.directives[0].text, "Tổ chức Hội nghị sơ kết 6 tháng đầu năm.");
    EXPECT_EQ(findings.directives[1].text, "Ra quân dọn vệ sinh. Các khu phố thực hiện:");
}

// A field of the plan written as one paragraph of sentences holds one task per
// sentence, each with its own deadline. A dot inside a name does not cut.
TEST(ExtractDirectives, AFieldWrittenAsProseHasOneTaskPerSentence) {
    auto findings = run(report_with(
        {{"plan", "Chỉ đạo các thôn thu hoạch dứt điểm diện tích sắn trước ngày 15/12/2023. "
                  "Phối hợp Công ty Mía đường TP. Tuy Hòa ký hợp đồng bao tiêu mía. Xong "
                  "trước 20/12/2023. "
                  "Trạm Y tế xã tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi."}}));
    ASSERT_EQ(findings.directives.size(), 3u);
    EXPECT_EQ(findings.directives[0].text,
              "Chỉ đạo các thôn thu hoạch dứt điểm diện tích sắn trước ngày 15/12/2023.");
    EXPECT_EQ(findings.directives[0].deadline, (Date{2023, 12, 15}));
    // The name keeps its dot; the short sentence after the task is its own.
    EXPECT_EQ(findings.directives[1].text, "Phối hợp Công ty Mía đường TP. Tuy Hòa ký hợp đồng "
                                           "bao tiêu mía. Xong trước 20/12/2023.");
    EXPECT_EQ(findings.directives[1].deadline, (Date{2023, 12, 20}));
    EXPECT_EQ(findings.directives[2].text,
              "Trạm Y tế xã tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi.");
}

// Where the writer breaks a field into paragraphs, or marks the task with a
// dash, the paragraph is the task, however many sentences it has.
TEST(ExtractDirectives, AParagraphAmongOthersOrAMarkedTaskIsOneTask) {
    Report report = report_with({{"plan", "- Tổ chức khám tuyển NVQS cho nam công dân. Hoàn "
                                          "thành hồ sơ giao quân trước 20/12/2023."}});
    Section& section = report.sections[0];
    Paragraph second = section.paragraphs[0];
    second.text = "Duy trì công tác thường trực 24/24 giờ. Thực hiện tốt công tác chuyên môn.";
    section.paragraphs.push_back(second);
    auto findings = run(report);
    ASSERT_EQ(findings.directives.size(), 2u);
    EXPECT_EQ(findings.directives[1].text, second.text);
    Report alone = report_with({{"plan", "- Tổ chức khám tuyển NVQS cho nam công dân. Hoàn "
                                         "thành hồ sơ giao quân trước 20/12/2023."}});
    EXPECT_EQ(run(alone).directives.size(), 1u);
}

TEST(ExtractDirectives, PromisedPlanPartMissingGivesADiagnostic) {
    auto findings = run(report_with({{"results", "Thu ngân sách là: 1.000đ."}}));
    EXPECT_TRUE(findings.directives.empty());
    EXPECT_EQ(findings.figures.size(), 1u);
    ASSERT_EQ(findings.diagnostics.size(), 1u);
    EXPECT_EQ(findings.diagnostics[0].format(),
              "r.txt: the title names a plan month (2023-12) but no plan part was found, so no "
              "directives were extracted; check the Part II heading against "
              "dictionaries/sections.tsv");
}

TEST(ExtractDirectives, ReportWithoutPlanIsStillRead) {
    // The segmenter says there is no plan part; extract adds nothing.
    auto findings = run(report_with({{"results", "Thu ngân sách là: 1.000đ."}}, {2023, 11}, {}));
    EXPECT_EQ(findings.figures.size(), 1u);
    EXPECT_TRUE(findings.diagnostics.empty());
}

TEST(ExtractDirectives, UnknownPeriodLeavesShortDatesUnresolved) {
    auto findings = run(report_with({{"plan", "Nộp hồ sơ chậm nhất ngày 20/4."}}, {}, {}));
    ASSERT_EQ(findings.directives.size(), 1u);
    EXPECT_FALSE(findings.directives[0].deadline);
    ASSERT_EQ(findings.diagnostics.size(), 1u);
    EXPECT_EQ(findings.diagnostics[0].format(),
              "r.txt: the report's period is unknown, so deadlines without a year were not "
              "resolved; check the title names the month");
}

TEST(Extract, EmptyReportDoesNotCrash) {
    Report report;
    report.source = "empty.txt";
    auto findings = run(report);
    EXPECT_TRUE(findings.figures.empty());
    EXPECT_TRUE(findings.diagnostics.empty());
}

} // namespace
} // namespace baocao
