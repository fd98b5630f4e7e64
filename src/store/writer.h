// The single writer of an index directory: stores prepared reports, keeps
// each report's list of source files, removes reports, commits. Every method
// may throw baocao::Error (never Xapian::Error).
//
// Changes between two commits are one Xapian transaction: Xapian would
// otherwise flush on its own after 10,000 changed documents (possibly in the
// middle of a report) and commit whatever is pending when the writer is
// destroyed by an exception. Inside a transaction neither happens, so a crash,
// a kill or an error leaves the last commit() and nothing half-written.
#pragma once

#include "baocao/query.h"
#include "store/analyzer.h"
#include "store/document_builder.h"

#include <functional>
#include <map>
#include <string>

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

    // Every report in the database, by SHA-256.
    std::map<std::string, ReportRecord> load_reports() const;

    // Replaces every document of the report (by its XR term) with these.
    // `fresh`: the content is new to the index, nothing to replace.
    // Each document is released once Xapian has it, so a huge report is held
    // once, not twice; `report.record` is left as it was.
    void put(PreparedReport&& report, bool fresh = false);
    // Rewrites the report's own document (its sources changed).
    void update(const ReportRecord& record);
    void remove(const std::string& sha256);
    // Makes every change since the last commit durable, all or nothing.
    void commit();

    Xapian::WritableDatabase& database() { return m_database; }
    const std::string& name() const { return m_name; }

private:
    std::string m_name; // for messages
    const Analyzer& m_analyzer;
    Xapian::WritableDatabase m_database;
    bool m_transactions = true; // false for the in-memory backend
};

} // namespace baocao::store
