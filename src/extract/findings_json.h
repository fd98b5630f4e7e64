// The JSON record of one report's extraction, for `extract --json` and
// `inspect --stage extract`. Internal: nlohmann::json stays out of include/.
#pragma once

#include "baocao/document.h"

#include <nlohmann/json.hpp>

namespace baocao {

// {"source","sha256","issuer","report_number","kind","period","plan_period",
//  "sections","figures","references","directives","diagnostics"}; dates as
// "YYYY-MM-DD" or null. `diagnostics` are those of every stage that ran.
nlohmann::json findings_to_json(const Report& report, const Findings& findings,
                                const Diagnostics& diagnostics);

// Same, with report.diagnostics followed by findings.diagnostics.
nlohmann::json findings_to_json(const Report& report, const Findings& findings);

} // namespace baocao
