// The single writer of an index directory: stores prepared reports, keeps
// each report's list of source files, removes reports, commits. Every method
// may throw baocao::Error (never Xapian::Error).
//
// Changes between two commits are one Xapian transaction: Xapian would
// otherwise flush on its own after 10,000 changed documents (possibly in the
// middle of a report) and commit whatever is pending when the writer is
// destroyed by an exception. Inside a transaction neither happens, so a crash,
// a kill or an error leaves the last commit() and nothing half-written.
//
// A large report (PreparedReport::deferred) would make that transaction
// hold about a hundred times its text in memory, so it is written over
// several commits instead: first a staging marker (XW<sha256>, see
// schema.h), then its documents a batch at a time, and last its report
// document with the marker removed. Readers hide every document of a report
// whose marker exists, and the next Writer on the directory deletes what an
// interrupted staging left, so a report is still seen whole or not at all.
#pragma once

#include "baocao/query.h"
#include "store/analyzer.h"
#include "store/document_builder.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace baocao::store {

class Writer {
public:
    // Opens `directory`, creating it (and its parents) when missing. When
    // another process holds the write lock, retries for `wait_seconds`
    // (calling `waiting` once, so the user knows why nothing happens), then
    // throws baocao::Error with ExitCode::busy.
    Writer(const std::string& directory, const Analyzer& analyzer, double wait_seconds = 0,
           const std::function<void(const std::string&)>& waiting = {});
    // An in-memory database, for tests.
    explicit Writer(const Analyzer& analyzer);

    // Large reports whose staging an earlier run left unfinished, whose
    // documents this Writer deleted when it opened the directory.
    const std::vector<std::string>& recovered() const { return m_recovered; }

    // Every report in the database, by SHA-256.
    std::map<std::string, ReportRecord> load_reports() const;

    // Replaces every document of the report (by its XR term) with these.
    // `fresh`: the content is new to the index, nothing to replace.
    // Each document is released once Xapian has it, so a huge report is held
    // once, not twice; `report.record` is left as it was.
    // A deferred report is staged over several commits (see above) and
    // committed; when `cancelled` turns true meanwhile, what was written of
    // it is removed and put returns false.
    bool put(PreparedReport&& report, bool fresh = false,
             const std::function<bool()>& cancelled = {});
    // Rewrites the report's own document (its sources changed).
    void update(const ReportRecord& record);
    void remove(const std::string& sha256);
    // Makes every change since the last commit durable, all or nothing.
    void commit();

    // Data bytes of documents per commit while staging a large report.
    void set_staging_batch(std::size_t bytes) { m_staging_batch = bytes; }

    Xapian::WritableDatabase& database() { return m_database; }
    const std::string& name() const { return m_name; }

private:
    bool put_staged(PreparedReport& report, bool fresh, const std::function<bool()>& cancelled);
    void recover_staged();
    // The per-metric series (figure_series.h): a figure document's entry
    // goes to `series`; a report's entries are dropped at the next commit;
    // store_series() writes the changes, inside the transaction commit()
    // ends, so they land with the documents they describe.
    void add_to_series(const Xapian::Document& document, const std::string& sha,
                       std::map<std::string, std::string>& series) const;
    void forget_series(const std::string& sha);
    void store_series();

    std::string m_name; // for messages
    const Analyzer& m_analyzer;
    Xapian::WritableDatabase m_database;
    bool m_transactions = true; // false for the in-memory backend
    std::size_t m_staging_batch = 512 * 1024;
    std::vector<std::string> m_recovered;
    bool m_series = false;                             // this index keeps per-metric series
    std::map<std::string, std::string> m_series_added; // metric -> entries
    std::set<std::string> m_series_removed;            // report sha256
};

} // namespace baocao::store
