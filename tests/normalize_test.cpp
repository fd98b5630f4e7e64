#include "test_support.h"

#include <gtest/gtest.h>

using baocao::test::context;

namespace {
const baocao::Normalizer& normalizer() {
    return context().normalizer;
}
} // namespace

TEST(Normalize, CleanMapsLookAlikesSpacesAndInvisibles) {
    struct Case {
        std::string in;
        std::string out;
    };
    const Case cases[] = {
        {"\xC3\x90\xC3\xAC"
         "a",
         "Đìa"},                                     // U+00D0 Eth -> Đ
        {"kh\xC3\xA1m\xC2\xA0s\xC6\xA1", "khám sơ"}, // no-break space
        {"tuy\xE2\x80\x8Bn", "tuyn"},                // zero-width space removed
        {"ho\x61\xCC\x80", "hoà"},                   // decomposed -> NFC
        {"a\xFF"
         "b",
         "a\xEF\xBF\xBD"
         "b"}, // invalid UTF-8 -> U+FFFD
    };
    for (const auto& c : cases) {
        EXPECT_EQ(normalizer().clean(c.in), c.out) << c.in;
    }
}

TEST(Normalize, SearchKeyUnifiesToneCaseAndPlacement) {
    EXPECT_EQ(normalizer().search_key("Văn hoá"), normalizer().search_key("văn hóa"));
    EXPECT_EQ(normalizer().search_key("VĂN HOÁ"), normalizer().search_key("văn hóa"));
    EXPECT_EQ(normalizer().search_key("thuỷ"), "thủy");
    EXPECT_EQ(normalizer().search_key("khoẻ"), "khỏe");
    EXPECT_EQ(normalizer().search_key("Hoà"), "hòa");
    // With a final consonant both styles already agree; "quý" is qu + ý.
    EXPECT_EQ(normalizer().search_key("hoàng"), "hoàng");
    EXPECT_EQ(normalizer().search_key("quý"), "quý");
    // Tones stay distinct: ma, má, mà are different words.
    EXPECT_NE(normalizer().search_key("má"), normalizer().search_key("mà"));
}

TEST(Normalize, FoldRemovesMarksAndMapsDStroke) {
    EXPECT_EQ(normalizer().fold("Đìa"), "dia");
    EXPECT_EQ(normalizer().fold("khám sơ tuyển"), "kham so tuyen");
    EXPECT_EQ(normalizer().fold("\xC3\x90\xC3\xAC"
                                "a"),
              "dia"); // look-alike Eth
    EXPECT_EQ(normalizer().fold("NGHĨA VỤ QUÂN SỰ"), "nghia vu quan su");
    EXPECT_EQ(normalizer().fold("văn hoá"), normalizer().fold("văn hóa"));
}

TEST(Normalize, SplitsGluedWords) {
    struct Case {
        std::string token;
        std::vector<std::string> parts;
    };
    const Case cases[] = {
        {"dịchtrên", {"dịch", "trên"}}, {"BHYT63", {"BHYT", "63"}},   {"thôngtừ", {"thông", "từ"}},
        {"đếnhoạt", {"đến", "hoạt"}},   {"quyđịnh", {"quy", "định"}}, {"lễlớn", {"lễ", "lớn"}},
        {"dịchbệnh", {"dịch", "bệnh"}}, {"trấnxây", {"trấn", "xây"}},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(normalizer().split_glued(c.token), c.parts) << c.token;
    }
}

TEST(Normalize, NeverSplitsValidSyllablesAbbreviationsOrForeignWords) {
    for (std::string word : {"Báo", "nghiêng", "khuyến", "trường", "HĐND", "TTHC", "Karaoke",
                             "Vneid", "vitamin", "COVID", "1.950m3", "H5N1", "Noel", "ISO"}) {
        EXPECT_EQ(normalizer().split_glued(word), std::vector<std::string>{word}) << word;
    }
}

// A clerk who types with no marks at all ("Da to chuc tiem phong") writes
// whole syllables: "tien" is tiên/tiền/tiến, not "ti en". A glued pair typed
// without marks is still split.
TEST(Normalize, NeverSplitsAWordTypedWithoutMarks) {
    for (std::string word : {"tien", "truong", "nguoi", "nghiem", "Thuong", "khuyen", "quyet"}) {
        EXPECT_EQ(normalizer().split_glued(word), std::vector<std::string>{word}) << word;
    }
    EXPECT_EQ(normalizer().split_glued("thitran"), (std::vector<std::string>{"thi", "tran"}));
    // Loanwords typed as they are: "min i", "ga me" are no reading of them.
    for (std::string word : {"mini", "game", "video", "logo", "online"}) {
        EXPECT_EQ(normalizer().split_glued(word), std::vector<std::string>{word}) << word;
    }
    auto doc = normalizer().normalize(
        baocao::test::raw_text("Da kiem tra truong hoc, tien do tot; nguoi dan dong tinh.\n"));
    ASSERT_EQ(doc.blocks.size(), 1u);
    EXPECT_EQ(doc.blocks[0].text, "Da kiem tra truong hoc, tien do tot; nguoi dan dong tinh.");
}

