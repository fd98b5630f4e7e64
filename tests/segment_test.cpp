#include "test_support.h"

#include <gtest/gtest.h>

using baocao::Report;
using baocao::ReportKind;
using baocao::test::segment_text;

namespace {

std::string report_with_title(const std::string& title) {
    return "UBND XÃ AN THẠNH\nSố: 52/BC-UBND\nAn Thạnh, ngày 25 tháng 11 năm 2023\nBÁO CÁO\n" +
           title + "\nI. KẾT QUẢ THỰC HIỆN\n1. Công tác tài chính\nThu ngân sách đạt 5 tỷ đồng.\n" +
           "II. PHƯƠNG HƯỚNG, NHIỆM VỤ\n1. Công tác tài chính\nXây dựng dự toán.\n";
}

} // namespace

TEST(Segment, PeriodAndPlanFromTitleForms) {
    struct Case {
        std::string title;
        std::string period;
        std::string plan;
        ReportKind kind;
    };
    const Case cases[] = {
        {"Kết quả thực hiện nhiệm vụ tháng 11; Phương hướng, nhiệm vụ tháng 12 năm 2023", "2023-11",
         "2023-12", ReportKind::monthly},
        {"Tình hình kinh tế - xã hội tháng 8 và công tác trọng tâm tháng 9 năm 2021", "2021-08",
         "2021-09", ReportKind::monthly},
        {"Kết quả công tác tháng 3/2024; nhiệm vụ trọng tâm tháng 4/2024", "2024-03", "2024-04",
         ReportKind::monthly},
        {"Kết quả tháng 12; phương hướng nhiệm vụ tháng 01 năm 2024", "2023-12", "2024-01",
         ReportKind::monthly},
        {"Kết quả tháng 12 năm 2023; phương hướng tháng 1 năm 2024", "2023-12", "2024-01",
         ReportKind::monthly},
        {"Kết quả thực hiện nhiệm vụ quý I năm 2023; nhiệm vụ quý II", "2023-03", "2023-04",
         ReportKind::quarterly},
        {"Kết quả 6 tháng đầu năm 2023; phương hướng nhiệm vụ 6 tháng cuối năm", "2023-06",
         "2023-07", ReportKind::six_month},
        {"Kết quả 9 tháng năm 2022; nhiệm vụ 3 tháng cuối năm", "2022-09", "2022-10",
         ReportKind::nine_month},
        {"KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11 NĂM 2023", "2023-11", "2023-12", ReportKind::monthly},
    };
    for (const auto& c : cases) {
        Report report = segment_text(report_with_title(c.title));
        EXPECT_EQ(report.period.str(), c.period) << c.title;
        EXPECT_EQ(report.plan_period.str(), c.plan) << c.title;
        EXPECT_EQ(report.kind, c.kind) << c.title;
    }
}

TEST(Segment, PeriodFromTitleWhenDateLineDisagrees) {
    // Signed in early December about November: the title wins.
    Report report = segment_text(
        "UBND XÃ AN THẠNH\nAn Thạnh, ngày 02 tháng 12 năm 2023\nBÁO CÁO\nKết quả tháng 11; "
        "phương hướng tháng 12 năm 2023\nI. KẾT QUẢ\n1. Công tác\nA.\nII. PHƯƠNG HƯỚNG\n1. Công "
        "tác\nB.\n");
    EXPECT_EQ(report.period.str(), "2023-11");
    ASSERT_TRUE(report.issued.has_value());
    EXPECT_EQ(report.issued->str(), "2023-12-02");
}

TEST(Segment, HeaderFields) {
    Report report =
        segment_text(report_with_title("Kết quả tháng 11; phương hướng tháng 12 năm 2023"));
    EXPECT_EQ(report.issuer, "UBND xã An Thạnh");
    EXPECT_EQ(report.report_number, "52/BC-UBND");
    EXPECT_EQ(report.date_line, "An Thạnh, ngày 25 tháng 11 năm 2023");
}

TEST(Segment, IssuerPrefersCommuneOverDistrictInStackedHeader) {
    Report report = segment_text("UBND HUYỆN CẨM GIÀNG\nUBND THỊ TRẤN LAI CÁCH\nBÁO CÁO\nKết quả "
                                 "tháng 5 năm 2022\nI. KẾT QUẢ\n1. Công tác\nA.\n");
    EXPECT_EQ(report.issuer, "UBND thị trấn Lai Cách");
}

