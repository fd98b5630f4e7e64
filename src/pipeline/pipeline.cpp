#include "baocao/pipeline.h"

#include "baocao/extract.h"
#include "baocao/ingest.h"
#include "baocao/segment.h"

namespace baocao {

Context Context::load(const std::string& directory) {
    Dictionaries dictionaries =
        Dictionaries::load(directory.empty() ? Dictionaries::default_directory() : directory);
    Normalizer normalizer(dictionaries);
    return Context{std::move(dictionaries), std::move(normalizer)};
}

Diagnostics ProcessedFile::diagnostics() const {
    // Each stage copies the diagnostics of the one before; the last stage
    // that ran holds them all.
    Diagnostics out = raw.diagnostics;
    auto extend = [&out](const Diagnostics& more) {
        if (more.size() > out.size()) {
            out.insert(out.end(), more.begin() + static_cast<long>(out.size()), more.end());
        }
    };
    extend(text.diagnostics);
    extend(report.diagnostics);
    for (const auto& d : findings.diagnostics) {
        out.push_back(d);
    }
    return out;
}

ProcessedFile process_file(const std::string& path, const Context& context, Stage last) {
    ProcessedFile out;
    out.raw = ingest_file(path);
    out.failed = out.raw.failed;
    if (out.failed || last == Stage::ingest) {
        return out;
    }
    out.text = context.normalizer.normalize(out.raw);
    if (last == Stage::normalize) {
        return out;
    }
    out.report = segment(out.text, context.dictionaries, context.normalizer);
    if (last == Stage::segment) {
        return out;
    }
    out.findings = extract(out.report, context.dictionaries, context.normalizer);
    return out;
}

} // namespace baocao
