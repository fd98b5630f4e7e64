// What a match compares (src/tracking/matcher.cpp): the object of a
// directive, the few heaviest content words that a report of the same task
// repeats, and its counts. An abbreviation counts as
// one word there, by the pair of its long form that tells it from its
// neighbours ("hiểm y" of BHYT, which BHXH has not), unless it is part of the
// name of the unit that does the work.
#include "tracking_support.h"

#include "tracking/matcher.h"
#include "tracking/profile.h"
#include "tracking/vocabulary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using namespace baocao::tracking_detail;
using baocao::test::context;

const Vocabulary& vocabulary() {
    static const Vocabulary instance =
        Vocabulary::load(context().dictionaries, context().normalizer);
    return instance;
}

// The object terms of `task`, word rarity taken over `others` and the task.
std::vector<std::string> object_of(const std::string& task,
                                   const std::vector<std::string>& others) {
    std::vector<TextProfile> profiles;
    for (const auto& text : others) {
        profiles.push_back(build_profile(text, vocabulary(), context().normalizer));
    }
    TextProfile profile = build_profile(task, vocabulary(), context().normalizer);
    WordStats stats;
    for (const auto& p : profiles) {
        stats.add(terms_of(p, 0, p.clauses()));
    }
    stats.add(terms_of(profile, 0, profile.clauses()));
    std::vector<std::string> out;
    for (const auto& [term, weight] : task_terms(profile, stats).object) {
        out.push_back(term);
    }
    return out;
}

// The match of `report` for `task`, word rarity taken over the two texts.
Match match_texts(const std::string& task, const std::string& report,
                  const MatchOptions& options = {}) {
    TextProfile t = build_profile(task, vocabulary(), context().normalizer);
    TextProfile r = build_profile(report, vocabulary(), context().normalizer);
    WordStats stats;
    stats.add(terms_of(t, 0, t.clauses()));
    stats.add(terms_of(r, 0, r.clauses()));
    return match(t, task_terms(t, stats), r, stats, options);
}

// The numbered things of `text`, as "head=value".
std::vector<std::string> ordinals_of(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& o : build_profile(text, vocabulary(), context().normalizer).ordinals) {
        out.push_back(o.head + "=" + o.value);
    }
    return out;
}

bool has(const std::vector<std::string>& terms, const std::string& term) {
    return std::find(terms.begin(), terms.end(), term) != terms.end();
}

const std::vector<std::string> others = {
    "Tỷ lệ người dân tham gia BHYT đạt 91,2%.",
    "Phát triển mới 34 người tham gia BHXH tự nguyện.",
    "Thu ngân sách tháng 11 đạt 1,2 tỷ đồng, bằng 9% dự toán.",
    "Tiếp nhận 402 hồ sơ TTHC, giải quyết đúng hạn 100%.",
    "Tổ chức tiêm vắc xin cho 120 trẻ em dưới 1 tuổi tại Trạm Y tế.",
    "Kiểm tra ATTP 15 cơ sở kinh doanh dịch vụ ăn uống trên địa bàn.",
};

TEST(TrackingObject, AbbreviationIsOneObjectWordThatTellsItApart) {
    auto object = object_of("Đẩy mạnh vận động nhân dân tham gia BHYT.", others);
    EXPECT_TRUE(has(object, "b:hiểm y"))
        << "BHYT by the pair BHXH has not: " << ::testing::PrintToString(object);
    EXPECT_FALSE(has(object, "w:bảo"));
}

// "nghiêm", "nắm chắc tình hình", "không để bị động bất ngờ" say how; the
// duty on watch is what is done.
TEST(TrackingObject, MannerWordsOfADutyAreNotTheObject) {
    auto object = object_of("Duy trì nghiêm chế độ trực SSCĐ, trực ANTT; nắm chắc tình hình địa "
                            "bàn, không để bị động bất ngờ.",
                            others);
    for (const char* manner : {"w:nghiêm", "w:nắm", "w:chắc", "w:tình", "w:bất"}) {
        EXPECT_FALSE(has(object, manner)) << ::testing::PrintToString(object);
    }
}

TEST(TrackingObject, AbbreviationInTheNameOfAUnitIsNotTheObject) {
    auto object = object_of("Phối hợp Trạm Trồng trọt và BVTV huyện mở lớp tập huấn kỹ thuật canh "
                            "tác lúa giảm phát thải.",
                            others);
    for (const auto& term : object) {
        EXPECT_EQ(term.find("thực"), std::string::npos) << term << " is of BVTV, the unit's name";
        EXPECT_EQ(term.find("vệ"), std::string::npos) << term << " is of BVTV, the unit's name";
    }
    EXPECT_TRUE(has(object, "w:canh") || has(object, "w:tác")) << "canh tác is the work";
}

