#include "baocao/dictionaries.h"
#include "baocao/error.h"

#include <gtest/gtest.h>

using baocao::Dictionaries;

TEST(Dictionaries, ParsesHeaderRowsAndSkipsComments) {
    auto table = Dictionaries::parse_table("t.tsv", "# comment\nshort\tlong\n\nNVQS\tnghĩa vụ "
                                                    "quân sự\r\nPCCC\tphòng cháy chữa cháy\n");
    ASSERT_EQ(table.columns.size(), 2u);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0][1], "nghĩa vụ quân sự");
    EXPECT_EQ(table.rows[1][0], "PCCC");
    EXPECT_EQ(table.column("long"), 1u);
}

TEST(Dictionaries, BadRowNamesFileAndLine) {
    try {
        Dictionaries::parse_table("dictionaries/units.tsv", "a\tb\nx\ty\nonly-one\n");
        FAIL() << "expected an error";
    } catch (const baocao::Error& e) {
        EXPECT_STREQ(e.what(), "dictionaries/units.tsv:3: expected 2 tab-separated columns, "
                               "found 1; fix the row (columns: see the header)");
        EXPECT_EQ(e.code(), baocao::ExitCode::unusable);
    }
}

TEST(Dictionaries, MissingFolderIsAnEnvironmentError) {
    EXPECT_THROW(Dictionaries::load("/nonexistent/dictionaries"), baocao::Error);
}

TEST(Dictionaries, ShippedTablesLoad) {
    auto dictionaries = Dictionaries::load(std::string(BAOCAO_SOURCE_DIR) + "/dictionaries");
    for (const char* name :
         {"syllables", "tone_placement", "characters", "sections", "issuers", "report_kinds"}) {
        EXPECT_TRUE(dictionaries.has(name)) << name;
        EXPECT_FALSE(dictionaries.table(name).rows.empty()) << name;
    }
}