TEST(Segment, NoPeriodGivesADiagnosticAndAPartialRecord) {
    Report report = segment_text("Một văn bản không có tiêu đề.\nI. KẾT QUẢ\n1. Công tác\nA.\n");
    EXPECT_FALSE(report.period.valid());
    bool found = false;
    for (const auto& d : report.diagnostics) {
        found = found || d.message.find("no period found") != std::string::npos;
    }
    EXPECT_TRUE(found);
    ASSERT_FALSE(report.sections.empty());
}

TEST(Segment, PartStyleWithFieldsLettersAndBullets) {
    Report report = segment_text(
        "ĐẢNG ỦY XÃ HÒA BÌNH\nBÁO CÁO\nKết quả tháng 6 năm 2022\nPHẦN I\nKẾT QUẢ THỰC HIỆN\n"
        "I. LĨNH VỰC KINH TẾ\n1. Sản xuất nông nghiệp\n1.1. Trồng trọt\na) Lúa\n- Gieo cấy 300 "
        "ha.\nb) Màu\n- Trồng 20 ha.\nII. LĨNH VỰC VĂN HÓA - XÃ HỘI\n1. Giáo dục\nTổ chức khai "
        "giảng.\nPHẦN II: PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 7\n1. Chỉ đạo thu hoạch\n- Thu hoạch lúa.\n");
    EXPECT_EQ(report.issuer, "Đảng ủy xã Hòa Bình");
    std::vector<std::string> numbers;
    for (const auto& s : report.sections) {
        if (!s.number.empty()) {
            numbers.push_back(s.part + ":" + s.number);
        }
    }
    std::vector<std::string> expected = {"results:I",       "results:I.1",     "results:I.1.1",
                                         "results:I.1.1.a", "results:I.1.1.b", "results:II",
                                         "results:II.1",    "plan:1"};
    EXPECT_EQ(numbers, expected);
    EXPECT_EQ(report.plan_period.str(), "2022-07");
}

TEST(Segment, NumberedLineOutOfSequenceStaysText) {
    Report report = segment_text("BÁO CÁO\nKết quả tháng 6 năm 2022\nI. KẾT QUẢ\n1. Công tác A\n"
                                 "2. Công tác B\nDanh sách:\n1. Ông Nguyễn Văn A được khen.\n");
    int headings = 0;
    for (const auto& s : report.sections) {
        headings += s.number.empty() ? 0 : 1;
    }
    EXPECT_EQ(headings, 2);
}

TEST(Segment, RealReportHeadingsPeriodAndIssuer) {
    auto file = baocao::process_file(baocao::test::source_path("corpus/lai-cach-2023-11.txt"),
                                     baocao::test::context(), baocao::Stage::segment);
    const Report& report = file.report;
    EXPECT_EQ(report.period.str(), "2023-11");
    EXPECT_EQ(report.plan_period.str(), "2023-12");
    EXPECT_EQ(report.issuer, "UBND thị trấn Lai Cách");
    const std::vector<std::string> numbers = {"1",   "2",   "3", "3.1", "3.2", "3.3",
                                              "3.4", "4",   "5", "5.1", "5.2", "6",
                                              "6.1", "6.2", "7", "8",   "9"};
    for (const char* part : {"results", "plan"}) {
        std::vector<std::string> found;
        for (const auto& s : report.sections) {
            if (s.part == part && !s.number.empty()) {
                found.push_back(s.number);
            }
        }
        EXPECT_EQ(found, numbers) << part;
    }
}

TEST(Segment, PdfAndTextOfRealReportAgree) {
    // The PDF is a rendering of the same text: every stage after ingest must
    // see the same report (paragraph for paragraph, heading for heading).
    auto txt = baocao::process_file(baocao::test::source_path("corpus/lai-cach-2023-11.txt"),
                                    baocao::test::context(), baocao::Stage::segment);
    auto pdf = baocao::process_file(baocao::test::source_path("corpus/lai-cach-2023-11.pdf"),
                                    baocao::test::context(), baocao::Stage::segment);
    ASSERT_FALSE(pdf.failed);
    EXPECT_EQ(pdf.report.period.str(), txt.report.period.str());
    EXPECT_EQ(pdf.report.issuer, txt.report.issuer);
    ASSERT_EQ(pdf.report.sections.size(), txt.report.sections.size());
    for (std::size_t i = 0; i < txt.report.sections.size(); ++i) {
        const auto& a = txt.report.sections[i];
        const auto& b = pdf.report.sections[i];
        EXPECT_EQ(b.number, a.number);
        EXPECT_EQ(b.title, a.title);
        ASSERT_EQ(b.paragraphs.size(), a.paragraphs.size()) << a.number;
        for (std::size_t k = 0; k < a.paragraphs.size(); ++k) {
            EXPECT_EQ(b.paragraphs[k].text, a.paragraphs[k].text);
        }
    }
}