// A report that answers one sentence of a long directive is checked against
// that sentence's object, not against the rare words of the other sentence.
TEST(TrackingObject, ObjectOfTheSentenceTheReportAnswers) {
    const std::string task =
        "Chỉ đạo nhân dân chăm sóc vườn cà phê sau thu hoạch, tưới nước đợt 1, "
        "bón phân theo quy trình. Khuyến cáo nông hộ tránh tưới tràn lan, gây "
        "lãng phí nguồn nước ngầm khan hiếm.";
    const std::string report =
        "Nhân dân cơ bản tưới xong nước đợt 1 cho vườn cà phê, chăm sóc, bón "
        "phân sau thu hoạch.";
    TextProfile t = build_profile(task, vocabulary(), context().normalizer);
    TextProfile r = build_profile(report, vocabulary(), context().normalizer);
    WordStats stats;
    for (const auto& text : others) {
        TextProfile p = build_profile(text, vocabulary(), context().normalizer);
        stats.add(terms_of(p, 0, p.clauses()));
    }
    stats.add(terms_of(t, 0, t.clauses()));
    stats.add(terms_of(r, 0, r.clauses()));
    TaskTerms terms = task_terms(t, stats);
    Match m = match(t, terms, r, stats, {});
    EXPECT_GE(m.object, 0.99) << m.why;
}

// "100% chủ tàu" is everyone, not a hundred of them: 146 owners reported is
// no other count of the same thing.
TEST(TrackingObject, ShareIsNoCount) {
    const std::string task =
        "Tổ chức tuyên truyền các quy định về chống khai thác IUU đến 100% chủ "
        "tàu, thuyền trưởng tại bến cá khu phố 3.";
    const std::string report =
        "Phối hợp Đồn Biên phòng tổ chức 02 hội nghị tuyên truyền chống khai "
        "thác IUU tại bến cá khu phố 3 cho 146 chủ tàu, thuyền trưởng.";
    Match m = match_texts(task, report);
    EXPECT_EQ(m.why.find("different count"), std::string::npos) << m.why;
}

// In commune Mỹ Phước Đông, "chợ Mỹ Phước Đông" is named by "chợ": a drill
// at "Trường THCS Mỹ Phước Đông" is at another place.
TEST(TrackingObject, PlaceNamedAfterTheCommuneIsNamedByItsHead) {
    const std::string task = "Diễn tập phương án chữa cháy và CNCH tại chợ Mỹ Phước Đông.";
    MatchOptions options;
    for (const auto& w : {"mỹ", "phước", "đông"}) {
        options.ignored_name_words.insert(context().normalizer.search_key(w));
    }
    auto match_with = [&](const std::string& report) { return match_texts(task, report, options); };
    EXPECT_TRUE(match_with("Phối hợp Đội Cảnh sát PCCC và CNCH diễn tập phương án chữa cháy tại "
                           "Trường THCS Mỹ Phước Đông.")
                    .conflict);
    EXPECT_FALSE(match_with("Phối hợp Đội Cảnh sát PCCC và CNCH diễn tập phương án chữa cháy tại "
                            "chợ Mỹ Phước Đông.")
                     .conflict);
}

