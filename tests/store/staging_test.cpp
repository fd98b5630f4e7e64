// A large report is written over several commits behind a staging marker
// (store/writer.h): it must read exactly like one written whole, and a
// staging that was stopped or killed must leave nothing any command sees.
#include "store_support.h"

#include "baocao/query.h"
#include "store/analyzer.h"
#include "store/document_builder.h"
#include "store/schema.h"
#include "store/writer.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

namespace {

using namespace baocao;

// A report of `count` paragraphs with distinct words, so that a search can
// tell which ones are stored.
std::shared_ptr<ProcessedFile> big_report(char sha_letter, int count) {
    auto file = std::make_shared<ProcessedFile>();
    file->raw.sha256 = std::string(64, sha_letter);
    file->report.issuer = "UBND xã Tân Hòa";
    file->report.period = YearMonth{2024, 3};
    Section section;
    section.part = "results";
    section.number = "1";
    section.title = "Công tác phòng cháy chữa cháy";
    for (int i = 0; i < count; ++i) {
        section.paragraphs.push_back(
            {"Kiểm tra PCCC hộ kinh doanh số " + std::to_string(i) + " tại chợ Tân Hòa.", 1, 0, 0,
             0});
    }
    file->report.sections.push_back(section);
    return file;
}

class Staging : public testing::Test {
protected:
    Staging()
        : analyzer(test::context().dictionaries, test::context().normalizer), db(dir.path("db")) {}

    std::size_t stored_paragraphs(const std::string& sha) {
        RecordFilter filter;
        filter.report = sha;
        return Index::open({db}, test::context()).paragraphs(filter).size();
    }
    // Documents carrying XR<sha>, whatever any reader shows.
    std::size_t raw_documents(const std::string& sha) {
        Xapian::Database database(db);
        return database.get_termfreq(schema::report_term(sha));
    }

    test::TempDir dir;
    store::Analyzer analyzer;
    std::string db;
};

TEST_F(Staging, StagedReportReadsLikeOneWrittenWhole) {
    auto file = big_report('b', 300);
    {
        store::Writer writer(db, analyzer);
        writer.set_staging_batch(2'000); // many commits
        EXPECT_TRUE(writer.put(store::defer_report(file, "/in/big.txt")));
    }
    std::string whole_db = dir.path("whole");
    {
        store::Writer writer(whole_db, analyzer);
        writer.put(store::prepare_report(*file, "/in/big.txt", analyzer));
        writer.commit();
    }
    Index staged = Index::open({db}, test::context());
    Index whole = Index::open({whole_db}, test::context());
    EXPECT_TRUE(staged.check().empty());
    ASSERT_EQ(staged.reports().size(), 1u);
    EXPECT_EQ(staged.reports()[0].paragraphs, 300u);
    std::vector<ParagraphRecord> a = staged.paragraphs({});
    std::vector<ParagraphRecord> b = whole.paragraphs({});
    ASSERT_EQ(a.size(), 300u);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].text, b[i].text);
        EXPECT_EQ(a[i].index, b[i].index);
    }
    SearchOptions query;
    query.query = "\"ho kinh doanh so 217\"";
    SearchResults hits = staged.search(query);
    ASSERT_EQ(hits.hits.size(), 1u);
    EXPECT_NE(hits.hits[0].text.find("số 217 "), std::string::npos);
}

TEST_F(Staging, StoppedStagingKeepsNothingOfItAndLosesNothingElse) {
    auto small = big_report('a', 3);
    auto file = big_report('b', 300);
    store::Writer writer(db, analyzer);
    writer.put(store::prepare_report(*small, "/in/small.txt", analyzer));
    writer.commit();
    writer.set_staging_batch(2'000);
    int batches = 0;
    EXPECT_FALSE(
        writer.put(store::defer_report(file, "/in/big.txt"), true, [&] { return ++batches == 3; }));
    EXPECT_EQ(batches, 3);
    EXPECT_EQ(raw_documents(std::string(64, 'b')), 0u);
    EXPECT_EQ(stored_paragraphs(std::string(64, 'a')), 3u);
    Index index = Index::open({db}, test::context());
    EXPECT_EQ(index.reports().size(), 1u);
    EXPECT_TRUE(index.check().empty());
}

// A kill between two staging commits leaves the marker and some documents:
// readers must not see them, and the next writer must remove them.
TEST_F(Staging, KilledStagingIsHiddenThenRemovedByTheNextWriter) {
    auto small = big_report('a', 3);
    auto file = big_report('b', 300);
    const std::string sha(64, 'b');
    {
        store::Writer writer(db, analyzer);
        writer.put(store::prepare_report(*small, "/in/small.txt", analyzer));
        writer.commit();
        writer.set_staging_batch(2'000);
        int batches = 0;
        // An exception out of the middle of put() is what a crash leaves
        // on disk: the commits so far, nothing of the open transaction.
        EXPECT_THROW(writer.put(store::defer_report(file, "/in/big.txt"), true,
                                [&]() -> bool {
                                    if (++batches == 4) {
                                        throw std::runtime_error("killed");
                                    }
                                    return false;
                                }),
                     std::runtime_error);
    }
    std::size_t left = raw_documents(sha);
    EXPECT_GT(left, 10u); // several batches were committed
    EXPECT_LT(left, 301u);

    Index index = Index::open({db}, test::context());
    EXPECT_EQ(stored_paragraphs(sha), 0u);
    EXPECT_EQ(index.paragraphs({}).size(), 3u);
    SearchOptions query;
    query.query = "kinh doanh";
    EXPECT_EQ(index.search(query).hits.size(), 3u);
    EXPECT_TRUE(index.check().empty()); // hidden by design, not damage
    EXPECT_EQ(index.reports().size(), 1u);

    store::Writer next(db, analyzer);
    ASSERT_EQ(next.recovered().size(), 1u);
    EXPECT_EQ(next.recovered()[0], sha);
    EXPECT_EQ(raw_documents(sha), 0u);
    EXPECT_EQ(stored_paragraphs(std::string(64, 'a')), 3u);
    EXPECT_TRUE(next.put(store::defer_report(file, "/in/big.txt")));
    EXPECT_EQ(stored_paragraphs(sha), 300u);
    EXPECT_TRUE(Index::open({db}, test::context()).check().empty());
}

} // namespace
