// The database side of robustness (issue 7), through the real binary: an
// index that cannot be written, one locked by another writer, one that is
// corrupt or not a baocao index. Each ends with a message that names the
// path and says what to do, a documented exit code, and nothing damaged.
#include "robustness_support.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include <xapian.h>

namespace {

using namespace baocao;
using test::baocao;
using test::shell_quoted;

class Database : public testing::Test {
protected:
    void SetUp() override {
        test::write_corpus(dir.path("in"), 3);
        test::write_file(dir.path("more/x.txt"),
                         test::sample_report("AN THẠNH", 11, 2023, {"Tuyên truyền ATGT."}, {}));
    }
    test::Run ingest(const std::string& db, const std::string& extra = "") {
        return baocao("ingest " + shell_quoted(dir.path("in")) + " --db " + shell_quoted(db) + " " +
                      extra);
    }
    // Every reader command on `db`: each must fail the same way.
    std::vector<test::Run> readers(const std::string& db) {
        std::string d = " --db " + shell_quoted(db);
        return {baocao("search ngan sach" + d), baocao("reports" + d),
                baocao("trend 'tổng thu ngân sách'" + d), baocao("directives" + d),
                baocao("metrics" + d)};
    }

    test::TempDir dir;
};

TEST_F(Database, HelpListsTheExitCodes) {
    test::Run help = baocao("--help");
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.output.find("3 index or dictionary unusable"), std::string::npos) << help.output;
    EXPECT_NE(help.output.find("4 index busy"), std::string::npos) << help.output;
    EXPECT_NE(help.output.find("130/143"), std::string::npos) << help.output;
}

TEST_F(Database, DbUnderARegularFileIsRefused) {
    test::write_file(dir.path("file"), "x");
    std::string db = dir.path("file/db");
    test::Run run = ingest(db);
    EXPECT_EQ(run.status, 3) << run.output;
    EXPECT_NE(run.output.find("baocao: " + db +
                              ": cannot create the parent folder (Not a "
                              "directory); choose another place with --db"),
              std::string::npos)
        << run.output;
}