// Who is told to do it and by when is not what is done: "(Giao … thực hiện,
// hoàn thành trước ngày 15/9)" is left out of the match, "Giao nhận quân"
// (the military hand-over) is the task itself.
TEST(TrackingObject, AssignmentIsLeftOut) {
    auto keys_of = [](const std::string& text) {
        return build_profile(text, vocabulary(), context().normalizer).keys();
    };
    auto with = keys_of("Nạo vét cống thoát nước hẻm 45 (Giao Tổ Quản lý trật tự đô thị phường "
                        "phối hợp Ban điều hành khu phố 2 thực hiện, hoàn thành trước ngày 15/9).");
    EXPECT_TRUE(has(with, "vét"));
    EXPECT_FALSE(has(with, "giao"));
    EXPECT_FALSE(has(with, "hành")) << "Ban điều hành is who does it";
    auto sentence =
        keys_of("Nạo vét cống thoát nước hẻm 45; giao Ban điều hành khu phố 2 thực hiện.");
    EXPECT_FALSE(has(sentence, "hành"));
    // tracking_words.tsv, "giao cho" is an assignment of its own.
    auto given = keys_of("Nạo vét cống thoát nước hẻm 45; giao cho Ban điều hành khu phố 2 thực "
                         "hiện.");
    EXPECT_TRUE(has(given, "vét"));
    EXPECT_FALSE(has(given, "hành"));
    // "(Chủ trì: …; thời gian: …)": who leads it and by when.
    auto led = keys_of("Tổ chức chương trình văn nghệ mừng Xuân tại Sân vận động xã (Chủ trì: "
                       "Công chức Văn hóa - Xã hội, Đoàn Thanh niên xã; thời gian: tối 18/01).");
    EXPECT_TRUE(has(led, "nghệ"));
    EXPECT_FALSE(has(led, "niên"));
    EXPECT_FALSE(has(led, "hội"));
    // Only before a capitalised name: "; chủ trì, phối hợp …" is the task.
    auto chair = keys_of("Rà soát hộ nghèo năm 2025; chủ trì, phối hợp các thôn tập huấn điều "
                         "tra viên.");
    EXPECT_TRUE(has(chair, "huấn"));
    auto task = keys_of("Giao nhận quân năm 2025 đảm bảo chỉ tiêu; tổ chức lễ giao nhận quân.");
    EXPECT_TRUE(has(task, "giao"));
    // Given to an office or a person first, up to the administrative verb.
    auto lead = keys_of("Giao đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế chỉ đạo hoàn thành "
                        "hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất cho 30 hộ.");
    EXPECT_FALSE(has(lead, "trách"));
    EXPECT_FALSE(has(lead, "giao"));
    EXPECT_TRUE(has(lead, "đổi"));
    // An office name that also holds a generic word ("ủy ban nhân dân") is
    // part of whom it is given to, not the verb that ends it.
    auto full = keys_of("Giao đồng chí Phó Chủ tịch Ủy ban nhân dân xã phụ trách kinh tế chỉ đạo "
                        "hoàn thành hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất cho 30 hộ.");
    EXPECT_FALSE(has(full, "trách"));
    EXPECT_TRUE(has(full, "đổi"));
    // "tổ" is an office, "tổ chức" the verb that ends whom it is given to.
    auto verb = keys_of("Giao Công an xã tổ chức tuần tra, kiểm soát khu vực bến đò Tân An.");
    EXPECT_FALSE(has(verb, "công"));
    EXPECT_TRUE(has(verb, "tuần"));
    // After the task's number the dot opens no sentence: the task stays.
    auto numbered =
        keys_of("12. Giao Công an xã tổ chức tuần tra, kiểm soát khu vực bến đò Tân An.");
    EXPECT_FALSE(has(numbered, "công"));
    EXPECT_TRUE(has(numbered, "tuần"));
    EXPECT_TRUE(has(numbered, "đò"));
    // An office named with a comma, and its role ("chủ trì") with it.
    auto office = keys_of("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Công an xã "
                          "ra quân lập lại trật tự lòng lề đường.");
    EXPECT_FALSE(has(office, "tầng"));
    EXPECT_FALSE(has(office, "trì"));
    EXPECT_TRUE(has(office, "lề"));
}

// The office that does the task, written without "giao": its last
// parenthesis or its lead-in before ':' (tracking_words.tsv, kind office).
TEST(TrackingObject, OfficeInTheLastParenthesisOrLeadInIsLeftOut) {
    auto keys_of = [](const std::string& text) {
        return build_profile(text, vocabulary(), context().normalizer).keys();
    };
    auto paren = keys_of("Tổ chức Lễ giao nhận quân năm 2025 ngày 13/02/2025 đảm bảo đủ chỉ tiêu "
                         "(Ban CHQS xã; Trạm Y tế xã).");
    EXPECT_TRUE(has(paren, "quân"));
    EXPECT_FALSE(has(paren, "trạm"));
    EXPECT_FALSE(has(paren, "chqs"));
    auto field = keys_of("Số hóa sổ hộ tịch giai đoạn 2010 - 2015 (Tư pháp - Hộ tịch).");
    EXPECT_FALSE(has(field, "pháp"));
    auto lead = keys_of("Công chức Địa chính - Xây dựng: Rà soát các hộ có nhà ở tạm bợ.");
    EXPECT_TRUE(has(lead, "soát"));
    EXPECT_FALSE(has(lead, "chính"));
    // Where, not who: a quarter in brackets, a project before the office.
    auto place = keys_of("Lắp đặt camera an ninh tại hẻm 210 (khu phố 4).");
    EXPECT_TRUE(has(place, "phố"));
    auto quarter = keys_of("Nạo vét mương thoát nước (tổ dân phố 5).");
    EXPECT_TRUE(has(quarter, "phố"));
    auto project = keys_of("Rà soát hộ nhận khoán bảo vệ rừng (Dự án 3) (CC Địa chính - NN).");
    EXPECT_TRUE(has(project, "án"));
    EXPECT_FALSE(has(project, "chính"));
    // "Phòng chống dịch:" labels a result; only a named office leads in.
    auto label = keys_of("Phòng chống dịch: ghi nhận 09 ca sốt xuất huyết.");
    EXPECT_TRUE(has(label, "chống"));
}

