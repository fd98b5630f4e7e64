// store: reports -> one index directory (DESIGN.md §4). `baocao ingest` is a
// thin layer over ingest_into(). The index format (Xapian) never shows here.
#pragma once

#include "baocao/document.h"
#include "baocao/pipeline.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace baocao {

// $BAOCAO_DB when set, else ".baocao/db" under the current directory.
std::string default_database_path();

struct IngestProgress {
    std::size_t files_done = 0; // parsed, skipped or failed so far
    std::size_t files_total = 0;
    std::size_t pages = 0; // pages read by the parsers so far
    double seconds = 0;
};

struct IngestOptions {
    std::vector<std::string> inputs; // files and folders
    std::string database;            // directory; created when missing
    unsigned jobs = 0;               // parser threads; 0: one per core
    bool prune = false;              // forget reports whose every source file is gone
    std::size_t batch_reports = 64;  // reports per commit
    // Called from the writer thread after each file; may be empty.
    std::function<void(const IngestProgress&)> progress;
};

struct IngestSummary {
    std::size_t files_seen = 0;
    std::size_t added = 0;    // new content
    std::size_t replaced = 0; // a known file whose content changed
    std::size_t skipped = 0;  // unchanged, or the same content as another file
    std::size_t failed = 0;
    std::size_t pruned = 0; // reports removed by --prune
    std::size_t pages = 0;
    double seconds = 0;
    // One per failed input ("file: what happened; what to do"), plus problems
    // found while collecting the inputs.
    Diagnostics failures;
};

// Reads, parses and indexes `options.inputs` into `options.database`.
// Parsing runs on `jobs` threads, one writer commits every `batch_reports`
// reports; a report's documents are always committed together, so an
// interrupted run leaves the last committed state. Unchanged files (same
// path, same SHA-256) are skipped; a changed file replaces its report; the
// same content under a second name adds that name to the existing report.
// Throws baocao::Error when the database cannot be opened or written.
IngestSummary ingest_into(const IngestOptions& options, const Context& context);

} // namespace baocao
