// Directive tracking on short hand-written paragraphs in the style of commune
// reports. Each case is a directive of month N's plan part, the results
// paragraphs of month N+1, and the status a careful reader gives it.
#include "tracking_support.h"

#include "baocao/pipeline.h"
#include "baocao/tracking.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using baocao::Directive;
using baocao::DirectiveStatus;
using baocao::ResultParagraph;
using baocao::Tracker;
using baocao::YearMonth;

using baocao::test::tracker;

// Paragraphs of other tasks, so that word rarity means something.
const std::vector<std::string> background = {
    "Tổng thu ngân sách tháng 11/2023 là 1.327.732.848đ; tổng chi ngân sách là 1.333.191.777đ.",
    "Tuyên truyền các văn bản về chủ trương của Đảng, pháp luật của Nhà nước trên hệ thống loa.",
    "Duy trì công tác thường trực 24/24 giờ tại Trạm Y tế.",
    "Tiếp nhận, giải quyết thủ tục hành chính cho công dân đúng quy định.",
    "Đôn đốc các thôn, khu dân cư thu phí vệ sinh môi trường theo đúng quy định.",
    "Kiểm tra, nhắc nhở các trường hợp xây dựng nhà ở không phép, sai phép.",
};

struct Case {
    const char* name;
    const char* directive;
    std::vector<const char*> results;
    DirectiveStatus expected;
    int evidence = -1; // index of the evidence paragraph when reported
};

baocao::Tracker::Decision decide(const Case& c) {
    Directive d;
    d.text = c.directive;
    d.section = "4";
    std::vector<ResultParagraph> results;
    for (const char* text : c.results) {
        results.push_back({"4", "Công tác xây dựng cơ sở hạ tầng", text});
    }
    return tracker().decide(d, "Công tác xây dựng cơ sở hạ tầng", results, YearMonth{2023, 12},
                            background);
}

void check(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        auto decision = decide(c);
        EXPECT_EQ(baocao::directive_status_name(decision.status),
                  std::string(baocao::directive_status_name(c.expected)));
        if (c.evidence >= 0) {
            ASSERT_TRUE(decision.evidence.has_value());
            EXPECT_EQ(decision.evidence->text, c.results[static_cast<std::size_t>(c.evidence)]);
        } else if (c.expected == DirectiveStatus::not_reported) {
            EXPECT_FALSE(decision.evidence.has_value());
        }
    }
}

TEST(Tracking, CompletionLanguageGivesDone) {
    check({
        {"đã thi công xong",
         "Triển khai nâng cấp sân, cổng Trường Mầm non thị trấn theo kế hoạch.",
         {"Công trình nâng cấp sân, cổng Trường Mầm non thị trấn đã thi công xong, nghiệm thu và "
          "bàn giao đưa vào sử dụng ngày 15/12/2023."},
         DirectiveStatus::done,
         0},
        {"đã tổ chức for tổ chức, restated date",
         "Tổ chức hội nghị đánh giá và phân loại chất lượng cán bộ, công chức năm 2023 (xong "
         "trước ngày 11/12/2023).",
         {"Ngày 05/12/2023, UBND thị trấn đã tổ chức hội nghị đánh giá, phân loại chất lượng cán "
          "bộ, công chức năm 2023."},
         DirectiveStatus::done,
         0},
    });
}

TEST(Tracking, ProgressLanguageGivesInProgress) {
    check({
        {"đang thi công with partial percentage",
         "Đôn đốc đơn vị thi công hoàn thành công trình nhà lớp học Trường Tiểu học Lai Cách.",
         {"Công trình nhà lớp học Trường Tiểu học Lai Cách đang thi công phần mái, đạt 70% khối "
          "lượng."},
         DirectiveStatus::in_progress,
         0},
        {"partial count after ';'",
         "Đẩy nhanh tiến độ số hóa sổ hộ tịch, cập nhật dữ liệu vào cơ sở dữ liệu hộ tịch điện tử.",
         {"Tiếp tục số hóa sổ hộ tịch; số trang đã số hóa 2.150/3.420 trang, đạt 62,9%."},
         DirectiveStatus::in_progress,
         0},
        {"chưa negates the completion verb",
         "Tổ chức lớp tập huấn kỹ thuật thâm canh lúa cho nông dân thôn Ngọ.",
         {"Lớp tập huấn kỹ thuật thâm canh lúa tại thôn Ngọ chưa tổ chức được do thay đổi lịch."},
         DirectiveStatus::in_progress,
         0},
    });
}