// "Trường THCS Đồi Thông" is not "Trường Tiểu học Suối Mơ": the
// abbreviation between the head and the name is a word of the name.
TEST(TrackingObject, SchoolNamedWithItsAbbreviationMustAgree) {
    const std::string task = "Chỉ đạo Trường THCS Đồi Thông tổ chức Hội khỏe Phù Đổng cấp trường.";
    const std::string report =
        "Trường Tiểu học Suối Mơ tổ chức Hội khỏe Phù Đổng cấp trường với 420 "
        "học sinh tham gia.";
    EXPECT_TRUE(match_texts(task, report).conflict);
}

// A place in parentheses is a detail ("đoạn từ chợ … đến trường THCS …"):
// a report of the road work need not name it.
TEST(TrackingObject, PlaceInParenthesesNeedNotBeNamed) {
    const std::string task =
        "Hoàn thành chỉnh trang hè phố đường Lý Nam Hòa (đoạn từ chợ Đông Ngàn "
        "đến trường THCS Ngàn Hạ).";
    const std::string report = "Chỉnh trang hè phố đường Lý Nam Hòa: đã lát 740/800m.";
    Match m = match_texts(task, report);
    EXPECT_EQ(m.why.find("not named"), std::string::npos) << m.why;
}

// "Ngày Gia đình Việt Nam": "đình" (a communal house, a name_head) ends the
// word "gia đình" here, so "Việt Nam" is no place the report must name
// (tracking_words.tsv, kind not_head).
TEST(TrackingObject, AHeadInsideAWordOpensNoName) {
    const std::string task = "Tổ chức các hoạt động hưởng ứng Ngày Gia đình Việt Nam 28/6.";
    TextProfile p = build_profile(task, vocabulary(), context().normalizer);
    EXPECT_TRUE(p.named_heads.empty());
    Match m = match_texts(task, "Tọa đàm hưởng ứng Ngày Gia đình với 80 hội viên.");
    EXPECT_EQ(m.why.find("not named"), std::string::npos) << m.why;
    // Across a comma or a sentence the two are no word: both names stay.
    TextProfile two = build_profile("Tặng quà cháu Nguyễn Tuấn Anh, em Lê Văn Bình.", vocabulary(),
                                    context().normalizer);
    EXPECT_EQ(two.named_heads.size(), 2U);
    TextProfile after = build_profile("Thăm 03 trẻ. Em Lê Văn Bình được tặng xe đạp.", vocabulary(),
                                      context().normalizer);
    EXPECT_EQ(after.named_heads.size(), 1U);
    // The head alone still opens a name.
    TextProfile place =
        build_profile("Tu sửa mái đình Phú Mỹ.", vocabulary(), context().normalizer);
    EXPECT_EQ(place.named_heads.size(), 1U);
}

TEST(TrackingObject, AMonthOfAYearIsNoCount) {
    // "tháng 02/2025 (chi gộp …)": 2 of 2025 "chi" is a date, so the report's
    // "tháng 02 chi gộp" is no different count of it.
    const std::string task =
        "Chi trả trợ cấp ưu đãi NCC, BTXH tháng 02/2025 (chi gộp với tháng 01, trước Tết).";
    const std::string report = "- Trợ cấp ưu đãi NCC, BTXH tháng 02 chi gộp với tháng 01 trước Tết "
                               "cho 1.131 đối tượng, số tiền 1.262 triệu đồng.";
    Match m = match_texts(task, report);
    EXPECT_EQ(m.why.find("different count"), std::string::npos) << m.why;
    // A partial figure of things still counts them ("12/30 hồ sơ").
    Match partial = match_texts("Thẩm định 30 hồ sơ cấp giấy chứng nhận quyền sử dụng đất.",
                                "Thẩm định 12/30 hồ sơ cấp giấy chứng nhận quyền sử dụng đất; 05 "
                                "hồ sơ trả lại.");
    EXPECT_EQ(partial.why.find("different count"), std::string::npos) << partial.why;
}

