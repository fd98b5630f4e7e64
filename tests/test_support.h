// Shared by the tests: the project's dictionaries, loaded once, and helpers
// to run a stage on text held in memory.
#pragma once

#include "baocao/pipeline.h"
#include "baocao/segment.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
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

// Runs a shell command; returns its stdout and sets `status` to its exit code
// (-1 when it did not exit normally).
inline std::string shell(const std::string& command, int* status = nullptr) {
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return output;
    }
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) {
        output.append(buffer.data(), n);
    }
    int raw = pclose(pipe);
    if (status != nullptr) {
        *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    }
    return output;
}

inline Report segment_text(const std::string& text) {
    TextDocument doc = context().normalizer.normalize(raw_text(text));
    return segment(doc, context().dictionaries, context().normalizer);
}

} // namespace baocao::test
