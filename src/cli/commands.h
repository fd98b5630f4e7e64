// One function per subcommand: it declares its options on the CLI11 app and
// sets the callback that runs it. Callbacks store their exit code in `result`.
#pragma once

#include "baocao/error.h"

#include <string>

namespace CLI {
class App;
}

namespace baocao::cli {

struct GlobalOptions {
    std::string dictionaries; // empty: Dictionaries::default_directory()
    int result = 0;           // exit code set by the subcommand that ran
};

void add_inspect_command(CLI::App& app, GlobalOptions& global);
void add_extract_command(CLI::App& app, GlobalOptions& global);
void add_ingest_command(CLI::App& app, GlobalOptions& global);
void add_search_command(CLI::App& app, GlobalOptions& global);
void add_reports_command(CLI::App& app, GlobalOptions& global);
void add_directives_command(CLI::App& app, GlobalOptions& global);
void add_trend_command(CLI::App& app, GlobalOptions& global);
void add_metrics_command(CLI::App& app, GlobalOptions& global);

} // namespace baocao::cli
