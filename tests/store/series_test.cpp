// The per-metric series (store/figure_series.h) are a second copy of the
// figure documents, read by `trend`: whatever the writer did (add, remove,
// replace, stage), Index::figures must give the same records from the
// series as from the documents. A stub file naming the same index makes
// Index read the documents, so the two paths are compared on one index.
#include "store_support.h"

#include "baocao/pipeline.h"
#include "baocao/query.h"
#include "store/analyzer.h"
#include "store/document_builder.h"
#include "store/figure_series.h"
#include "store/schema.h"
#include "store/writer.h"

#include <gtest/gtest.h>

#include <set>

namespace {

using namespace baocao;

const char* const reports[] = {
    "corpus/synthetic/xa-dong-phu/2022-01.txt",
    "corpus/synthetic/xa-dong-phu/2022-02.txt",
    "corpus/synthetic/xa-dong-phu/2022-03.txt",
    "corpus/synthetic/phuong-binh-khuong/2022-01.txt",
    "corpus/synthetic/phuong-binh-khuong/2022-02.txt",
};

// What a reader of figures sees of a record.
std::string describe(const FigureRecord& r) {
    return r.origin.report + " " + r.origin.issuer + " " + std::to_string(r.origin.period.index()) +
           " " + r.origin.source + " " + r.figure.part + " " + r.figure.section + " " +
           r.figure.label + " " + r.figure.metric + " " + std::to_string(r.figure.value) + " " +
           r.figure.unit;
}

class Series : public testing::Test {
protected:
    Series() : analyzer(test::context().dictionaries, test::context().normalizer) {
        test::write_file(stub, "auto " + db + "\n");
        for (const char* path : reports) {
            files.push_back(
                process_file(std::string(BAOCAO_SOURCE_DIR) + "/" + path, test::context()));
            for (const auto& figure : files.back().findings.figures) {
                metrics.insert(figure.metric);
            }
        }
    }

    // Every metric under several filters: series and documents agree, and
    // the series path is the one taken (it holds what the documents hold).
    void expect_same(const std::string& context) {
        Index series = Index::open({db}, test::context());
        Index documents = Index::open({stub}, test::context());
        std::size_t compared = 0;
        for (const auto& metric : metrics) {
            std::vector<RecordFilter> filters(5);
            for (auto& filter : filters) {
                filter.metric = metric;
            }
            filters[1].issuer = "dong phu";
            filters[2].from = YearMonth{2022, 2};
            filters[2].to = YearMonth{2022, 2};
            filters[3].section = "1";
            filters[4].part = "results";
            for (const auto& filter : filters) {
                std::vector<FigureRecord> a = series.figures(filter);
                std::vector<FigureRecord> b = documents.figures(filter);
                ASSERT_EQ(a.size(), b.size()) << context << ": " << metric;
                for (std::size_t i = 0; i < a.size(); ++i) {
                    EXPECT_EQ(describe(a[i]), describe(b[i])) << context << ": " << metric;
                }
                compared += a.size();
            }
        }
        EXPECT_GT(compared, 50u) << context;
    }
    std::size_t count(const std::string& metric, const std::string& report) {
        RecordFilter filter;
        filter.metric = metric;
        filter.report = report;
        return Index::open({db}, test::context()).figures(filter).size();
    }

