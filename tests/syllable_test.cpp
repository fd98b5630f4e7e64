// The glued-word repair must touch only tokens that are not valid syllables:
// checked on every word of the real report.
#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using baocao::test::context;

TEST(Syllable, WellFormedAndMalformed) {
    const auto& n = context().normalizer;
    for (const char* word : {"nghĩa", "quyết", "khuya", "giữa", "gì", "ở", "thuở", "xoong",
                             "nguyễn", "huyện", "Trường", "ĐẢNG"}) {
        EXPECT_TRUE(n.is_syllable(word)) << word;
    }
    for (const char* word :
         {"dịchtrên", "thôngtừ", "vit", "ka", "cem", "nghat", "bhyt", "quoa", "hóà"}) {
        EXPECT_FALSE(n.is_syllable(word)) << word;
    }
}

TEST(Syllable, RepairTouchesOnlyInvalidTokensOfTheRealReport) {
    const auto& n = context().normalizer;
    std::ifstream in(baocao::test::source_path("corpus/lai-cach-2023-11.txt"));
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = n.clean(buffer.str());
    int split = 0;
    int checked = 0;
    for (const auto& token : n.tokenize(text)) {
        if (token.numeric) {
            continue;
        }
        auto parts = n.split_glued(token.text);
        ++checked;
        if (parts.size() > 1) {
            ++split;
            EXPECT_FALSE(n.is_syllable(token.text)) << token.text;
            for (const auto& part : parts) {
                bool abbreviation_or_number = !part.empty() && (part[0] >= '0' && part[0] <= '9');
                EXPECT_TRUE(abbreviation_or_number || n.is_syllable(part) ||
                            part == std::string("BHYT"))
                    << token.text << " -> " << part;
            }
        } else if (n.is_syllable(token.text)) {
            EXPECT_EQ(parts[0], token.text);
        }
    }
    EXPECT_GT(checked, 6000);
    // The glued words a reader finds in the report: dịchtrên, thôngtừ, quyđịnh,
    // đếnhoạt, lễlớn, dịchbệnh, trấnxây, tácphòng, táckiểm, BHYT63.
    EXPECT_EQ(split, 10);
}
