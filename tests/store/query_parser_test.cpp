// Queries against an in-memory index of hand-made paragraphs: what each
// kind of query must find, and how malformed queries are refused.
#include "store_support.h"

#include "baocao/error.h"
#include "query/query_parser.h"
#include "store/analyzer.h"
#include "store/document_builder.h"
#include "store/writer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace {

using namespace baocao;

const std::vector<std::string> paragraphs = {
    "Phối hợp khám sơ tuyển NVQS cho nam công dân.",        // 0
    "Làng văn hoá thôn Đìa đạt danh hiệu.",                 // 1
    "Tổng thu ngân sách tháng 11/2023 là: 1.327.732.848đ.", // 2
    "Xây dựng Thông báo số 76/TB-UBND ngày 03/11/2023.",    // 3
    "Tuyên truyền phòng cháy chữa cháy cho nhân dân.",      // 4
    "Con ma trong truyện cổ.",                              // 5
    "Bà má của tôi đi chợ.",                                // 6
    "Chăm sóc sức khỏe ban đầu.",                           // 7
    "Khám tuyển nghĩa vụ quân sự tại huyện.",               // 8
};

class QueryParser : public testing::Test {
protected:
    static void SetUpTestSuite() {
        analyzer = new store::Analyzer(test::context().dictionaries, test::context().normalizer);
        writer = new store::Writer(*analyzer);
        ProcessedFile file;
        file.raw.sha256 = std::string(64, 'a');
        file.report.issuer = "UBND xã Tân Hòa";
        file.report.period = YearMonth{2023, 11};
        Section section;
        section.part = "results";
        section.number = "6.2";
        section.title = "Công tác quốc phòng";
        for (const auto& text : paragraphs) {
            section.paragraphs.push_back({text, 1, 0, 0, 0});
        }
        file.report.sections.push_back(section);
        writer->put(store::prepare_report(file, "/x/report.txt", *analyzer));
        writer->commit();
    }
    static void TearDownTestSuite() {
        delete writer;
        delete analyzer;
    }

    // Paragraph indexes of the hits, best first.
    static std::vector<std::size_t> hits(const std::string& query) {
        Xapian::Enquire enquire(writer->database());
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                        query::parse_query(query, *analyzer),
                                        Xapian::Query("XTparagraph")));
        Xapian::MSet mset = enquire.get_mset(0, 20);
        std::vector<std::size_t> out;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            out.push_back(nlohmann::json::parse(it.get_document().get_data())["index"]);
        }
        return out;
    }

    static store::Analyzer* analyzer;
    static store::Writer* writer;
};

store::Analyzer* QueryParser::analyzer = nullptr;
store::Writer* QueryParser::writer = nullptr;

struct Case {
    const char* query;
    std::vector<std::size_t> expected; // exact hit list, best first
};

TEST_F(QueryParser, FindsWhatUsersType) {
    const Case cases[] = {
        {"kham so tuyen", {0}},           // without diacritics
        {"khám sơ tuyển", {0}},           // with
        {"nghĩa vụ quân sự", {0, 8}},     // long form finds the abbreviation
        {"\"nghia vu quan su\"", {0, 8}}, // as a phrase too
        {"NVQS", {0, 8}},                 // abbreviation finds the long form
        {"\"khám sơ tuyển nghĩa vụ\"", {0}},
        {"\"NVQS cho nam\"", {0}}, // phrase after an abbreviation
        {"PCCC", {4}},
        {"văn hóa", {1}}, // other tone placement
        {"van hoa", {1}},
        {"Đìa", {1}},
        {"dia", {1}},
        {"sức khoẻ", {7}},
        {"1.327.732.848", {2}},
        {"76/TB-UBND", {3}},
        {"TB-UBND", {3}},
        {"so:76/TB-UBND", {3}},
        {"so:76/tb-ubnd", {3}},
        {"thông báo 03/11/2023", {3}},
        {"má", {6, 5}}, // exact tone first, folded after
        {"ma NOT bà", {5}},
        {"ma -bà", {5}},
        {"má OR ngân", {2, 5, 6}},
        {"(má OR ngân) AND tổng", {2}},
        {"kham thang:2023-11", {0, 8}},
        {"kham thang:11/2023..12/2023", {0, 8}},
        {"kham thang:2023", {0, 8}},
        {"kham thang:2023-12", {}},
        {"kham muc:6", {0, 8}},
        {"kham muc:6.1", {}},
        {"kham phan:plan", {}},
        {"\"quốc phòng phối hợp\"", {}}, // no phrase from the title into the text
    };
    for (const auto& c : cases) {
        std::vector<std::size_t> found = hits(c.query);
        // Order matters only where the case is about ranking.
        std::vector<std::size_t> expected = c.expected;
        if (std::string(c.query) != "má") {
            std::sort(found.begin(), found.end());
            std::sort(expected.begin(), expected.end());
        }
        EXPECT_EQ(found, expected) << c.query;
    }
}

TEST_F(QueryParser, RefusesMalformedQueries) {
    const std::pair<const char*, const char*> cases[] = {
        {"\"open phrase", "query '\"open phrase': a phrase has no closing '\"'; close it"},
        {"(a OR b", "query '(a OR b': a '(' is not closed; add ')'"},
        {"a OR", "query 'a OR': ends after an operator; add what it applies to"},
        {"foo:bar", "query 'foo:bar': unknown field 'foo:'; use thang:, so:, muc: or phan: "
                    "(or quote the text)"},
        {"thang:2023-13", "query 'thang:2023-13': thang:2023-13 is not a month or range; write "
                          "thang:2023-11 or thang:11/2023..12/2023"},
        {"", "query '': nothing to search for; give words, a \"phrase\" or a filter"},
    };
    for (const auto& [query, message] : cases) {
        try {
            query::parse_query(query, *analyzer);
            ADD_FAILURE() << "accepted: " << query;
        } catch (const Error& e) {
            EXPECT_EQ(std::string(e.what()), message);
            EXPECT_EQ(e.code(), ExitCode::usage);
        }
    }
}

} // namespace