TEST(Tracking, TargetMissedIsInProgress) {
    check({
        {"below target",
         "Vận động nhân dân tham gia BHYT, phấn đấu tỷ lệ người dân tham gia BHYT đạt 93%.",
         {"Tỷ lệ người dân tham gia BHYT đến nay đạt 91,2%."},
         DirectiveStatus::in_progress,
         0},
        {"target reached",
         "Vận động nhân dân tham gia BHYT, phấn đấu tỷ lệ người dân tham gia BHYT đạt 93%.",
         {"Tỷ lệ người dân tham gia BHYT đạt 94,1%, vượt chỉ tiêu huyện giao."},
         DirectiveStatus::done,
         0},
    });
}

// "… cho 100% hộ": the share of those the task is for is its target, with
// no target verb; a lower share reported is work still going on.
TEST(Tracking, ShareOfThoseServedIsTarget) {
    check({
        {"share below the one asked for",
         "Hoàn thành cấp thẻ bảo hiểm y tế cho 100% học sinh trong tháng.",
         {"Cấp thẻ bảo hiểm y tế cho học sinh đạt 86,5% số học sinh."},
         DirectiveStatus::in_progress,
         0},
        {"share reached",
         "Hoàn thành cấp thẻ bảo hiểm y tế cho 100% học sinh trong tháng.",
         {"Cấp thẻ bảo hiểm y tế cho học sinh đạt 100% số học sinh."},
         DirectiveStatus::done,
         0},
    });
}

// Terse bullets drop "đã": "Ban hành Kế hoạch số …" reports a plan issued,
// and a forecast of the next step beside it does not undo that.
TEST(Tracking, IssuedWithoutDaIsDone) {
    check({
        {"plan issued, next step forecast",
         "Xây dựng kế hoạch tổ chức Tháng hành động vì trẻ em năm 2024 tại các thôn.",
         {"Ban hành Kế hoạch số 27/KH-UBND ngày 12/5/2024 tổ chức Tháng hành động vì trẻ em "
          "năm 2024; dự kiến phát động vào ngày 01/6."},
         DirectiveStatus::done,
         0},
    });
}

TEST(Tracking, ProgressCueInUnrelatedClauseIgnored) {
    check({
        {"đang in a later sentence about the weather",
         "Tổ chức cân đo và cho trẻ em uống vitamin A đợt 2 năm 2023.",
         {"Ngày 06/12/2023 đã tổ chức cân đo và cho 873 trẻ em uống vitamin A đợt 2 năm 2023. "
          "Hiện nay thời tiết đang thuận lợi, nhân dân phấn khởi."},
         DirectiveStatus::done,
         0},
        {"dự kiến about another plan",
         "Hoàn thiện hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu cho các hộ thôn "
         "Bầu.",
         {"Đã hoàn thiện 05 hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu cho các hộ "
          "thôn Bầu, gửi Phòng Tài nguyên và Môi trường. Các nội dung khác của kế hoạch năm 2024 "
          "dự kiến triển khai trong quý I."},
         DirectiveStatus::done,
         0},
    });
}

TEST(Tracking, LookAlikeInSameSectionIsNotEvidence) {
    check({
        {"village hall yard, not the preschool's",
         "Triển khai nâng cấp sân, cổng Trường Mầm non thị trấn theo kế hoạch.",
         {"Hoàn thành lát sân, xây tường rào, cổng nhà văn hóa thôn Bầu."},
         DirectiveStatus::not_reported},
        {"another village",
         "Tổ chức lớp tập huấn kỹ thuật thâm canh lúa cho nông dân thôn Ngọ.",
         {"Phối hợp Hội Nông dân tổ chức tập huấn kỹ thuật nuôi cá nước ngọt cho hội viên thôn "
          "Bầu."},
         DirectiveStatus::not_reported},
        {"another round",
         "Tổ chức phun khử khuẩn môi trường chăn nuôi đợt 2 năm 2023 tại các thôn.",
         {"Đã phun khử khuẩn môi trường chăn nuôi đợt 1 năm 2023 tại các thôn."},
         DirectiveStatus::not_reported},
        {"vaccination, not disinfection",
         "Tổ chức phun khử khuẩn, tiêu độc môi trường chăn nuôi tại các thôn.",
         {"Tổ chức tiêm phòng vắc xin cúm gia cầm cho đàn gia cầm tại thôn Tiền."},
         DirectiveStatus::not_reported},
    });
}