TEST(Segment, StackedHeaderOrganAndUnitOnTwoLines) {
    Report report = segment_text("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nBÁO CÁO\nKết quả tháng 5; phương "
                                 "hướng nhiệm vụ tháng 6 năm 2022\nI. KẾT QUẢ\n1. Công tác\nA.\n");
    EXPECT_EQ(report.issuer, "UBND xã Tân Hòa");
}

TEST(Segment, PhuongHuongIsNotAWardName) {
    // No header: the body names the commune; "phương hướng" must not read as
    // "phường Hướng" once diacritics are ignored.
    Report report =
        segment_text("BÁO CÁO\nKết quả tháng 5 năm 2022\nI. KẾT QUẢ\n1. Công tác\n"
                     "Phương hướng của xã Tân Hòa. Phương hướng tiếp. Phương hướng nữa.\n");
    EXPECT_EQ(report.issuer, "UBND xã Tân Hòa");
}

// Some communes number the plan's tasks instead of dashing them: a numbered
// line that is a long finished sentence is a task (a paragraph), while a
// short numbered title still heads a section.
TEST(Segment, NumberedTasksOfThePlanAreParagraphs) {
    Report report = segment_text(
        "UBND PHƯỜNG AN BÌNH\nBÁO CÁO\nKết quả tháng 9; phương hướng tháng 10 năm 2024\n"
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9\n1. Lĩnh vực kinh tế\nThu ngân sách đạt 1,2 tỷ "
        "đồng.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 10\n1. Lĩnh vực kinh tế, đô thị\n"
        "2. Ra quân xử lý lấn chiếm vỉa hè tuyến phố Hàng Vó, hoàn thành trước ngày 20/10.\n"
        "3. Tổ chức kiểm tra an toàn thực phẩm tại các bếp ăn tập thể của 04 trường học.\n");
    std::vector<std::string> plan_titles;
    std::vector<std::string> plan_paragraphs;
    for (const auto& section : report.sections) {
        if (section.part != "plan") {
            continue;
        }
        plan_titles.push_back(section.title);
        for (const auto& paragraph : section.paragraphs) {
            plan_paragraphs.push_back(paragraph.text);
        }
    }
    EXPECT_EQ(plan_titles, (std::vector<std::string>{"Lĩnh vực kinh tế, đô thị"}));
    ASSERT_EQ(plan_paragraphs.size(), 2u);
    EXPECT_EQ(plan_paragraphs[0].rfind("2. Ra quân xử lý lấn chiếm vỉa hè", 0), 0u);
    EXPECT_EQ(plan_paragraphs[1].rfind("3. Tổ chức kiểm tra an toàn thực phẩm", 0), 0u);
}

namespace {

// "number|title|paragraph starts" of each section of one part, for the
// layout tests below.
std::vector<std::string> outline(const Report& report, const std::string& part) {
    std::vector<std::string> out;
    for (const auto& section : report.sections) {
        if (section.part != part) {
            continue;
        }
        std::string line = section.number + "|" + section.title + "|";
        for (const auto& paragraph : section.paragraphs) {
            // Its first two words.
            std::size_t space = paragraph.text.find(' ');
            line += paragraph.text.substr(0, space == std::string::npos
                                                 ? space
                                                 : paragraph.text.find(' ', space + 1)) +
                    ";";
        }
        out.push_back(line);
    }
    return out;
}

const char* const k_head = "UBND PHƯỜNG AN BÌNH\nBÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 11; "
                           "phương hướng, nhiệm vụ tháng 12 năm 2024\n";

} // namespace