    test::TempDir dir;
    store::Analyzer analyzer;
    std::string db = dir.path("db");
    std::string stub = dir.path("stub");
    std::vector<ProcessedFile> files;
    std::set<std::string> metrics;
};

TEST_F(Series, AgreeWithTheDocumentsThroughAddRemoveReplaceAndStaging) {
    ASSERT_GT(metrics.size(), 10u);
    store::Writer writer(db, analyzer);
    for (std::size_t i = 0; i + 1 < files.size(); ++i) {
        writer.put(store::prepare_report(files[i], "/in/" + std::to_string(i) + ".txt", analyzer),
                   true);
    }
    writer.commit();
    expect_same("added");

    // A figure of the first report, to follow through the changes.
    const std::string first = files[0].raw.sha256;
    const std::string metric = files[0].findings.figures.front().metric;
    std::size_t before = count(metric, first);
    ASSERT_GT(before, 0u);

    writer.remove(first);
    writer.commit();
    EXPECT_EQ(count(metric, first), 0u);
    expect_same("removed");

    // Put twice (the second replaces): no entry twice.
    writer.put(store::prepare_report(files[0], "/in/0.txt", analyzer), true);
    writer.put(store::prepare_report(files[0], "/in/0.txt", analyzer), false);
    writer.commit();
    EXPECT_EQ(count(metric, first), before);
    expect_same("replaced");

    // Added and removed within one batch: nothing of it stays.
    writer.put(store::prepare_report(files.back(), "/in/last.txt", analyzer), true);
    writer.remove(files.back().raw.sha256);
    writer.commit();
    for (const auto& m : metrics) {
        EXPECT_EQ(count(m, files.back().raw.sha256), 0u) << m;
    }
    expect_same("added and removed in one batch");

    // A large report, staged over several commits.
    writer.set_staging_batch(1'000);
    EXPECT_TRUE(writer.put(
        store::defer_report(std::make_shared<const ProcessedFile>(files.back()), "/in/last.txt"),
        true));
    EXPECT_GT(count(files.back().findings.figures.front().metric, files.back().raw.sha256), 0u);
    expect_same("staged");
}

// A baocao older than the series writes to the index without updating them
// (here: removes a report the way it would). Readers must notice and read
// the documents, and the next writer drops the stale series.
TEST_F(Series, AWriterWithoutSeriesMakesThemIgnoredThenDropped) {
    {
        store::Writer writer(db, analyzer);
        for (std::size_t i = 0; i < 3; ++i) {
            writer.put(
                store::prepare_report(files[i], "/in/" + std::to_string(i) + ".txt", analyzer),
                true);
        }
        writer.commit();
    }
    const std::string first = files[0].raw.sha256;
    const std::string metric = files[0].findings.figures.front().metric;
    ASSERT_GT(count(metric, first), 0u);
    {
        Xapian::WritableDatabase old_writer(db, Xapian::DB_OPEN);
        old_writer.delete_document(schema::report_term(first));
        old_writer.commit();
    }
    EXPECT_EQ(count(metric, first), 0u);
    expect_same("after a writer without series");

    store::Writer next(db, analyzer);
    next.commit();
    EXPECT_EQ(Xapian::Database(db).get_metadata(schema::series_mark_key), "");
    EXPECT_EQ(count(metric, first), 0u);
    expect_same("series dropped");
}

TEST(SeriesEntries, RoundTripAndRefuseTruncation) {
    std::string series;
    store::append_series_entry(series, std::string(64, 'a'), "one");
    store::append_series_entry(series, std::string(64, 'b'), "");
    store::append_series_entry(series, std::string(64, 'a'), "three");
    std::vector<std::string> seen;
    EXPECT_TRUE(store::for_each_series_entry(series, [&](std::string_view sha, std::string_view p) {
        seen.push_back(std::string(sha.substr(0, 1)) + ":" + std::string(p));
    }));
    EXPECT_EQ(seen, (std::vector<std::string>{"a:one", "b:", "a:three"}));
    std::string kept = store::series_without(series, {std::string(64, 'a')});
    seen.clear();
    EXPECT_TRUE(store::for_each_series_entry(kept, [&](std::string_view sha, std::string_view p) {
        seen.push_back(std::string(sha.substr(0, 1)) + ":" + std::string(p));
    }));
    EXPECT_EQ(seen, (std::vector<std::string>{"b:"}));
    EXPECT_FALSE(store::for_each_series_entry(series.substr(0, series.size() - 1),
                                              [](std::string_view, std::string_view) {}));
}

} // namespace
