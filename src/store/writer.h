// The single writer of an index directory: stores prepared reports, keeps
// each report's list of source files, removes reports, commits. Every method
// may throw baocao::Error (never Xapian::Error).
#pragma once

#include "baocao/query.h"
#include "store/analyzer.h"
#include "store/document_builder.h"

#include <map>
#include <string>

#include <xapian.h>

namespace baocao::store {

class Writer {
public:
    // Opens `directory`, creating it (and its parents) when missing.
    Writer(const std::string& directory, const Analyzer& analyzer);
    // An in-memory database, for tests.
    explicit Writer(const Analyzer& analyzer);

    // Every report in the database, by SHA-256.
    std::map<std::string, ReportRecord> load_reports() const;

    // Replaces every document of the report (by its XR term) with these.
    // `fresh`: the content is new to the index, nothing to replace.
    void put(const PreparedReport& report, bool fresh = false);
    // Rewrites the report's own document (its sources changed).
    void update(const ReportRecord& record);
    void remove(const std::string& sha256);
    void commit();

    Xapian::WritableDatabase& database() { return m_database; }
    const std::string& name() const { return m_name; }

private:
    std::string m_name; // for messages
    const Analyzer& m_analyzer;
    Xapian::WritableDatabase m_database;
};

} // namespace baocao::store