// "a) Hội đồng NVQS phường họp giao ban …." is a sub-item that reports
// something: its text must stay a paragraph, or tracking and search lose it.
TEST(Segment, LetterItemThatIsASentenceKeepsItsText) {
    Report report = segment_text(
        std::string(k_head) +
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11\n1. Quốc phòng - an ninh\n"
        "a) Hội đồng NVQS phường họp giao ban ngày 06/11, hoàn thành phúc tra, lập danh sách 47 "
        "công dân.\nb) Đề án 06: thu nhận 93 hồ sơ cấp CCCD, trong đó 41 trường hợp từ đủ 14 "
        "tuổi.\nc) Công tác dân vận\n");
    EXPECT_EQ(outline(report, "results"),
              (std::vector<std::string>{"1|Quốc phòng - an ninh|", "1.a||Hội đồng;",
                                        "1.b|Đề án 06|Đề án;", "1.c|Công tác dân vận|"}));
}

// "A. LĨNH VỰC KINH TẾ" groups tasks numbered 1, 2, … across the groups;
// "KINH TẾ" alone on its line does the same without a letter.
TEST(Segment, FieldHeadingsGroupThePlansTasks) {
    Report lettered = segment_text(
        std::string(k_head) +
        "I. KẾT QUẢ\n1. Kinh tế\nThu ngân sách đạt 1,2 tỷ đồng.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ "
        "THÁNG 12\nA. LĨNH VỰC KINH TẾ, ĐÔ THỊ\n1. Lắp đặt camera tại ngõ 45 phố Hàng Vó.\n"
        "2. Xây dựng kế hoạch cải tạo hệ thống thoát nước ngõ Trại Cá.\nB. LĨNH VỰC VĂN HÓA - XÃ "
        "HỘI\n3. Tổ chức khám sức khỏe cho người cao tuổi.\n");
    EXPECT_EQ(outline(lettered, "plan"),
              (std::vector<std::string>{"A|LĨNH VỰC KINH TẾ, ĐÔ THỊ|1. Lắp;2. Xây;",
                                        "B|LĨNH VỰC VĂN HÓA - XÃ HỘI|3. Tổ;"}));
    Report capitals = segment_text(std::string(k_head) +
                                   "I. KẾT QUẢ\n1. Kinh tế\nThu ngân sách đạt 1,2 tỷ đồng.\nII. "
                                   "NHIỆM VỤ TRỌNG TÂM THÁNG 12\nKINH TẾ\n- Chăm sóc lúa Mùa.\n"
                                   "QUỐC PHÒNG - AN NINH\n- Duy trì trực SSCĐ.\n");
    EXPECT_EQ(outline(capitals, "plan"),
              (std::vector<std::string>{"|KINH TẾ|- Chăm;", "|QUỐC PHÒNG - AN NINH|- Duy;"}));
}

// A short numbered sentence followed by the next number is a task, however
// few its words; after the sub-items of "1. …, cụ thể:" the next task is
// the field's again, not the last sub-item's.
TEST(Segment, ShortNumberedTasksAndTasksAfterSubItems) {
    Report report = segment_text(
        std::string(k_head) +
        "I. KẾT QUẢ\n1. Kinh tế\nThu ngân sách đạt 1,2 tỷ đồng.\nII. NHIỆM VỤ TRỌNG TÂM THÁNG "
        "12\n1. Khắc phục hậu quả bão số 10, cụ thể:\na) Sửa chữa 37 nhà bị tốc mái tại TDP số 4 "
        "và TDP số 7.\nb) Khơi thông 2,8 km rãnh thoát nước tại TDP số 11.\n2. Duy trì trực "
        "ban.\n3. Tổ chức đăng ký NVQS.\n");
    EXPECT_EQ(outline(report, "plan"),
              (std::vector<std::string>{"1|Khắc phục hậu quả bão số 10, cụ thể:|", "1.a||Sửa chữa;",
                                        "1.b||Khơi thông;", "||2. Duy;3. Tổ;"}));
}

// The introduction after the title ("Thực hiện …, UBND phường báo cáo …
// như sau:") is not part of the title, whose month it would blur.
TEST(Segment, TitleEndsBeforeTheIntroduction) {
    Report report = segment_text(
        "UBND PHƯỜNG AN BÌNH\nBÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 9; phương hướng, nhiệm "
        "vụ tháng 10 năm 2025\nThực hiện chương trình công tác năm 2025; sau khi sắp xếp tổ chức "
        "chính quyền địa phương hai cấp từ ngày 01/7/2025, UBND phường báo cáo kết quả 03 tháng "
        "vận hành như sau:\nI. KẾT QUẢ\n1. Kinh tế\nThu ngân sách đạt 1,2 tỷ đồng.\n");
    EXPECT_EQ(report.title,
              "Kết quả thực hiện nhiệm vụ tháng 9; phương hướng, nhiệm vụ tháng 10 năm 2025");
    EXPECT_EQ(report.period.str(), "2025-09");
}