// Short bullets write a place noun by its initials ("TDP" for tổ dân phố,
// "KP" for khu phố): the place must still agree, in either form.
TEST(Tracking, PlaceHeadWrittenAsInitialsMustAgree) {
    check({
        {"another TDP, initials on both sides",
         "Hoàn chỉnh hồ sơ quyết toán công trình rãnh thoát nước TDP Đông Hải, trình huyện thẩm "
         "tra.",
         {"Đã hoàn chỉnh hồ sơ quyết toán công trình sân thể thao TDP Tây Sơn, trình huyện thẩm "
          "tra."},
         DirectiveStatus::not_reported},
        {"another khu phố, initials in the report only",
         "Hoàn chỉnh hồ sơ quyết toán công trình rãnh thoát nước khu phố Đông Hải, trình huyện "
         "thẩm tra.",
         {"Đã hoàn chỉnh hồ sơ quyết toán công trình sân thể thao KP Tây Sơn, trình huyện thẩm "
          "tra."},
         DirectiveStatus::not_reported},
        {"the same tổ dân phố, initials in the report",
         "Hoàn chỉnh hồ sơ quyết toán công trình rãnh thoát nước tổ dân phố Đông Hải, trình huyện "
         "thẩm tra.",
         {"Đã hoàn chỉnh hồ sơ quyết toán công trình rãnh thoát nước TDP Đông Hải, trình huyện "
          "thẩm tra."},
         DirectiveStatus::done,
         0},
    });
}

// An area named in lower case ("khu vực bến xe") is a place like a proper
// name: the same check in another area is another task.
TEST(Tracking, AreaNamedByCommonNounsMustAgree) {
    check({
        {"another area",
         "Kiểm tra vệ sinh an toàn thực phẩm các quầy hàng ăn uống khu vực bến xe.",
         {"Kiểm tra vệ sinh an toàn thực phẩm 09 quầy hàng ăn uống khu vực cổng trường."},
         DirectiveStatus::not_reported},
        {"the same area",
         "Kiểm tra vệ sinh an toàn thực phẩm các quầy hàng ăn uống khu vực bến xe.",
         {"Đã kiểm tra vệ sinh an toàn thực phẩm 09 quầy hàng ăn uống khu vực bến xe."},
         DirectiveStatus::done,
         0},
        {"the same area, its words elsewhere in the report",
         "Kiểm tra vệ sinh an toàn thực phẩm các quầy hàng ăn uống khu vực trung tâm xã.",
         {"Đã kiểm tra vệ sinh an toàn thực phẩm 09 quầy hàng ăn uống khu vực chợ trung tâm."},
         DirectiveStatus::done,
         0},
    });
}

TEST(Tracking, RightParagraphChosenAmongLookAlikes) {
    check({
        {"the village named in the directive wins",
         "Chỉ đạo thôn Gạch tổ chức Lễ đón Bằng công nhận danh hiệu Làng văn hóa năm 2023.",
         {"Thôn Nghĩa đang chuẩn bị cơ sở vật chất cho Lễ đón Bằng công nhận danh hiệu Làng văn "
          "hóa.",
          "Ngày 24/12/2023, thôn Gạch đã tổ chức Lễ đón Bằng công nhận danh hiệu Làng văn hóa năm "
          "2023 trang trọng, tiết kiệm."},
         DirectiveStatus::done,
         1},
    });
}

TEST(Tracking, AbbreviationMatchesLongForm) {
    check({
        {"BHYT / bảo hiểm y tế",
         "Tiếp nhận hồ sơ làm thẻ BHYT cho trẻ dưới 6 tuổi đảm bảo kịp thời.",
         {"Đã tiếp nhận hồ sơ làm thẻ bảo hiểm y tế cho 15 trẻ dưới 6 tuổi."},
         DirectiveStatus::done,
         0},
    });
}

TEST(Tracking, NothingSimilarIsNotReported) {
    check({
        {"unrelated results",
         "Rà soát bổ sung thông tin liệt sĩ hy sinh trên địa bàn mặt trận Vị Xuyên.",
         {"Tổng thu ngân sách tháng 12/2023 là 1.512.406.300đ.",
          "Chi trả đầy đủ lương, phụ cấp tháng 12/2023 cho cán bộ, công chức."},
         DirectiveStatus::not_reported},
    });
}

TEST(Tracking, SameTaskRecognisedAcrossMonths) {
    EXPECT_GE(tracker().same_task(
                  "Triển khai nâng cấp sân, cổng Trường Mầm non thị trấn theo kế hoạch.",
                  "Tiếp tục triển khai nâng cấp sân, cổng Trường Mầm non thị trấn.", background),
              0.6);
    EXPECT_LT(tracker().same_task("Triển khai nâng cấp sân, cổng Trường Mầm non thị trấn.",
                                  "Tổ chức phun khử khuẩn môi trường chăn nuôi tại các thôn.",
                                  background),
              0.3);
}

