// `ingest_into`: idempotent, incremental, one report per content, prune,
// failures named, an unusable database refused with what to do.
#include "store_support.h"

#include "baocao/query.h"
#include "baocao/store.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace baocao;

class Ingest : public testing::Test {
protected:
    IngestSummary ingest(bool prune = false) {
        IngestOptions options;
        options.inputs = {dir.path("in")};
        options.database = dir.path("db");
        options.jobs = 2;
        options.prune = prune;
        return ingest_into(options, test::context());
    }
    std::vector<std::string> search(const std::string& query) {
        Index index = Index::open({dir.path("db")}, test::context());
        SearchOptions options;
        options.query = query;
        std::vector<std::string> out;
        for (const auto& hit : index.search(options).hits) {
            out.push_back(hit.text);
        }
        return out;
    }
    std::vector<ReportRecord> reports() {
        return Index::open({dir.path("db")}, test::context()).reports();
    }

    test::TempDir dir;
    std::string a =
        test::sample_report("TÂN HÒA", 11, 2023, {"Khám sơ tuyển NVQS cho 85 nam công dân."},
                            {"Tổ chức giao quân trước ngày 15/12/2023."});
    std::string b = test::sample_report("AN THẠNH", 11, 2023, {"Tuyên truyền PCCC tại chợ."},
                                        {"Kiểm tra PCCC các hộ kinh doanh."});
};

TEST_F(Ingest, SecondRunChangesNothing) {
    test::write_file(dir.path("in/a.txt"), a);
    test::write_file(dir.path("in/b.txt"), b);
    IngestSummary first = ingest();
    EXPECT_EQ(first.files_seen, 2u);
    EXPECT_EQ(first.added, 2u);
    EXPECT_EQ(first.failed, 0u);
    std::size_t documents = 0;
    for (const auto& r : reports()) {
        documents += r.paragraphs + r.figures + r.directives + 1;
    }
    IngestSummary second = ingest();
    EXPECT_EQ(second.added, 0u);
    EXPECT_EQ(second.replaced, 0u);
    EXPECT_EQ(second.skipped, 2u);
    std::size_t after = 0;
    for (const auto& r : reports()) {
        after += r.paragraphs + r.figures + r.directives + 1;
    }
    EXPECT_EQ(after, documents);
    EXPECT_EQ(search("kham so tuyen").size(), 1u);
}

TEST_F(Ingest, EditedFileReplacesOnlyItsReport) {
    test::write_file(dir.path("in/a.txt"), a);
    test::write_file(dir.path("in/b.txt"), b);
    ingest();
    std::string b2 = test::sample_report("AN THẠNH", 11, 2023, {"Tuyên truyền an toàn giao thông."},
                                         {"Kiểm tra PCCC các hộ kinh doanh."});
    test::write_file(dir.path("in/b.txt"), b2);
    IngestSummary summary = ingest();
    EXPECT_EQ(summary.replaced, 1u);
    EXPECT_EQ(summary.skipped, 1u);
    EXPECT_TRUE(search("\"PCCC tại chợ\"").empty());
    EXPECT_EQ(search("ATGT").size(), 1u);
    EXPECT_EQ(search("NVQS").size(), 1u);
    EXPECT_EQ(reports().size(), 2u);
}

TEST_F(Ingest, SameContentUnderTwoNamesIsOneReport) {
    test::write_file(dir.path("in/a.txt"), a);
    test::write_file(dir.path("in/copy/a-again.txt"), a);
    IngestSummary summary = ingest();
    EXPECT_EQ(summary.added + summary.skipped, 2u);
    EXPECT_EQ(summary.added, 1u);
    std::vector<ReportRecord> listed = reports();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].sources.size(), 2u);
    EXPECT_EQ(search("kham so tuyen").size(), 1u);
}

TEST_F(Ingest, PruneForgetsReportsWhoseFilesAreGone) {
    test::write_file(dir.path("in/a.txt"), a);
    test::write_file(dir.path("in/b.txt"), b);
    test::write_file(dir.path("in/b-copy.txt"), b);
    ingest();
    std::filesystem::remove(dir.path("in/a.txt"));
    std::filesystem::remove(dir.path("in/b.txt"));
    IngestSummary kept = ingest(false);
    EXPECT_EQ(kept.pruned, 0u);
    EXPECT_EQ(reports().size(), 2u);
    IngestSummary pruned = ingest(true);
    EXPECT_EQ(pruned.pruned, 1u); // b lives on as b-copy.txt
    std::vector<ReportRecord> listed = reports();
    ASSERT_EQ(listed.size(), 1u);
    ASSERT_EQ(listed[0].sources.size(), 1u);
    EXPECT_NE(listed[0].sources[0].find("b-copy.txt"), std::string::npos);
    EXPECT_TRUE(search("NVQS").empty());
}

TEST_F(Ingest, FailedInputIsNamedAndTheOthersAreIndexed) {
    test::write_file(dir.path("in/a.txt"), a);
    test::write_file(dir.path("in/broken.pdf"), "this is not a PDF");
    IngestSummary summary = ingest();
    EXPECT_EQ(summary.added, 1u);
    EXPECT_EQ(summary.failed, 1u);
    ASSERT_EQ(summary.failures.size(), 1u);
    EXPECT_EQ(summary.failures[0].file, dir.path("in/broken.pdf"));
    EXPECT_NE(summary.failures[0].message.find(';'), std::string::npos)
        << summary.failures[0].message; // "what happened; what to do"
}

TEST_F(Ingest, UnusableDatabaseSaysWhatToDo) {
    test::write_file(dir.path("in/a.txt"), a);
    test::write_file(dir.path("db"), "a file where the index should be");
    try {
        ingest();
        ADD_FAILURE() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::unusable);
        std::string message = e.what();
        EXPECT_EQ(message.rfind(dir.path("db") + ": ", 0), 0u) << message;
        EXPECT_NE(message.find("; "), std::string::npos) << message;
    }
    try {
        Index::open({dir.path("nowhere")}, test::context());
        ADD_FAILURE() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), dir.path("nowhere") +
                                             ": no index here; create it with 'baocao ingest FILES "
                                             "--db " +
                                             dir.path("nowhere") + "' or give the right --db");
    }
}

TEST_F(Ingest, RecordsCanBeReadBack) {
    test::write_file(dir.path("in/a.txt"), a);
    ingest();
    Index index = Index::open({dir.path("db")}, test::context());
    RecordFilter filter;
    filter.issuer = "tan hoa";
    filter.part = "results";
    std::vector<ParagraphRecord> paragraphs = index.paragraphs(filter);
    ASSERT_EQ(paragraphs.size(), 1u);
    EXPECT_EQ(paragraphs[0].text, "Khám sơ tuyển NVQS cho 85 nam công dân.");
    EXPECT_EQ(paragraphs[0].section, "1");
    EXPECT_EQ(paragraphs[0].origin.period, (YearMonth{2023, 11}));
    filter.part = "plan";
    EXPECT_EQ(index.paragraphs(filter).size(), 1u);
    filter.issuer = "an thanh";
    EXPECT_TRUE(index.paragraphs(filter).empty());
    RecordFilter none;
    for (const auto& d : index.directives(none)) {
        EXPECT_EQ(d.origin.issuer, paragraphs[0].origin.issuer);
    }
}

} // namespace
