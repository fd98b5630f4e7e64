// Ctrl-C during ingest (issue 7): SIGINT stops the parsers, commits the
// reports already read, says what was committed and what to re-run, exits
// 130; the index is consistent and a re-run completes it.
#include "robustness_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

namespace {

using namespace baocao;
using test::baocao;
using test::shell_quoted;

std::string read_all(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

TEST(Interrupt, SigintCommitsWhatIsCompleteAndARerunFinishes) {
    test::TempDir dir;
    const int total = 600; // several seconds of parsing on one thread
    test::write_corpus(dir.path("in"), total);
    std::string db = dir.path("db");
    std::string ingest = shell_quoted(BAOCAO_BINARY) + " ingest " + shell_quoted(dir.path("in")) +
                         " --db " + shell_quoted(db) + " --jobs 1";
    // Wait for the index to exist (the run is under way), then Ctrl-C.
    int status = -1;
    std::string code = test::shell(
        ingest + " >" + shell_quoted(dir.path("out")) + " 2>" + shell_quoted(dir.path("err")) +
            " & pid=$!; for i in $(seq 100); do [ -e " + shell_quoted(db + "/iamglass") +
            " ] && break; sleep 0.05; done; sleep 0.5; kill -INT $pid; wait $pid; echo $?",
        &status);
    std::string err = read_all(dir.path("err"));
    ASSERT_EQ(code, "130\n") << err << read_all(dir.path("out"));
    std::smatch match;
    ASSERT_TRUE(std::regex_search(err, match,
                                  std::regex("baocao: interrupted \\(SIGINT\\): ([0-9]+) reports "
                                             "committed to the index, ([0-9]+) files not read; "
                                             "run the same 'baocao ingest' again to finish")))
        << err;
    int committed = std::stoi(match[1]);
    int unread = std::stoi(match[2]);
    EXPECT_GT(unread, 0);
    EXPECT_LT(committed, total);

    // What was committed is all there, whole.
    test::Run check = baocao("reports --check --db " + shell_quoted(db));
    EXPECT_EQ(check.status, 0) << check.output;
    EXPECT_NE(check.output.find(std::to_string(committed) + " reports, every one complete"),
              std::string::npos)
        << check.output;

    test::Run rerun =
        baocao("ingest " + shell_quoted(dir.path("in")) + " --db " + shell_quoted(db));
    EXPECT_EQ(rerun.status, 0) << rerun.output;
    EXPECT_NE(rerun.output.find(std::to_string(total - committed) + " added"), std::string::npos)
        << rerun.output;
    check = baocao("reports --check --db " + shell_quoted(db));
    EXPECT_NE(check.output.find(std::to_string(total) + " reports, every one complete"),
              std::string::npos)
        << check.output;
    test::Run search = baocao("search 'kham so tuyen' --limit 1000 --db " + shell_quoted(db));
    EXPECT_EQ(search.status, 0) << search.output;
}

} // namespace
