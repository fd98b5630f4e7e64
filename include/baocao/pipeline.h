// The whole pipeline for one file, for the commands that need every stage:
// ingest -> normalize -> segment -> extract.
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"
#include "baocao/normalize.h"

#include <string>

namespace baocao {

// What the tool needs to read reports: vocabulary and the normaliser built
// from it. Loaded once per run; read-only afterwards, safe to share between
// threads.
struct Context {
    Dictionaries dictionaries;
    Normalizer normalizer;

    // `directory` empty: Dictionaries::default_directory().
    static Context load(const std::string& directory);
};

enum class Stage { ingest, normalize, segment, extract };

struct ProcessedFile {
    RawDocument raw;
    TextDocument text;
    Report report;
    Findings findings;
    bool failed = false; // ingest produced nothing usable

    // Every diagnostic of every stage that ran, in order, without repeats.
    Diagnostics diagnostics() const;
};

// Runs the stages up to `last` (later fields stay empty).
ProcessedFile process_file(const std::string& path, const Context& context,
                           Stage last = Stage::extract);

} // namespace baocao