// A table exported as text ("STT | Nội dung | Kết quả | Ghi chú"): each row
// is one record, never joined with the next row into one paragraph.
TEST(Segment, TableRowsStayApart) {
    Report report =
        segment_text(std::string(k_head) +
                     "I. KẾT QUẢ THỰC HIỆN\n1. Lao động - thương binh và xã hội\n"
                     "STT | Nội dung | Kết quả tháng 11 | Ghi chú\n"
                     "1 | Chi trả trợ cấp BTXH | 491 đối tượng | Chi trả xong ngày 05/11\n"
                     "2 | Rà soát hộ nghèo có nhu cầu vay vốn | 38 hộ | Đang hoàn thiện hồ sơ\n"
                     "II. NHIỆM VỤ THÁNG 12\n1. Chi trả trợ cấp tháng 12.\n");
    EXPECT_EQ(outline(report, "results"),
              (std::vector<std::string>{"1|Lao động - thương binh và xã hội|STT |;1 |;2 |;"}));
}

// "A. KẾT QUẢ …" and "B. NHIỆM VỤ …" open the parts when the roman numerals
// under them are fields ("I. LĨNH VỰC KINH TẾ"); without this the report
// had no plan part and no directive.
TEST(Segment, LetteredPartsOverRomanFields) {
    Report report = segment_text(
        std::string(k_head) +
        "A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11\nI. LĨNH VỰC KINH TẾ\n1. Nông nghiệp\n+ Gieo "
        "cấy xong 215/215 ha lúa Mùa.\nII. VĂN HÓA - XÃ HỘI\n+ Tổ chức Đêm hội trăng rằm.\n"
        "B. NHIỆM VỤ THÁNG 12\nI. LĨNH VỰC KINH TẾ\n+ Chăm sóc lúa Mùa (hoàn thành trước "
        "15/12).\nII. VĂN HÓA - XÃ HỘI\n+ Tổ chức Hội khỏe Phù Đổng.\n");
    EXPECT_EQ(outline(report, "results"),
              (std::vector<std::string>{"I|LĨNH VỰC KINH TẾ|", "I.1|Nông nghiệp|+ Gieo;",
                                        "II|VĂN HÓA - XÃ HỘI|+ Tổ;"}));
    EXPECT_EQ(outline(report, "plan"), (std::vector<std::string>{"I|LĨNH VỰC KINH TẾ|+ Chăm;",
                                                                 "II|VĂN HÓA - XÃ HỘI|+ Tổ;"}));
}

// No heading opens the results: the roman fields before the plan's heading
// are them, each a field as under "PHẦN I".
TEST(Segment, RomanFieldsBeforeThePlanAreTheResults) {
    Report report = segment_text(
        std::string(k_head) +
        "I. LĨNH VỰC KINH TẾ\n1. Thu ngân sách đạt 1,2 tỷ đồng.\n2. Cấp 15 giấy phép kinh "
        "doanh.\nII. VĂN HÓA - XÃ HỘI\n1. Phun hóa chất diệt muỗi tại khu phố 3.\n"
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12\n1. Tổ chức phun hóa chất diệt muỗi tại khu phố "
        "2.\n2. Kiểm tra cơ sở kinh doanh karaoke.\n");
    EXPECT_EQ(
        outline(report, "results"),
        (std::vector<std::string>{"I|LĨNH VỰC KINH TẾ|", "I.1|Thu ngân sách đạt 1,2 tỷ đồng.|",
                                  "I.2|Cấp 15 giấy phép kinh doanh.|", "II|VĂN HÓA - XÃ HỘI|",
                                  "II.1|Phun hóa chất diệt muỗi tại khu phố 3.|"}));
    EXPECT_EQ(outline(report, "plan"), (std::vector<std::string>{"||1. Tổ;2. Kiểm;"}));
}

