// `baocao ingest PATH... [--db DIR] [--jobs N] [--prune]`: reads reports into
// the index (DESIGN.md §4). A progress line on a terminal, one summary line
// always, each failed input named on stderr.
#include "cli/commands.h"
#include "cli/report_output.h"

#include "baocao/store.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include <unistd.h>

namespace baocao::cli {

namespace {

struct IngestCommandOptions {
    std::vector<std::string> inputs;
    std::string database;
    unsigned jobs = 0;
    bool prune = false;
};

std::string duration(double seconds) {
    std::ostringstream out;
    if (seconds < 60) {
        out << std::fixed << std::setprecision(seconds < 10 ? 1 : 0) << seconds << " s";
    } else {
        out << static_cast<int>(seconds) / 60 << " min " << static_cast<int>(seconds) % 60 << " s";
    }
    return out.str();
}

void print_progress(const IngestProgress& p) {
    double rate = p.seconds > 0 ? static_cast<double>(p.files_done) / p.seconds : 0;
    double pages_rate = p.seconds > 0 ? static_cast<double>(p.pages) / p.seconds : 0;
    std::ostringstream line;
    line << "\r" << p.files_done << "/" << p.files_total << " files, " << p.pages << " pages, "
         << std::fixed << std::setprecision(0) << pages_rate << " pages/s";
    if (rate > 0 && p.files_done < p.files_total) {
        line << ", " << duration(static_cast<double>(p.files_total - p.files_done) / rate)
             << " left";
    }
    line << "\x1b[K"; // erase what a longer previous line left
    std::cerr << line.str() << std::flush;
}

int run(const IngestCommandOptions& options, const GlobalOptions& global) {
    Context context = Context::load(global.dictionaries);
    IngestOptions ingest;
    ingest.inputs = options.inputs;
    ingest.database = options.database.empty() ? default_database_path() : options.database;
    ingest.jobs = options.jobs;
    ingest.prune = options.prune;
    bool terminal = isatty(STDERR_FILENO) != 0;
    if (terminal) {
        ingest.progress = print_progress;
    }
    IngestSummary summary = ingest_into(ingest, context);
    if (terminal) {
        std::cerr << "\r\x1b[K";
    }
    print_diagnostics(summary.failures, std::cerr);
    std::cout << ingest.database << ": " << summary.files_seen << " files seen, " << summary.added
              << " added, " << summary.replaced << " replaced, " << summary.skipped << " skipped, "
              << summary.failed << " failed";
    if (options.prune) {
        std::cout << ", " << summary.pruned << " pruned";
    }
    std::cout << " (" << summary.pages << " pages in " << duration(summary.seconds) << ")\n";
    return summary.failed > 0 ? static_cast<int>(ExitCode::input_failed) : 0;
}

} // namespace

void add_ingest_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<IngestCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "ingest", "Read reports (.pdf, .txt, folders) into the index; unchanged files are "
                  "skipped, changed ones replaced.");
    command->add_option("paths", options->inputs, "Report files and folders")->required();
    command->add_option("--db", options->database,
                        "Index directory (default: $BAOCAO_DB, else .baocao/db)");
    command->add_option("--jobs,-j", options->jobs, "Parser threads (default: one per core)")
        ->check(CLI::Range(1u, 256u));
    command->add_flag("--prune", options->prune, "Also remove reports whose files no longer exist");
    command->footer("Example: baocao ingest corpus/ && baocao search \"kham so tuyen\"");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