TEST_F(Database, ReadOnlyPlaceIsRefused) {
    // /proc refuses new entries even to root.
    std::string db = "/proc/baocao-robustness-test/db";
    test::Run run = ingest(db);
    EXPECT_EQ(run.status, 3) << run.output;
    EXPECT_NE(run.output.find("baocao: " + db + ": cannot create"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("; choose another place with --db"), std::string::npos) << run.output;
}

TEST_F(Database, IndexOwnedBySomeoneElseIsRefusedAndKept) {
    std::string db = dir.path("db");
    ASSERT_EQ(ingest(db).status, 0);
    // Only the input folder goes to the other user: the index stays root's.
    std::string skip;
    std::string prefix = test::unprivileged_prefix(dir.path("more"), skip);
    if (!skip.empty()) {
        GTEST_SKIP() << skip;
    }
    if (prefix.empty()) {
        test::shell("chmod -R a-w " + shell_quoted(db));
    }
    test::Run run =
        baocao("ingest " + shell_quoted(dir.path("more")) + " --db " + shell_quoted(db), prefix);
    test::shell("chmod -R u+w " + shell_quoted(db));
    EXPECT_EQ(run.status, 3) << run.output;
    EXPECT_NE(run.output.find("baocao: " + db + ": "), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("check that this user may write to it"), std::string::npos)
        << run.output;
    test::Run reports = baocao("reports --check --db " + shell_quoted(db));
    EXPECT_EQ(reports.status, 0) << reports.output;
    EXPECT_NE(reports.output.find("3 reports, every one complete"), std::string::npos)
        << reports.output;
}

TEST_F(Database, SecondWriterWaitsThenGivesUpWithExitCode4) {
    std::string db = dir.path("db");
    ASSERT_EQ(ingest(db).status, 0);
    auto started = std::chrono::steady_clock::now();
    {
        Xapian::WritableDatabase holder(db, Xapian::DB_OPEN); // holds the write lock
        test::Run run = baocao("ingest " + shell_quoted(dir.path("more")) + " --db " +
                               shell_quoted(db) + " --wait 1");
        EXPECT_EQ(run.status, 4) << run.output;
        EXPECT_NE(run.output.find("baocao: " + db +
                                  ": another 'baocao ingest' is writing to this index (still "
                                  "locked after 1 s); nothing was written; run again when it has "
                                  "finished, or wait longer with --wait SECONDS"),
                  std::string::npos)
            << run.output;
    }
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
    test::Run reports = baocao("reports --check --db " + shell_quoted(db));
    EXPECT_NE(reports.output.find("3 reports, every one complete"), std::string::npos)
        << reports.output;
}

TEST_F(Database, SecondWriterProceedsWhenTheLockIsReleased) {
    std::string db = dir.path("db");
    ASSERT_EQ(ingest(db).status, 0);
    auto holder = std::make_unique<Xapian::WritableDatabase>(db, Xapian::DB_OPEN);
    std::future<test::Run> second = std::async(std::launch::async, [&] {
        return baocao("ingest " + shell_quoted(dir.path("more")) + " --db " + shell_quoted(db) +
                      " --wait 60");
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    holder.reset(); // the first writer finishes
    test::Run run = second.get();
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_NE(run.output.find("waiting up to 60 s for it to finish"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("1 added"), std::string::npos) << run.output;
    test::Run reports = baocao("reports --check --db " + shell_quoted(db));
    EXPECT_NE(reports.output.find("4 reports, every one complete"), std::string::npos)
        << reports.output;
}

TEST_F(Database, FolderOfOtherFilesIsNotAnIndexAndIsLeftAlone) {
    std::string db = dir.path("documents");
    test::write_file(db + "/letter.odt", "not an index");
    for (const auto& run : readers(db)) {
        EXPECT_EQ(run.status, 3) << run.output;
        EXPECT_NE(run.output.find("baocao: " + db +
                                  ": not a baocao index (a folder without an index in it); give "
                                  "the --db that 'baocao ingest' wrote"),
                  std::string::npos)
            << run.output;
    }
    test::Run run = ingest(db);
    EXPECT_EQ(run.status, 3) << run.output;
    EXPECT_NE(run.output.find("baocao: " + db +
                              ": a folder with other files in it, not a baocao index; nothing "
                              "was written; give a new or empty folder with --db"),
              std::string::npos)
        << run.output;
    std::size_t entries = 0;
    for (const auto& entry : std::filesystem::directory_iterator(db)) {
        (void)entry;
        ++entries;
    }
    EXPECT_EQ(entries, 1u); // no Xapian file added among the user's
}

TEST_F(Database, XapianDatabaseOfAnotherProgramIsNotABaocaoIndex) {
    std::string db = dir.path("other");
    {
        Xapian::WritableDatabase other(db, Xapian::DB_CREATE);
        Xapian::Document document;
        document.add_term("hello");
        other.add_document(document);
        other.commit();
    }
    for (const auto& run : readers(db)) {
        EXPECT_EQ(run.status, 3) << run.output;
        EXPECT_NE(run.output.find("baocao: " + db +
                                  ": a Xapian database but not a baocao index (it has no baocao "
                                  "layout mark)"),
                  std::string::npos)
            << run.output;
    }
    test::Run run = ingest(db);
    EXPECT_EQ(run.status, 3) << run.output;
    EXPECT_NE(run.output.find("not a baocao index (it has no baocao layout mark); nothing was "
                              "written; give another --db"),
              std::string::npos)
        << run.output;
    EXPECT_EQ(Xapian::Database(db).get_doccount(), 1u);
}

TEST_F(Database, RegularFileIsNotAnIndex) {
    std::string db = dir.path("notes.txt");
    test::write_file(db, "some notes\n");
    for (const auto& run : readers(db)) {
        EXPECT_EQ(run.status, 3) << run.output;
        EXPECT_NE(run.output.find("baocao: " + db + ": not a baocao index ("), std::string::npos)
            << run.output;
    }
}

TEST_F(Database, CorruptIndexIsUnusableWithExitCode3) {
    std::string db = dir.path("db");
    ASSERT_EQ(ingest(db).status, 0);
    // Garbage over the middle of the posting table: its blocks fail their
    // checks when read.
    std::string table = db + "/postlist.glass";
    std::uintmax_t size = std::filesystem::file_size(table);
    test::shell("head -c " + std::to_string(size) + " /dev/urandom | dd of=" + shell_quoted(table) +
                " conv=notrunc status=none");
    for (const auto& run : readers(db)) {
        EXPECT_EQ(run.status, 3) << run.output;
        EXPECT_NE(run.output.find("baocao: " + db + ": Database"), std::string::npos) << run.output;
        EXPECT_NE(run.output.find("remove the directory and run 'baocao ingest' again"),
                  std::string::npos)
            << run.output;
    }
    test::Run run = ingest(db);
    EXPECT_EQ(run.status, 3) << run.output;
}

} // namespace