// A two-column header read as text puts the national motto between the
// organ and the unit; the body never names the commune with its unit.
TEST(Segment, TwoColumnHeaderWithTheMottoBetweenOrganAndUnit) {
    Report report = segment_text(
        "ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ PHƯỚC HÒA THƯỢNG                            Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 198/BC-UBND                  Phước Hòa Thượng, ngày 26 tháng 9 năm 2025\n\n"
        "BÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 9; phương hướng, nhiệm vụ tháng 10 năm 2025\n\n"
        "PHẦN A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9 NĂM 2025\nI. LĨNH VỰC KINH TẾ\n- Thu hoạch "
        "xong 420 ha lúa Hè Thu.\nPHẦN B. NHIỆM VỤ THÁNG 10\n+ Công an xã: Tuần tra bảo đảm "
        "ANTT.\n");
    EXPECT_EQ(report.issuer, "UBND xã Phước Hòa Thượng");
    // "PHẦN A." and "PHẦN B." open the parts like "PHẦN I" and "PHẦN II".
    EXPECT_EQ(outline(report, "results"), (std::vector<std::string>{"I|LĨNH VỰC KINH TẾ|- Thu;"}));
    EXPECT_EQ(outline(report, "plan"), (std::vector<std::string>{"||+ Công;"}));
}

// "Phần thứ nhất" alone on its line, its title in capitals on the next: an
// older clerk's layout (a northern border commune, 2023).
TEST(Segment, PartInWordsAloneOnItsLineTakesTheNextLineAsTitle) {
    Report report = segment_text(
        "BÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 10; phương hướng, nhiệm vụ tháng 11 năm 2023\n"
        "Phần thứ nhất\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10 NĂM 2023\nI. LĨNH VỰC KINH TẾ\n"
        "Thu hoạch xong 186 ha lúa mùa.\nPhần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 11 "
        "NĂM 2023\nI. LĨNH VỰC KINH TẾ\n1. Triển khai gieo trồng cây vụ đông năm 2023.\n");
    EXPECT_EQ(outline(report, "results"),
              (std::vector<std::string>{"I|LĨNH VỰC KINH TẾ|Thu hoạch;"}));
    EXPECT_EQ(outline(report, "plan"), (std::vector<std::string>{"I|LĨNH VỰC KINH TẾ|1. Triển;"}));
    EXPECT_EQ(report.plan_period.str(), "2023-11");
}

// A plan numbered straight through, where one task ends with ':' over its
// steps ("+ …"): the item and its steps are one task. Where the numbered
// lines are fields ("1. Kinh tế:" over "- " tasks) the bullets stay tasks.
TEST(Segment, ANumberedTaskWithStepsIsOneParagraph) {
    Report report = segment_text(
        std::string(k_head) +
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12\n1. Nạo vét cống trên đường Bến Lội.\n"
        "2. Lập lại trật tự lòng lề đường khu vực chợ Bến Lội:\n+ Lập biên bản các trường hợp "
        "tái lấn chiếm;\n+ Vận động tiểu thương ký cam kết.\n3. Thu thuế sử dụng đất phi nông "
        "nghiệp.\n");
    EXPECT_EQ(outline(report, "plan"), (std::vector<std::string>{"||1. Nạo;2. Lập;3. Thu;"}));
    Report fields = segment_text(std::string(k_head) +
                                 "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12\n1. Kinh tế:\n- Thu hoạch "
                                 "lúa.\n- Thu thuế.\n2. Văn hóa - xã hội:\n- Tổ chức lễ hội.\n");
    EXPECT_EQ(outline(fields, "plan"),
              (std::vector<std::string>{"1|Kinh tế:|- Thu;- Thu;", "2|Văn hóa - xã hội:|- Tổ;"}));
}

// Tasks grouped by who does them ("1. Giao Văn phòng:" over "- " tasks), one
// group with its single task on its line: the groups after it are groups
// still, not tasks with steps.
TEST(Segment, GroupsByOfficeWithOneTaskOnTheGroupsLine) {
    Report report = segment_text(
        std::string(k_head) +
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12\n1. Giao Văn phòng - Thống kê:\n- Tham mưu tổ "
        "chức Hội nghị tổng kết năm 2024.\n- Tiếp nhận hồ sơ TTHC đúng hạn.\n2. Giao Trạm Y tế "
        "phường:\n- Giám sát dịch sốt xuất huyết.\n3. Giao công chức Tư pháp - Hộ tịch: tiếp tục "
        "rà soát, chuẩn hóa dữ liệu hộ tịch đã số hóa theo Đề án 06.\n4. Giao Công an phường:\n"
        "- Mở đợt cao điểm trấn áp tội phạm.\n- Kiểm tra PCCC các khu nhà trọ.\n");
    EXPECT_EQ(outline(report, "plan"),
              (std::vector<std::string>{"1|Giao Văn phòng - Thống kê:|- Tham;- Tiếp;",
                                        "2|Giao Trạm Y tế phường:|- Giám;",
                                        "3|Giao công chức Tư pháp - Hộ tịch|Giao công;",
                                        "4|Giao Công an phường:|- Mở;- Kiểm;"}));
}

