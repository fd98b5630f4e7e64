// Errors and diagnostics.
//
// Two kinds of trouble, handled differently (DESIGN.md §6):
// - content problems in one input (a broken PDF, a page without text, a report
//   with no period) are Diagnostics: recorded with the file and page, reported,
//   and the run goes on with the other inputs;
// - environment problems (an unusable index, a bad dictionary row) are
//   exceptions derived from baocao::Error, caught once in main().
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace baocao {

// Exit codes, documented in README.md.
enum class ExitCode : int {
    ok = 0,
    input_failed = 1,  // some inputs could not be read; the others were processed
    usage = 2,         // bad command line
    unusable = 3,      // index or dictionary unusable (missing, corrupt, not a baocao index)
    busy = 4,          // another writer holds the index; nothing was written, try again later
    interrupted = 130, // stopped by SIGINT/SIGTERM after committing the complete reports
};

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& what, ExitCode code = ExitCode::unusable)
        : std::runtime_error(what), m_code(code) {}
    ExitCode code() const { return m_code; }

private:
    ExitCode m_code;
};

enum class Severity { info, warning, error };

// One finding about one input. `page` is 1-based; 0 means the whole file.
// `message` follows the shape "what happened; what to do".
struct Diagnostic {
    Severity severity = Severity::warning;
    std::string file;
    int page = 0;
    std::string message;

    // "file:p3: message" (or "file: message" when page is 0).
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

const char* severity_name(Severity severity);

} // namespace baocao
