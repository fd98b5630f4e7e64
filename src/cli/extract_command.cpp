#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace baocao::cli {

// Placeholder until the extraction stage lands (issue 3).
void add_extract_command(CLI::App&, GlobalOptions&) {}

} // namespace baocao::cli