// The same, with the one-task group right after the first group: "1. Giao
// Văn phòng:" is a group because "2. Giao Bộ phận Một cửa:" opens with the
// same word, not a task whose steps are its bullets.
TEST(Segment, TheFirstOfficeGroupBeforeAOneTaskGroupIsAGroup) {
    Report report = segment_text(
        std::string(k_head) +
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12\n1. Giao Văn phòng - Thống kê:\n- Tham mưu tổ "
        "chức Hội nghị tổng kết năm 2024.\n- Tổng hợp số liệu kinh tế - xã hội năm.\n2. Giao "
        "Bộ phận Một cửa: tiếp nhận, giải quyết hồ sơ TTHC đúng hạn.\n3. Giao Công an phường:\n"
        "- Mở đợt cao điểm trấn áp tội phạm.\n");
    EXPECT_EQ(outline(report, "plan"),
              (std::vector<std::string>{"1|Giao Văn phòng - Thống kê:|- Tham;- Tổng;",
                                        "2|Giao Bộ phận Một cửa|Giao Bộ;",
                                        "3|Giao Công an phường:|- Mở;"}));
}

// Fields lettered A. to I.: the "I." after "H." is a letter, not the roman
// one that would open a part.
TEST(Segment, TheLetterAfterHIsNoRomanOne) {
    Report report = segment_text(
        std::string(k_head) +
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12\nH. Quốc phòng, an ninh\n1. Duy trì trực sẵn sàng "
        "chiến đấu.\nI. Cải cách hành chính, chuyển đổi số\n2. Tiếp nhận hồ sơ TTHC đúng hạn.\n");
    EXPECT_EQ(outline(report, "plan"),
              (std::vector<std::string>{"H|Quốc phòng, an ninh|1. Duy;",
                                        "I|Cải cách hành chính, chuyển đổi số|2. Tiếp;"}));
}

// "của UBND xã, UBND xã Phước Hòa Thượng": the organ after a unit word is
// no place name ("UBND xã UBND").
TEST(Segment, OrganAfterAUnitWordIsNoPlaceName) {
    Report report = segment_text(
        "BÁO CÁO\nKết quả thực hiện nhiệm vụ tháng 9; phương hướng, nhiệm vụ tháng 10 năm 2025\n"
        "Thực hiện Chương trình công tác năm 2025 của UBND xã, UBND xã Phước Hòa Thượng báo cáo "
        "kết quả như sau:\nI. KẾT QUẢ\n1. Kinh tế\nThu hoạch xong 420 ha lúa Hè Thu.\n");
    EXPECT_EQ(report.issuer, "UBND xã Phước Hòa Thượng");
}

// A numbered line too long for a heading is cut after its run-in title
// ("1.6. Công tác tài chính: …"); when what comes before the first full stop
// is itself a report ("3.5. Bộ phận một cửa tiếp nhận 174 hồ sơ …"), the
// whole line stays text.
TEST(Segment, LongNumberedLineWithoutRunInTitleStaysText) {
    Report report = segment_text(
        std::string(k_head) +
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11\n1. Lĩnh vực kinh tế\n"
        "1.1. Công tác tài chính: Thu ngân sách trong tháng 412 triệu đồng, lũy kế cả năm 5.846 "
        "triệu đồng, đạt 94,6% dự toán; chi ngân sách trong tháng 1.126 triệu đồng, lũy kế 6.344 "
        "triệu đồng.\n"
        "1.2. Bộ phận một cửa tiếp nhận 174 hồ sơ TTHC (trực tuyến 121 hồ sơ), giải quyết đúng hạn "
        "174/174 hồ sơ, không có hồ sơ quá hạn. Công an xã thu nhận hồ sơ cấp CCCD cho 86 công dân "
        "đủ 14 tuổi.\n");
    EXPECT_EQ(outline(report, "results"),
              (std::vector<std::string>{"1|Lĩnh vực kinh tế|", "1.1|Công tác tài chính|Thu ngân;",
                                        "1.2||Bộ phận;"}));
}