baocao::TrackedReport report(int month, std::vector<const char*> plan,
                             std::vector<const char*> results) {
    baocao::TrackedReport r;
    r.issuer = "UBND xã Thử Nghiệm";
    r.period = YearMonth{2023, month};
    r.plan_period = r.period.next();
    for (std::size_t i = 0; i < plan.size(); ++i) {
        Directive d;
        d.id = r.period.str() + ":1:" + std::to_string(i + 1);
        d.section = "1";
        d.text = plan[i];
        r.directives.push_back(d);
    }
    for (const char* text : results) {
        r.results.push_back({"1", "Công tác xây dựng", text});
    }
    return r;
}

TEST(Tracking, FirstReportedDoneTwoMonthsLater) {
    std::vector<baocao::TrackedReport> reports = {
        report(9, {"Hoàn thiện hồ sơ đề nghị công nhận Trường Tiểu học Vân Hà đạt chuẩn quốc gia."},
               {}),
        report(10, {}, {"Tổng thu ngân sách tháng 10/2023 là 1.100.000.000đ."}),
        report(11, {},
               {"Hồ sơ đề nghị công nhận Trường Tiểu học Vân Hà đạt chuẩn quốc gia đã hoàn thiện, "
                "gửi Phòng Giáo dục và Đào tạo ngày 03/11/2023."}),
    };
    auto tracked = tracker().track(reports);
    ASSERT_EQ(tracked.size(), 1u);
    EXPECT_EQ(tracked[0].status, DirectiveStatus::done);
    EXPECT_EQ(tracked[0].months_late, 1);
    ASSERT_TRUE(tracked[0].evidence.has_value());
    EXPECT_EQ(tracked[0].evidence->period, (YearMonth{2023, 11}));
}

TEST(Tracking, RecurringWhenPlannedThreeMonthsWithoutDone) {
    const char* task = "Vận động các hộ thôn Lẻ Doi hiến đất mở rộng đường giao thông.";
    std::vector<baocao::TrackedReport> reports = {
        report(8, {task}, {}),
        report(9, {task}, {"Tổng thu ngân sách tháng 9/2023 là 1.000.000.000đ."}),
        report(10, {task}, {"Tổng thu ngân sách tháng 10/2023 là 1.100.000.000đ."}),
        report(11, {}, {"Tổng thu ngân sách tháng 11/2023 là 1.200.000.000đ."}),
    };
    auto tracked = tracker().track(reports);
    ASSERT_EQ(tracked.size(), 3u);
    for (const auto& d : tracked) {
        EXPECT_EQ(d.status, DirectiveStatus::not_reported);
        EXPECT_TRUE(d.recurring);
        EXPECT_EQ(d.history.size(), 3u);
    }
}

TEST(Tracking, OverdueWhenDeadlinePassedWithoutDone) {
    auto r = report(11, {"Tổ chức kiểm tra an toàn PCCC tại các cơ sở kinh doanh thôn Đìa."}, {});
    r.directives[0].deadline = baocao::Date{2023, 12, 10};
    auto next = report(12, {}, {"Tổng thu ngân sách tháng 12/2023 là 1.000.000.000đ."});
    next.issued = baocao::Date{2023, 12, 25};
    auto tracked = tracker().track({r, next});
    ASSERT_EQ(tracked.size(), 1u);
    EXPECT_EQ(tracked[0].status, DirectiveStatus::not_reported);
    EXPECT_TRUE(tracked[0].overdue);
}

TEST(Tracking, StatusNamesRoundTrip) {
    for (auto s :
         {DirectiveStatus::done, DirectiveStatus::in_progress, DirectiveStatus::not_reported}) {
        EXPECT_EQ(baocao::parse_directive_status(baocao::directive_status_name(s)), s);
    }
    EXPECT_FALSE(baocao::parse_directive_status("finished").has_value());
}

// Status words as a person reads them: counted ones first, then those read
// but not counted (written in parentheses by the reader), each once.
TEST(Tracking, StatusWordsListTheUncountedApart) {
    using baocao::describe_status_words;
    EXPECT_EQ(describe_status_words({}), "");
    EXPECT_EQ(describe_status_words({"đang", "62,9% kế hoạch"}), "đang, 62,9% kế hoạch");
    EXPECT_EQ(describe_status_words({"Kết quả", "(Kết quả)", "chưa triển khai", "not started"}),
              "chưa triển khai, not started; not counted: Kết quả");
    EXPECT_EQ(describe_status_words({"(dự kiến)", "đã hoàn thành", "(dự kiến)"}),
              "đã hoàn thành; not counted: dự kiến");
    EXPECT_EQ(describe_status_words({"(đang)"}), "not counted: đang");
    // Parentheses that enclose nothing are no mark.
    EXPECT_EQ(describe_status_words({"()"}), "()");
}

} // namespace
