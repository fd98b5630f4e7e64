// Shared by the tests: the project's dictionaries, loaded once, and helpers
// to run a stage on text held in memory.
#pragma once

#include "baocao/pipeline.h"
#include "baocao/segment.h"

#include <string>

namespace baocao::test {

inline const Context& context() {
    static const Context loaded = Context::load(std::string(BAOCAO_SOURCE_DIR) + "/dictionaries");
    return loaded;
}

inline std::string source_path(const std::string& relative) {
    return std::string(BAOCAO_SOURCE_DIR) + "/" + relative;
}

inline RawDocument raw_text(const std::string& text, const std::string& path = "memory.txt") {
    RawDocument raw;
    raw.path = path;
    raw.format = "txt";
    raw.encoding = "utf-8";
    raw.pages.push_back({1, text});
    return raw;
}

inline Report segment_text(const std::string& text) {
    TextDocument doc = context().normalizer.normalize(raw_text(text));
    return segment(doc, context().dictionaries, context().normalizer);
}

} // namespace baocao::test