// "Phần 1: Tình hình …" / "Phần 2: Nhiệm vụ trọng tâm …" with sections
// numbered under the part ("1.1.", "2.1.") and no "1." line: without this
// the report had no part and no directive.
TEST(Segment, NumberedPartsWithSectionsNumberedUnderThem) {
    Report report = segment_text(
        std::string(k_head) +
        "Phần 1: Tình hình thực hiện nhiệm vụ tháng 11/2024\n1.1. Kinh tế - đô thị\n+ Thu ngân "
        "sách đạt 52,1% dự toán.\n1.2. Văn hóa - xã hội\n+ Chi trả trợ cấp cho 214 đối tượng.\n"
        "Phần 2: Nhiệm vụ trọng tâm tháng 12/2024\n2.1. Về trật tự đô thị\n- Ra quân lập lại "
        "trật tự lòng lề đường.\n2.2. Về văn hóa - xã hội\n- Tổ chức Hội thi gia đình văn hóa.\n");
    EXPECT_EQ(
        outline(report, "results"),
        (std::vector<std::string>{"1.1|Kinh tế - đô thị|+ Thu;", "1.2|Văn hóa - xã hội|+ Chi;"}));
    EXPECT_EQ(outline(report, "plan"), (std::vector<std::string>{"2.1|Về trật tự đô thị|- Ra;",
                                                                 "2.2|Về văn hóa - xã hội|- Tổ;"}));
}

// An older writer: "1/ Nông nghiệp:" fields, "a/" tasks wrapped by hand
// under a hanging indent, the wrapped line opening with a name or a
// bracket. "15/8, …" opening a line is a date, not an item.
TEST(Segment, SlashNumbersAndHandWrappedItems) {
    Report report = segment_text(
        std::string(k_head) +
        "PHẦN I: KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11\n1/ Nông nghiệp:\nThu hoạch xong 185 ha "
        "lúa Hè Thu.\n2/ Thủy sản:\nToàn xã có 214 tàu cá.\n"
        "PHẦN II: PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12\n1/ Giao thông - Xây dựng:\n"
        "a/ Đôn đốc đơn vị thi công đẩy nhanh tiến độ tuyến đường bê tông liên thôn Diêm Trường - "
        "Bãi\n"
        "   Giữa, phấn đấu hoàn thành trong tháng 12/2024.\n"
        "b/ Rà soát, lập danh sách tàu cá chưa đăng ký, chưa đăng kiểm, chưa cấp giấy phép khai "
        "thác\n"
        "   (tàu \"3 không\") trên địa bàn, hoàn thành trước ngày 25/12/2024.\n"
        "c/ Ra quân tổng vệ sinh môi trường bãi biển thôn Hòa Lợi.\n"
        "15/12, tổ chức tổng kết năm.\n");
    EXPECT_EQ(outline(report, "results"),
              (std::vector<std::string>{"1|Nông nghiệp:|Thu hoạch;", "2|Thủy sản:|Toàn xã;"}));
    std::vector<std::string> plan = outline(report, "plan");
    ASSERT_EQ(plan.size(), 4u);
    EXPECT_EQ(plan[0], "1|Giao thông - Xây dựng:|");
    EXPECT_EQ(plan[3], "1.c||Ra quân;15/12, tổ;");
    const auto& tasks = report.sections;
    auto text_of = [&](const std::string& number) {
        for (const auto& s : tasks) {
            if (s.part == "plan" && s.number == number && !s.paragraphs.empty()) {
                return s.paragraphs.front().text;
            }
        }
        return std::string();
    };
    EXPECT_EQ(text_of("1.a"),
              "Đôn đốc đơn vị thi công đẩy nhanh tiến độ tuyến đường bê tông liên "
              "thôn Diêm Trường - Bãi Giữa, phấn đấu hoàn thành trong tháng 12/2024.");
    EXPECT_EQ(text_of("1.b"), "Rà soát, lập danh sách tàu cá chưa đăng ký, chưa đăng kiểm, chưa "
                              "cấp giấy phép khai thác (tàu \"3 không\") trên địa bàn, hoàn thành "
                              "trước ngày 25/12/2024.");
}
