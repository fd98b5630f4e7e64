// ProcessedFile -> the Xapian documents of one report (paragraphs, figures,
// directives) and its ReportRecord. Runs on the parser threads: building
// terms is the costly part of indexing, the writer only stores documents.
#pragma once

#include "baocao/pipeline.h"
#include "baocao/query.h"
#include "store/analyzer.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace baocao::store {

struct PreparedReport {
    ReportRecord record; // sources: the one file it was read from
    // Unique id term -> document, in report order.
    std::vector<std::pair<std::string, Xapian::Document>> documents;
    // A large report: `documents` is empty and the writer builds them from
    // this, a batch at a time, so that the whole report is never held as
    // Xapian documents (about fifty times its text) at once.
    std::shared_ptr<const ProcessedFile> deferred;
};

// Receives one document: its unique id term and the document.
using DocumentSink = std::function<void(std::string id, Xapian::Document document)>;

// `source` is the absolute path recorded for the file.
PreparedReport prepare_report(const ProcessedFile& file, const std::string& source,
                              const Analyzer& analyzer);
// The same report with its documents left to build_documents (see
// PreparedReport::deferred).
PreparedReport defer_report(std::shared_ptr<const ProcessedFile> file, const std::string& source);

// The report's record (counts included), without building any document.
ReportRecord report_record(const ProcessedFile& file, const std::string& source);
// Builds the report's documents in report order and hands each to `sink`;
// `record` is report_record() of the same file.
void build_documents(const ProcessedFile& file, const ReportRecord& record,
                     const Analyzer& analyzer, const DocumentSink& sink);

// The report's own document, rebuilt whenever its list of sources changes.
Xapian::Document report_document(const ReportRecord& record, const Analyzer& analyzer);

// Terms of an issuer for filtering: XI + each folded word.
std::vector<std::string> issuer_terms(const std::string& issuer, const Analyzer& analyzer);

// XS terms of a section number and its ancestors: "3.1.2" -> 3.1.2, 3.1, 3.
std::vector<std::string> section_terms(const std::string& number);

} // namespace baocao::store
