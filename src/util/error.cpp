#include "baocao/error.h"

namespace baocao {

const char* severity_name(Severity severity) {
    switch (severity) {
    case Severity::info:
        return "info";
    case Severity::warning:
        return "warning";
    case Severity::error:
        return "error";
    }
    return "warning";
}

std::string Diagnostic::format() const {
    std::string out = file;
    if (page > 0) {
        out += ":p" + std::to_string(page);
    }
    out += ": ";
    out += message;
    return out;
}

} // namespace baocao
