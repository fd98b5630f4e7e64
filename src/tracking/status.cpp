#include "baocao/tracking.h"

namespace baocao {

const char* directive_status_name(DirectiveStatus status) {
    switch (status) {
    case DirectiveStatus::done:
        return "done";
    case DirectiveStatus::in_progress:
        return "in_progress";
    case DirectiveStatus::not_reported:
        return "not_reported";
    }
    return "not_reported";
}

std::optional<DirectiveStatus> parse_directive_status(std::string_view text) {
    if (text == "done") {
        return DirectiveStatus::done;
    }
    if (text == "in_progress" || text == "in-progress") {
        return DirectiveStatus::in_progress;
    }
    if (text == "not_reported" || text == "not-reported") {
        return DirectiveStatus::not_reported;
    }
    return std::nullopt;
}

} // namespace baocao