TEST(TrackingObject, QuotedSloganIsNeitherObjectNorWeight) {
    // The slogan comes first, where a task names its object.
    const std::string task = "Theo khẩu hiệu “xanh nhà hơn già đồng”, chỉ đạo thu hoạch lúa Hè "
                             "Thu, hoàn thành trước ngày 20/9.";
    auto object = object_of(task, others);
    for (const char* quoted : {"w:xanh", "w:nhà", "w:hơn", "w:già", "w:đồng"}) {
        EXPECT_FALSE(has(object, quoted)) << ::testing::PrintToString(object);
    }
    // Nor does the slogan weigh like the work: a report seldom repeats it.
    TextProfile profile = build_profile(task, vocabulary(), context().normalizer);
    WordStats stats;
    stats.add(terms_of(profile, 0, profile.clauses()));
    TaskTerms terms = task_terms(profile, stats);
    EXPECT_LT(terms.weights.at("w:già"), terms.weights.at("w:hoạch"));
}

TEST(TrackingObject, ItemNumberedInWordsIsNotTheObject) {
    // "Mười lăm là," numbers the item: "lăm" is rare, yet no word of it.
    auto object = object_of("Mười lăm là, rà soát, lập danh sách hộ nghèo đang ở nhà tạm, nhà "
                            "dột nát để đề nghị hỗ trợ.",
                            others);
    for (const auto& term : object) {
        EXPECT_EQ(term.find("mười"), std::string::npos) << term;
        EXPECT_EQ(term.find("lăm"), std::string::npos) << term;
    }
    EXPECT_FALSE(object.empty());
}

TEST(TrackingObject, CoverageIsTheMeasureNotTheObject) {
    // "tỷ lệ bao phủ BHYT" is reported as "tỷ lệ người dân tham gia BHYT":
    // "bao phủ" names the measure, BHYT the work.
    auto object = object_of("Tuyên truyền vận động người dân tham gia BHYT hộ gia đình, phấn đấu "
                            "tỷ lệ bao phủ BHYT đạt 93%.",
                            others);
    EXPECT_FALSE(has(object, "w:bao")) << ::testing::PrintToString(object);
    EXPECT_FALSE(has(object, "w:phủ")) << ::testing::PrintToString(object);
    EXPECT_TRUE(has(object, "b:hiểm y")) << ::testing::PrintToString(object);
}

