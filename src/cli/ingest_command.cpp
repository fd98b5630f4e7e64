// `baocao ingest PATH... [--db DIR] [--jobs N] [--prune] [--wait S]`: reads
// reports into the index (DESIGN.md §4). A progress line on a terminal, one
// summary line always, each failed input named on stderr. Ctrl-C (SIGINT) or
// SIGTERM stops cleanly: the reports already parsed are committed, and the
// exit code (128 + signal) tells scripts the run is incomplete.
#include "cli/commands.h"
#include "cli/report_output.h"

#include "baocao/store.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <csignal>
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
    double wait_seconds = 30;
    bool verbose = false;
    std::size_t batch = 64;
    double max_text_mb = 8;
    double staging_mb = 1;
};

// Set by the signal handler, read by the ingest threads. A lock-free atomic
// is one of the few things a handler may touch.
std::atomic<bool> g_cancel{false};
std::atomic<int> g_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_stop_signal(int signal) {
    g_signal.store(signal);
    g_cancel.store(true);
}

// The first SIGINT/SIGTERM asks for a clean stop; SA_RESETHAND makes a second
// one end the process at once, for a user who will not wait. Installed even
// when the shell started us with SIGINT ignored (a background job), so that
// `kill -INT` still reaches a script's ingest.
void install_stop_handlers() {
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

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
    ingest.wait_seconds = options.wait_seconds;
    ingest.batch_reports = options.batch;
    ingest.max_text_bytes = static_cast<std::uintmax_t>(options.max_text_mb * 1e6);
    ingest.staging_bytes = static_cast<std::uintmax_t>(options.staging_mb * 1e6);
    ingest.cancel = &g_cancel;
    ingest.waiting = [](const std::string& message) {
        std::cerr << "baocao: " << message << std::endl;
    };
    install_stop_handlers();
    bool terminal = isatty(STDERR_FILENO) != 0;
    if (terminal) {
        ingest.progress = print_progress;
    }
    IngestSummary summary = ingest_into(ingest, context);
    if (terminal) {
        std::cerr << "\r\x1b[K";
    }
    print_diagnostics(summary.failures, std::cerr);
    // Warnings (and with --verbose the notes) of the reports just indexed;
    // a messy archive can have many, so the first ones show the kind and
    // `baocao inspect` the rest.
    constexpr std::size_t shown_notes = 20;
    Diagnostics notes;
    std::size_t hidden = 0;
    for (const Diagnostic& d : summary.notes) {
        if (d.severity == Severity::info && !options.verbose) {
            continue;
        }
        if (notes.size() < shown_notes) {
            notes.push_back(d);
        } else {
            ++hidden;
        }
    }
    print_diagnostics(notes, std::cerr);
    if (hidden > 0) {
        std::cerr << "… and " << hidden
                  << " more; 'baocao inspect FILE --stage extract' shows those of one file\n";
    }
    std::cout << ingest.database << ": " << summary.files_seen << " files seen, " << summary.added
              << " added, " << summary.replaced << " replaced, " << summary.skipped << " skipped, "
              << summary.failed << " failed";
    if (options.prune) {
        std::cout << ", " << summary.pruned << " pruned";
    }
    std::cout << " (" << summary.pages << " pages in " << duration(summary.seconds) << ")\n";
    if (summary.interrupted) {
        // Everything counted above is committed; say what is left. (A signal
        // that came after the last file was taken changed nothing.)
        int signal = g_signal.load();
        std::cerr << "baocao: interrupted (" << (signal == SIGTERM ? "SIGTERM" : "SIGINT")
                  << "): " << summary.added + summary.replaced
                  << " reports committed to the index, " << summary.unread
                  << " files not read; run the same 'baocao ingest' again to finish (files "
                     "already indexed are skipped)\n";
        return 128 + signal;
    }
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
    command
        ->add_option("--batch", options->batch,
                     "Reports per commit (default 64): a crash loses at most one batch, "
                     "fewer commits are faster")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
    command
        ->add_option("--max-text-mb", options->max_text_mb,
                     "Refuse text files larger than this many MB (default 8; 0: no limit): "
                     "no monthly report is that large; such a file is most likely several "
                     "reports in one, better split")
        ->check(CLI::Range(0.0, 1e6));
    command
        ->add_option("--large-report-mb", options->staging_mb,
                     "Reports with more text than this many MB are written over several "
                     "commits, which bounds memory (default 1); until the last commit "
                     "no command sees them")
        ->check(CLI::Range(0.0, 1e6));
    command->add_flag("--verbose,-v", options->verbose,
                      "Also show the notes (info) about the reports indexed, not only warnings");
    command
        ->add_option("--wait", options->wait_seconds,
                     "Seconds to wait when another ingest is writing to the index, then "
                     "give up with exit code 4 (default: 30)")
        ->check(CLI::Range(0.0, 86400.0));
    command->footer("Ctrl-C (SIGINT) or SIGTERM stops after committing the reports already read "
                    "(exit 130 / 143); run the same command again to finish.\n"
                    "Example: baocao ingest corpus/ && baocao search \"kham so tuyen\"");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
