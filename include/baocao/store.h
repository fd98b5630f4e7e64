// store: reports -> one index directory (DESIGN.md §4). `baocao ingest` is a
// thin layer over ingest_into(). The index format (Xapian) never shows here.
#pragma once

#include "baocao/document.h"
#include "baocao/pipeline.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
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
    // Text files (not PDFs) larger than this are refused unread: no monthly
    // report is that large, so such a file is most likely a dump or several
    // reports in one. 0: no limit.
    std::uintmax_t max_text_bytes = 8'000'000;
    // A report with more text than this is written over several commits
    // (see store/writer.h), so memory stays bounded however large it is;
    // smaller ones are held whole, about a hundred times their text.
    std::uintmax_t staging_bytes = 1'000'000;
    // How long to wait for another writer to release the index before giving
    // up with ExitCode::busy.
    double wait_seconds = 30;
    // Set from elsewhere (a signal handler) to stop early: no new file is
    // parsed, the reports already parsed are committed, the rest is left for
    // the next run. May be null.
    const std::atomic<bool>* cancel = nullptr;
    // Called once when the index is locked by another writer and ingest
    // waits for it; may be empty.
    std::function<void(const std::string&)> waiting;
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
    // `cancel` was set: `unread` inputs were not read (a re-run reads them).
    bool interrupted = false;
    std::size_t unread = 0;
    // One per failed input ("file: what happened; what to do"), plus problems
    // found while collecting the inputs.
    Diagnostics failures;
    // Diagnostics of the reports indexed by this run (warnings such as a
    // guessed encoding, invalid bytes, no period; notes such as no plan
    // part): they were indexed, but the user may want to look at them.
    Diagnostics notes;
};

// Reads, parses and indexes `options.inputs` into `options.database`.
// Parsing runs on `jobs` threads, one writer commits every `batch_reports`
// reports; a report's documents are always committed together, so an
// interrupted run leaves the last committed state. Unchanged files (same
// path, same SHA-256) are skipped; a changed file replaces its report; the
// same content under a second name adds that name to the existing report.
// Throws baocao::Error when the database cannot be opened or written
// (ExitCode::busy when another writer holds it past `wait_seconds`).
IngestSummary ingest_into(const IngestOptions& options, const Context& context);

} // namespace baocao