TEST(TrackingObject, MannerWordsAreNotTheObject) {
    // "kiên quyết", "triệt để", "khi phát sinh" say how and when; the
    // object is what is done.
    auto vms = object_of("Tiếp tục giám sát việc duy trì thiết bị giám sát hành trình VMS trên tàu "
                         "cá; kiên quyết xử lý tàu cá mất kết nối.",
                         others);
    EXPECT_FALSE(has(vms, "w:kiên")) << ::testing::PrintToString(vms);
    auto outbreak = object_of("Tăng cường tuyên truyền phòng, chống sốt xuất huyết, tay chân "
                              "miệng; xử lý triệt để ổ dịch khi phát sinh.",
                              others);
    for (const char* word : {"w:triệt", "w:khi", "w:sinh"}) {
        EXPECT_FALSE(has(outbreak, word)) << word << ::testing::PrintToString(outbreak);
    }
    auto building = object_of("Tăng cường kiểm tra, xử lý các trường hợp xây dựng không phép, sai "
                              "phép; không để phát sinh mới nhà trọ xây dựng không phép.",
                              others);
    EXPECT_FALSE(has(building, "w:phát")) << ::testing::PrintToString(building);
    EXPECT_FALSE(has(building, "w:sinh")) << ::testing::PrintToString(building);
    // A ceremony "trang trọng" and the masses ("quần chúng nhân dân").
    auto opening = object_of("Chỉ đạo các trường tổ chức Lễ khai giảng năm học mới vào ngày 05/9 "
                             "trang trọng, an toàn, tiết kiệm.",
                             others);
    EXPECT_FALSE(has(opening, "w:trọng")) << ::testing::PrintToString(opening);
    auto sect = object_of("Tuyên truyền, vận động quần chúng nhân dân không tham gia các hoạt động "
                          "tôn giáo trái pháp luật.",
                          others);
    EXPECT_FALSE(has(sect, "w:quần")) << ::testing::PrintToString(sect);
    // "các hoạt động" of a festival: the festival is the object.
    auto festival = object_of("Tổ chức các hoạt động Vui Tết Trung thu năm 2023 cho thiếu nhi trên "
                              "địa bàn xã.",
                              others);
    EXPECT_FALSE(has(festival, "w:hoạt")) << ::testing::PrintToString(festival);
    // "rà soát" (review) is an administrative verb like "kiểm tra".
    auto forest =
        object_of("Rà soát, phê duyệt danh sách hộ nhận khoán bảo vệ rừng năm 2025.", others);
    EXPECT_FALSE(has(forest, "w:rà")) << ::testing::PrintToString(forest);
    // Watching, preventing and reporting say how, not what.
    auto pests = object_of(
        "Chăm sóc, phòng trừ sâu bệnh cho lúa Hè Thu; theo dõi chặt chẽ rầy nâu.", others);
    EXPECT_FALSE(has(pests, "w:dõi")) << ::testing::PrintToString(pests);
    auto sand =
        object_of("Phối hợp tuần tra, ngăn chặn khai thác cát trái phép trên sông Hậu.", others);
    EXPECT_FALSE(has(sand, "w:chặn")) << ::testing::PrintToString(sand);
    auto budget = object_of("Lập báo cáo quyết toán ngân sách xã năm 2024 trình HĐND xã.", others);
    EXPECT_FALSE(has(budget, "w:cáo")) << ::testing::PrintToString(budget);
    // "các giải pháp", "các biện pháp": the means; the object is the revenue.
    for (const char* means : {"giải pháp", "biện pháp"}) {
        auto revenue = object_of(std::string("Tập trung các ") + means +
                                     " thu ngân sách, phấn đấu đạt 70% dự toán năm.",
                                 others);
        EXPECT_FALSE(has(revenue, "w:pháp")) << means << ::testing::PrintToString(revenue);
    }
}

TEST(TrackingObject, MonthlyAllowanceIsPaymentNotItsAdjectives) {
    // "đầy đủ" (in full) and "ưu đãi" (of the merit allowance) qualify the
    // payment; a report says "chi trả trợ cấp tháng 12 cho 96 người có công".
    auto object = object_of("Chi trả đầy đủ, kịp thời trợ cấp ưu đãi người có công, trợ cấp xã "
                            "hội tháng 12/2025.",
                            others);
    for (const char* word : {"w:đầy", "w:đủ", "w:ưu", "w:đãi"}) {
        EXPECT_FALSE(has(object, word)) << word << ::testing::PrintToString(object);
    }
    // Where payments are reported every month, "chi trả" is common and the
    // adjective would be the rarest word left.
    auto merit = object_of("Chi trả trợ cấp ưu đãi người có công tháng 02/2026 trước Tết.",
                           {"Chi trả trợ cấp xã hội tháng 11 cho 312 đối tượng.",
                            "Chi trả lương hưu, trợ cấp BHXH qua Bưu điện xã.",
                            "Chi trả tiền bồi thường GPMB cho 12 hộ.",
                            "Chi trả trợ cấp người có công tháng 12 cho 96 người."});
    EXPECT_FALSE(has(merit, "w:ưu")) << ::testing::PrintToString(merit);
    EXPECT_FALSE(has(merit, "w:đãi")) << ::testing::PrintToString(merit);
}

// "vận động thêm 2 học sinh …; còn 3 em" of the task's 5 is part of it,
// not another count of pupils; without the rest counted, it is.
TEST(TrackingObject, PartDoneWithTheRestCountedIsNoOtherCount) {
    const std::string task = "Tiếp tục vận động 5 học sinh còn bỏ học trở lại lớp.";
    Match part = match_texts(task, "Vận động thêm 2 học sinh bỏ học trở lại lớp; còn 3 em theo "
                                   "gia đình đi biển dài ngày, chưa liên hệ được.");
    EXPECT_EQ(part.why.find("different count"), std::string::npos) << part.why;
    // A smaller count alone is another count; "thêm 2" (a count added this
    // month, kind increment) is a part again.
    Match other = match_texts(task, "Vận động 2 học sinh bỏ học trở lại lớp.");
    EXPECT_NE(other.why.find("different count"), std::string::npos) << other.why;
    Match added = match_texts(task, "Vận động thêm 2 học sinh bỏ học trở lại lớp.");
    EXPECT_EQ(added.why.find("different count"), std::string::npos) << added.why;
    // Only the count that was added: "thêm 12 hội viên" beside it says
    // nothing of the classes.
    Match beside = match_texts("Mở 02 lớp dạy nghề may công nghiệp cho lao động nông thôn.",
                               "Mở 01 lớp dạy nghề may công nghiệp cho 30 lao động; Hội Nông "
                               "dân kết nạp thêm 12 hội viên.");
    EXPECT_NE(beside.why.find("different count"), std::string::npos) << beside.why;
    // A smaller count with the work said to go on is a part as well.
    Match going_on = match_texts("Khởi công ít nhất 03 nhà cho hộ nghèo theo chương trình xóa nhà "
                                 "tạm, nhà dột nát.",
                                 "Chương trình xóa nhà tạm, nhà dột nát: khởi công 01 nhà cho hộ "
                                 "nghèo, đang hoàn thiện hồ sơ các hộ khác.");
    EXPECT_EQ(going_on.why.find("different count"), std::string::npos) << going_on.why;
}

