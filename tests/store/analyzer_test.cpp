// The analyser that both the writer and the query side use.
#include "store_support.h"

#include "store/analyzer.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace {

using baocao::store::Analyzer;

// term -> positions
std::map<std::string, std::set<std::uint32_t>> positions(const std::string& text) {
    Analyzer analyzer(baocao::test::context().dictionaries, baocao::test::context().normalizer);
    std::map<std::string, std::set<std::uint32_t>> out;
    for (const auto& posting : analyzer.analyse(text)) {
        out[posting.term].insert(posting.position);
    }
    return out;
}

TEST(Analyzer, AbbreviationGetsLongFormOverTheSameSpan) {
    auto p = positions("khám tuyển NVQS tại huyện");
    EXPECT_EQ(p["khám"], (std::set<std::uint32_t>{0}));
    EXPECT_EQ(p["tuyển"], (std::set<std::uint32_t>{1}));
    // The short form at both ends of the span, so phrases meet it from the
    // words before and after.
    EXPECT_EQ(p["nvqs"], (std::set<std::uint32_t>{2, 5}));
    EXPECT_EQ(p["nghĩa"], (std::set<std::uint32_t>{2}));
    EXPECT_EQ(p["vụ"], (std::set<std::uint32_t>{3}));
    EXPECT_EQ(p["quân"], (std::set<std::uint32_t>{4}));
    EXPECT_EQ(p["sự"], (std::set<std::uint32_t>{5}));
    EXPECT_EQ(p["tại"], (std::set<std::uint32_t>{6}));
}

TEST(Analyzer, LongFormGetsAbbreviation) {
    auto p = positions("khám nghĩa vụ quân sự");
    EXPECT_EQ(p["nvqs"], (std::set<std::uint32_t>{1, 4}));
    EXPECT_EQ(p["sự"], (std::set<std::uint32_t>{4}));
}

TEST(Analyzer, LongFormMatchesWhateverTheCaseAndTonePlacement) {
    EXPECT_EQ(positions("Ủy Ban Nhân Dân xã")["ubnd"], (std::set<std::uint32_t>{0, 3}));
    EXPECT_EQ(positions("Uỷ ban nhân dân xã")["ubnd"], (std::set<std::uint32_t>{0, 3}));
}

TEST(Analyzer, ReferenceIsWholeAndInPieces) {
    auto p = positions("Thông báo số 76/TB-UBND ngày");
    EXPECT_EQ(p["76/tb-ubnd"], (std::set<std::uint32_t>{3, 5}));
    EXPECT_EQ(p["76"], (std::set<std::uint32_t>{3}));
    EXPECT_EQ(p["tb"], (std::set<std::uint32_t>{4}));
    EXPECT_EQ(p["ubnd"], (std::set<std::uint32_t>{5}));
    EXPECT_EQ(p["ngày"], (std::set<std::uint32_t>{6}));
}

TEST(Analyzer, NumberStaysAsWrittenWithoutItsUnit) {
    auto p = positions("là: 1.327.732.848đ.");
    EXPECT_EQ(p.count("1.327.732.848"), 1u);
    EXPECT_EQ(p.count("đ"), 1u);
}

TEST(Analyzer, KeysFoldDiacriticsAndDBar) {
    Analyzer analyzer(baocao::test::context().dictionaries, baocao::test::context().normalizer);
    EXPECT_EQ(analyzer.keys("Đìa").key, "đìa");
    EXPECT_EQ(analyzer.keys("Đìa").folded, "dia");
    EXPECT_EQ(analyzer.keys("hoá").key, analyzer.keys("hóa").key);
    EXPECT_FALSE(analyzer.keys("dia").has_marks());
}

} // namespace
