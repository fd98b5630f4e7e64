// The commands as a user runs them: exit codes, the summary line, the JSON
// shapes of search and reports.
#include "store_support.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace {

using baocao::test::shell;

class Commands : public testing::Test {
protected:
    std::string baocao(const std::string& arguments, int* status = nullptr) {
        return shell("cd " + std::string(BAOCAO_SOURCE_DIR) + " && " + BAOCAO_BINARY + " " +
                         arguments + " 2>" + dir.path("stderr"),
                     status);
    }
    std::string error_output() { return shell("cat " + dir.path("stderr")); }
    baocao::test::TempDir dir;
};

TEST_F(Commands, IngestSearchReports) {
    int status = -1;
    std::string db = dir.path("db");
    std::string out = baocao("ingest corpus/lai-cach-2023-11.txt --db " + db, &status);
    EXPECT_EQ(status, 0) << error_output();
    EXPECT_EQ(out.rfind(db + ": 1 files seen, 1 added, 0 replaced, 0 skipped, 0 failed (", 0), 0u)
        << out;
    out = baocao("ingest corpus/lai-cach-2023-11.txt --db " + db, &status);
    EXPECT_EQ(out.rfind(db + ": 1 files seen, 0 added, 0 replaced, 1 skipped, 0 failed (", 0), 0u)
        << out;

    out = baocao("search kham so tuyen --json --limit 3 --db " + db, &status);
    EXPECT_EQ(status, 0) << error_output();
    nlohmann::json json = nlohmann::json::parse(out);
    EXPECT_EQ(json["query"], "kham so tuyen");
    EXPECT_GE(json["total"].get<int>(), 3);
    ASSERT_EQ(json["hits"].size(), 3u);
    for (const char* key : {"issuer", "period", "part", "section", "section_title", "text",
                            "snippet", "score", "source"}) {
        EXPECT_TRUE(json["hits"][0].contains(key)) << key;
    }
    EXPECT_EQ(json["hits"][0]["issuer"], "UBND thị trấn Lai Cách");
    EXPECT_EQ(json["hits"][0]["period"], "2023-11");
    EXPECT_EQ(json["hits"][0]["source"], "corpus/lai-cach-2023-11.txt");
    EXPECT_NE(json["hits"][0]["snippet"].get<std::string>().find("«khám»"), std::string::npos);

    // Without a terminal the matches are marked with « ».
    out = baocao("search 76/TB-UBND --db " + db, &status);
    EXPECT_NE(out.find("«76/TB-UBND»"), std::string::npos) << out;

    out = baocao("reports --json --db " + db, &status);
    EXPECT_EQ(status, 0);
    json = nlohmann::json::parse(out);
    ASSERT_EQ(json.size(), 1u);
    EXPECT_EQ(json[0]["period"], "2023-11");
    EXPECT_EQ(json[0]["kind"], "monthly");
    EXPECT_GT(json[0]["paragraphs"].get<int>(), 100);
    EXPECT_GT(json[0]["figures"].get<int>(), 10);
    EXPECT_GT(json[0]["directives"].get<int>(), 10);
}

TEST_F(Commands, ExitCodes) {
    int status = -1;
    baocao::test::write_file(dir.path("broken.pdf"), "not a pdf");
    baocao("ingest corpus/lai-cach-2023-11.txt " + dir.path("broken.pdf") + " --db " +
               dir.path("db"),
           &status);
    EXPECT_EQ(status, 1);
    EXPECT_NE(error_output().find(dir.path("broken.pdf") + ": "), std::string::npos)
        << error_output();

    baocao("search '(unclosed' --db " + dir.path("db"), &status);
    EXPECT_EQ(status, 2);
    EXPECT_EQ(error_output(), "baocao: query '(unclosed': a '(' is not closed; add ')'\n");

    baocao("search anything --db " + dir.path("missing"), &status);
    EXPECT_EQ(status, 3);
    EXPECT_EQ(error_output(), "baocao: " + dir.path("missing") +
                                  ": no index here; create it with 'baocao ingest FILES --db " +
                                  dir.path("missing") + "' or give the right --db\n");
}

} // namespace