TEST(Normalize, TokenizeKeepsNumbersAndReferencesWhole) {
    auto tokens = normalizer().tokenize("Thông báo số 76/TB-UBND: 1.327.732.848đ, 0,74 %.");
    std::vector<std::string> texts;
    for (const auto& token : tokens) {
        texts.push_back(token.text);
    }
    std::vector<std::string> expected = {"Thông",         "báo", "số",  "76/TB-UBND",
                                         "1.327.732.848", "đ",   "0,74"};
    EXPECT_EQ(texts, expected);
    EXPECT_TRUE(tokens[3].numeric);
    EXPECT_FALSE(tokens[5].numeric);
}

TEST(Normalize, RejoinsBrokenLinesAndKeepsHyphenRanges) {
    auto doc = normalizer().normalize(baocao::test::raw_text(
        "Tổng thu ngân sách tháng 11/2023 là: 1.327.732.848đ. Lũy kế thu: \n\n"
        "9.611.073.450đ. Các nhà trường tiếp tục thực hiện tốt Kế hoạch năm học 2023-\n\n"
        "2024; đảm bảo an toàn.\n"
        "Xây dựng kế hoạch mới.\n"));
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blocks[0].text,
              "Tổng thu ngân sách tháng 11/2023 là: 1.327.732.848đ. Lũy kế thu: 9.611.073.450đ. "
              "Các nhà trường tiếp tục thực hiện tốt Kế hoạch năm học 2023-2024; đảm bảo an toàn.");
    EXPECT_EQ(doc.blocks[1].text, "Xây dựng kế hoạch mới.");
}

TEST(Normalize, OffsetMapPointsBackIntoRawText) {
    std::string raw = "Tuyên truyền công tác phòng chống dịchtrên địa\nbàn.\n";
    auto doc = normalizer().normalize(baocao::test::raw_text(raw));
    ASSERT_EQ(doc.blocks.size(), 1u);
    const std::string& text = doc.blocks[0].text;
    std::size_t at = text.find("trên");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(raw.substr(doc.raw_offset(0, at), std::string("trên").size()), "trên");
    std::size_t ban = text.find("bàn");
    EXPECT_EQ(raw.substr(doc.raw_offset(0, ban), std::string("bàn").size()), "bàn");
}

// Dashed tasks, each with an indented line of who and by when that ends
// without a full stop: the dash after it opens the next task, it is no
// apposition to the line above.
TEST(Normalize, ADashAfterALineHangingUnderATaskOpensTheNextTask) {
    // Results written as sentences, one a line, as in the report this comes
    // from: the layout is no dashed one, so a line under a dash is no part
    // of its item by the dash alone.
    std::string raw = "Thu ngân sách tháng 10 đạt 5.120 triệu đồng.\n"
                      "Cấp 12 giấy phép xây dựng nhà ở riêng lẻ.\n"
                      "Tiếp nhận 214 hồ sơ thủ tục hành chính.\n"
                      "Tổ chức 3 đợt ra quân lập lại trật tự đô thị.\n"
                      "Trạm Y tế khám bệnh cho 412 lượt người.\n";
    for (int task = 1; task <= 3; ++task) {
        raw += "- Kiểm tra công tác an toàn PCCC tại các cơ sở kinh doanh karaoke số " +
               std::to_string(task) +
               ".\n"
               "  Đơn vị thực hiện: Công an phường, Đội Trật tự đô thị; thời gian: tháng 11/2025\n";
    }
    auto doc = normalizer().normalize(baocao::test::raw_text(raw));
    std::vector<std::string> tasks;
    for (const auto& block : doc.blocks) {
        if (block.text.rfind("- ", 0) == 0) {
            tasks.push_back(block.text);
        }
    }
    ASSERT_EQ(tasks.size(), 3u);
    for (const auto& task : tasks) {
        EXPECT_EQ(task.find("Đơn vị thực hiện"), std::string::npos) << task;
    }
}

// A plan whose numbered tasks have indented detail lines ("   Thời gian: …")
// is no first-line-indent layout: the results above it, one paragraph per
// line, stay apart.
TEST(Normalize, LinesHangingUnderTasksDoNotMakeAnIndentLayout) {
    std::string raw =
        "Vụ Đông Xuân kết thúc thu hoạch toàn bộ 312 ha, năng suất bình quân 57,4 tạ/ha.\n"
        "Ngày 14/5/2024 hoàn thành nạo vét 1,2 km kênh N2 đoạn thôn Hòa Thạnh.\n"
        "Ban Chỉ huy PCTT&TKCN xã duy trì việc đo độ mặn hằng ngày tại bến Vĩnh Lạc.\n";
    for (int task = 1; task <= 4; ++task) {
        raw += std::to_string(task) + ". Tổ chức kiểm tra kênh mương tại thôn Gò Sạn.\n"
                                      "   Thời gian: trước ngày 20/6/2024.\n"
                                      "   Phân công: công chức Địa chính - Nông nghiệp.\n";
    }
    auto doc = normalizer().normalize(baocao::test::raw_text(raw));
    ASSERT_GE(doc.blocks.size(), 3u);
    EXPECT_EQ(doc.blocks[1].text,
              "Ngày 14/5/2024 hoàn thành nạo vét 1,2 km kênh N2 đoạn thôn Hòa Thạnh.");
}
