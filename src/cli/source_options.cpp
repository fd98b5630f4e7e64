#include "cli/source_options.h"

#include <CLI/CLI.hpp>

namespace baocao::cli {

void add_source_options(CLI::App& command, std::vector<std::string>& databases,
                        std::vector<std::string>& files) {
    CLI::Option* db = command.add_option(
        "--db", databases,
        "Index directory or stub file (repeat to read several; default: $BAOCAO_DB, else "
        ".baocao/db)");
    command
        .add_option("--from-files", files,
                    "Read these report files or folders directly instead of an index")
        ->excludes(db);
}

} // namespace baocao::cli
