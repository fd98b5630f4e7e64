// Readers while an ingest writes (issue 7): search, trend, directives and
// reports run in a loop against an index another process is committing to;
// every one succeeds and sees a committed state (whole reports, never fewer
// than before). Xapian's DatabaseModifiedError is absorbed by Index (reopen
// and read again); the in-process test provokes it directly.
#include "robustness_support.h"

#include "baocao/query.h"
#include "baocao/store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

namespace {

using namespace baocao;
using test::baocao;
using test::shell_quoted;

int report_count(const std::string& output) {
    std::smatch match;
    if (std::regex_search(output, match, std::regex("([0-9]+) reports, every one complete"))) {
        return std::stoi(match[1]);
    }
    return -1;
}

TEST(Concurrency, QueriesWhileIngestWritesSeeCommittedStates) {
    test::TempDir dir;
    test::write_corpus(dir.path("first"), 20, "trước");
    test::write_corpus(dir.path("second"), 400, "sau");
    std::string db = dir.path("db");
    ASSERT_EQ(
        baocao("ingest " + shell_quoted(dir.path("first")) + " --db " + shell_quoted(db)).status,
        0);

    std::string status_file = dir.path("status");
    test::shell("(" + shell_quoted(BAOCAO_BINARY) + " ingest " + shell_quoted(dir.path("second")) +
                " --db " + shell_quoted(db) + " --jobs 1 >" + shell_quoted(dir.path("out")) +
                " 2>&1; echo $? >" + shell_quoted(status_file) + ") >/dev/null 2>&1 &");
    std::string d = " --db " + shell_quoted(db);
    int last = 20;
    int loops_while_writing = 0;
    int grew = 0;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    while (!std::filesystem::exists(status_file) && std::chrono::steady_clock::now() < deadline) {
        test::Run search = baocao("search 'kham so tuyen' --limit 5" + d);
        EXPECT_EQ(search.status, 0) << search.output;
        test::Run trend = baocao("trend 'tổng thu ngân sách' --format csv" + d);
        EXPECT_EQ(trend.status, 0) << trend.output;
        test::Run directives = baocao("directives --json" + d);
        EXPECT_EQ(directives.status, 0) << directives.output.substr(0, 2000);
        test::Run check = baocao("reports --check" + d);
        EXPECT_EQ(check.status, 0) << check.output;
        int now = report_count(check.output);
        EXPECT_GE(now, last) << check.output; // committed states only move forward
        grew += now > last;
        last = std::max(last, now);
        ++loops_while_writing;
    }
    ASSERT_TRUE(std::filesystem::exists(status_file)) << "ingest did not finish in 3 minutes";
    EXPECT_EQ(test::shell("cat " + shell_quoted(status_file)), "0\n");
    EXPECT_GE(loops_while_writing, 2) << "ingest ended before the readers could overlap it";
    RecordProperty("loops_while_writing", loops_while_writing);
    RecordProperty("states_seen_growing", grew);
    EXPECT_EQ(report_count(baocao("reports --check" + d).output), 420);
}

// A reader left at an old revision while the writer commits many times: the
// blocks it would read get reused and Xapian throws DatabaseModifiedError.
// Index reopens and reads again, so the caller only ever sees a result.
TEST(Concurrency, ReaderAtAnOldRevisionStillAnswers) {
    test::TempDir dir;
    test::write_corpus(dir.path("in/0"), 5, "0");
    IngestOptions options;
    options.database = dir.path("db");
    options.jobs = 1;
    options.batch_reports = 1;
    options.inputs = {dir.path("in/0")};
    ingest_into(options, test::context());
    Index index = Index::open({dir.path("db")}, test::context());
    ASSERT_EQ(index.reports().size(), 5u);
    for (int round = 1; round <= 6; ++round) {
        std::string folder = dir.path("in/" + std::to_string(round));
        test::write_corpus(folder, 10, std::to_string(round));
        options.inputs = {folder};
        ingest_into(options, test::context()); // 10 commits each
    }
    std::vector<ReportRecord> reports;
    ASSERT_NO_THROW(reports = index.reports());
    // Either the revision it opened (still intact) or the newest one.
    EXPECT_TRUE(reports.size() == 5u || reports.size() == 65u) << reports.size();
    SearchOptions search;
    search.query = "kham so tuyen";
    search.limit = 100;
    EXPECT_NO_THROW(index.search(search));
    EXPECT_TRUE(index.check().empty());
}

} // namespace