// tracking_related.tsv: gift packages handed out ("trao 272 phần quà",
// "35 suất quà") report "thăm hỏi, tặng quà".
TEST(TrackingObject, GiftPackagesStandForVisitingAndGiving) {
    for (const char* report : {"Trao 272 phần quà Tết cho hộ nghèo.",
                               "Thăm, tặng 35 suất quà cho gia đình chính sách."}) {
        TextProfile p = build_profile(report, vocabulary(), context().normalizer);
        ASSERT_FALSE(p.clause_terms.empty());
        EXPECT_TRUE(p.clause_terms[0].count("w:tặng") && p.clause_terms[0].count("w:hỏi"))
            << report;
    }
}

} // namespace

// tracking_words.tsv, kind ordinal_word: one word after "thứ" is read
// ("lần thứ hai" is 2); a number of several words is not read, rather than
// read wrong ("lần thứ mười hai" is no 10).
TEST(TrackingObject, AnOrdinalOfSeveralWordsIsNotReadAsItsFirst) {
    EXPECT_EQ(ordinals_of("Tổ chức Đại hội Hội Nông dân xã lần thứ hai."),
              std::vector<std::string>{"lần thứ=2"});
    EXPECT_EQ(ordinals_of("Tổ chức Đại hội Hội Nông dân xã lần thứ mười hai."),
              std::vector<std::string>{});
    // tracking_words.tsv, kind comparison: the year a figure is compared
    // with is not the task's.
    EXPECT_EQ(ordinals_of("Tổ chức Đêm hội trăng rằm, tăng 15% so với năm 2023, cùng kỳ năm 2022."),
              std::vector<std::string>{});
    // "năm" before a figure opens the year; it does not lengthen the number.
    EXPECT_EQ(ordinals_of("Tổ chức Đại hội Hội Nông dân xã lần thứ hai năm 2025."),
              (std::vector<std::string>{"lần thứ=2", "năm=2025"}));
}

// A school year written as one token ("2025-2026") or spaced ("2025 - 2026")
// is the same year: it was read as two different years and the report
// rejected as another task.
TEST(TrackingObject, ASchoolYearAgreesHoweverItsDashIsSpaced) {
    EXPECT_EQ(ordinals_of("Lập danh sách trẻ tuyển sinh lớp 1 năm học 2025-2026."),
              ordinals_of("Lập danh sách trẻ tuyển sinh lớp 1 năm học 2025 - 2026."));
    Match m = match_texts(
        "Các trường điều tra, lập danh sách trẻ trong độ tuổi tuyển sinh lớp 1 năm học 2025-2026.",
        "Các trường đang điều tra, lập danh sách trẻ trong độ tuổi tuyển sinh lớp 1 năm học "
        "2025 - 2026; đến nay rà soát xong 4/6 ấp.");
    EXPECT_FALSE(m.conflict) << m.why;
    EXPECT_TRUE(
        match_texts("Tổng kết năm học 2024-2025.", "Tổng kết năm học 2025 - 2026.").conflict);
}

