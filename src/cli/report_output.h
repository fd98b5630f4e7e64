// Readable output shared by commands: diagnostics and a report's summary.
#pragma once

#include "baocao/document.h"

#include <ostream>

namespace baocao::cli {

// One line per diagnostic: "severity: file:pN: message".
void print_diagnostics(const Diagnostics& diagnostics, std::ostream& out);

// Header fields, then the section tree with each paragraph's first words.
void print_report_summary(const Report& report, std::ostream& out);

} // namespace baocao::cli
