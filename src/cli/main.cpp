// baocao: search, measure and track Vietnamese commune monthly reports.
// A thin layer: parse the command line, run one subcommand from the library,
// and turn the one exception type we throw into a message and an exit code.
#include "cli/commands.h"

#include "baocao/error.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"baocao: search, measure and track the monthly reports of Vietnamese\n"
                 "People's Committees (báo cáo kết quả thực hiện nhiệm vụ tháng N).",
                 "baocao"};
    app.require_subcommand(1);
    app.footer("Exit codes: 0 ok, 1 some inputs failed (the others were processed),\n"
               "2 usage error, 3 index or dictionary unusable (missing, corrupt, not a baocao\n"
               "index), 4 index busy (another ingest is writing; nothing was written),\n"
               "130/143 ingest stopped by SIGINT/SIGTERM (what was read is committed; run it\n"
               "again to finish).\n"
               "Run 'baocao COMMAND --help' for the options of one command.");

    baocao::cli::GlobalOptions global;
    app.add_option("--dictionaries", global.dictionaries,
                   "Folder of vocabulary tables (*.tsv); default: $BAOCAO_DICTIONARIES or the "
                   "one shipped with baocao");
    baocao::cli::add_inspect_command(app, global);
    baocao::cli::add_extract_command(app, global);
    baocao::cli::add_ingest_command(app, global);
    baocao::cli::add_search_command(app, global);
    baocao::cli::add_reports_command(app, global);
    baocao::cli::add_directives_command(app, global);
    baocao::cli::add_trend_command(app, global);
    baocao::cli::add_metrics_command(app, global);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : static_cast<int>(baocao::ExitCode::usage);
    } catch (const baocao::Error& e) {
        std::cerr << "baocao: " << e.what() << "\n";
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "baocao: internal error: " << e.what()
                  << "; please report it with the input that caused it\n";
        return static_cast<int>(baocao::ExitCode::unusable);
    }
    return global.result;
}