// tracking_words.tsv: "khu vực" opens a proper name too ("khu vực Thạnh An",
// a ward's residential area in the Mekong delta); a title in quotes
// ("danh hiệu \"Khu vực văn hóa\"") names no place.
TEST(TrackingObject, AnAreaIsNamedAndATitleInQuotesIsNot) {
    auto names = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& n : build_profile(text, vocabulary(), context().normalizer).names) {
            std::string joined = n.head;
            for (const auto& w : n.words) {
                joined += " " + w;
            }
            out.push_back(joined);
        }
        return out;
    };
    EXPECT_EQ(names("Hoàn chỉnh hồ sơ đề nghị công nhận danh hiệu \"Khu vực Văn hóa\" cho khu "
                    "vực Thạnh Quới."),
              std::vector<std::string>{"khu vực thạnh quới"});
    EXPECT_EQ(names("Hoàn chỉnh hồ sơ đề nghị công nhận danh hiệu “Khu phố Văn hóa” năm 2023."),
              std::vector<std::string>{});
    // One digit after a name is its last word; a count is written "05 hộ".
    EXPECT_EQ(names("Bản Phiêng 2 đã hoàn thiện hồ sơ."), std::vector<std::string>{"bản phiêng 2"});
    EXPECT_EQ(names("Hỗ trợ thôn Đông 05 hộ."), std::vector<std::string>{"thôn đông"});
    // units.tsv, kind count: a counting noun after the digit makes it a count.
    EXPECT_EQ(names("Hỗ trợ thôn Đông 3 hộ."), std::vector<std::string>{"thôn đông"});
    EXPECT_EQ(names("Bản Phiêng 1 tổ chức họp dân."), std::vector<std::string>{"bản phiêng 1"});
}

TEST(TrackingObject, AnotherAreaIsALookAlike) {
    baocao::Directive d;
    d.text = "Rà soát, hoàn chỉnh hồ sơ đề nghị công nhận lại danh hiệu \"Khu vực văn hóa\" giai "
             "đoạn 2020-2023 cho khu vực Thạnh An và khu vực Thạnh Hòa, hoàn thành trong quý II.";
    d.section = "4";
    std::vector<baocao::ResultParagraph> results = {
        {"4", "Văn hóa - xã hội",
         "- Hoàn chỉnh hồ sơ đề nghị UBND thành phố công nhận lần đầu danh hiệu \"Khu vực văn "
         "hóa\" cho khu vực Thạnh Quới."},
        {"4", "Văn hóa - xã hội", "- Tổ chức 02 buổi chiếu phim lưu động tại khu vực Thạnh Lợi."}};
    EXPECT_EQ(baocao::test::tracker()
                  .decide(d, "Văn hóa - xã hội", results, baocao::YearMonth{2023, 6})
                  .status,
              baocao::DirectiveStatus::not_reported);
}

// tracking_groups.tsv, slot activity: an arts contest is not a volleyball
// tournament held for the same anniversary.
TEST(TrackingObject, AnotherKindOfContestIsALookAlike) {
    baocao::Directive d;
    d.text = "Tổ chức Hội thi văn nghệ quần chúng chào mừng 94 năm Ngày thành lập Hội Liên hiệp "
             "Phụ nữ Việt Nam; trước ngày 20/10.";
    d.section = "2";
    auto decide = [&](const char* text) {
        std::vector<baocao::ResultParagraph> results = {{"2", "Văn hóa - xã hội", text}};
        return baocao::test::tracker()
            .decide(d, "Văn hóa - xã hội", results, baocao::YearMonth{2024, 10})
            .status;
    };
    EXPECT_EQ(decide("- Hội LHPN phường tổ chức giải bóng chuyền hơi nữ chào mừng 94 năm Ngày "
                     "thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2024) với 8 đội tham gia."),
              baocao::DirectiveStatus::not_reported);
    EXPECT_EQ(decide("- Hội LHPN phường tổ chức Hội thi văn nghệ quần chúng chào mừng 94 năm Ngày "
                     "thành lập Hội LHPN Việt Nam với 12 tiết mục tham gia."),
              baocao::DirectiveStatus::done);
}

TEST(TrackingObject, TheDongOfAnAmountIsAUnitNotAWord) {
    // "263 tr.đ": with the dot of "tr.đ" no longer ending a clause, its "đ"
    // stands in the clause that reports the task; as "đồng" it says nothing
    // of which task (tracking_words.tsv: function).
    TextProfile profile = build_profile("- Quà Tết: trao 438 suất cho hộ nghèo, 263 tr.đ; xong.",
                                        vocabulary(), context().normalizer);
    auto dong = std::find_if(profile.syllables.begin(), profile.syllables.end(),
                             [](const Syllable& s) { return s.key == "đ"; });
    ASSERT_NE(dong, profile.syllables.end());
    EXPECT_LE(dong->weight, 0.05);
    EXPECT_EQ(dong->clause, 0u);
}
