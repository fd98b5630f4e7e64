// `baocao reports [--db DIR] [--json] [--check]`: what the index holds, one
// line (or one JSON object) per report; --check verifies that every report is
// stored whole (used by scripts/crash_harness.py after killing ingest).
#include "cli/commands.h"

#include "baocao/query.h"
#include "baocao/store.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace baocao::cli {

namespace {

struct ReportsOptions {
    std::vector<std::string> databases;
    bool json = false;
    bool check = false;
};

int run_check(const Index& index) {
    std::vector<std::string> problems = index.check();
    for (const auto& problem : problems) {
        std::cerr << "baocao: " << problem << "\n";
    }
    std::size_t reports = index.reports().size();
    if (!problems.empty()) {
        std::cout << problems.size() << " problems in an index of " << reports << " reports\n";
        return static_cast<int>(ExitCode::unusable);
    }
    std::cout << reports << " reports, every one complete\n";
    return 0;
}

int run(const ReportsOptions& options, const GlobalOptions& global) {
    Context context = Context::load(global.dictionaries);
    Index index = Index::open(options.databases, context);
    if (options.check) {
        return run_check(index);
    }
    std::vector<ReportRecord> reports = index.reports();
    if (options.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : reports) {
            out.push_back({{"issuer", r.issuer},
                           {"period", r.period.str()},
                           {"plan_period", r.plan_period.str()},
                           {"kind", report_kind_name(r.kind)},
                           {"report_number", r.report_number},
                           {"sha256", r.sha256},
                           {"sources", r.sources},
                           {"source", r.sources.empty() ? "" : r.sources.front()},
                           {"pages", r.pages},
                           {"paragraphs", r.paragraphs},
                           {"figures", r.figures},
                           {"directives", r.directives},
                           {"diagnostics", r.diagnostics.size()}});
        }
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    for (const auto& r : reports) {
        std::cout << (r.period.valid() ? r.period.str() : "(no period)") << "  "
                  << (r.issuer.empty() ? "?" : r.issuer) << "  " << report_kind_name(r.kind) << "  "
                  << r.paragraphs << " paragraphs, " << r.figures << " figures, " << r.directives
                  << " directives, " << r.diagnostics.size() << " diagnostics  "
                  << (r.sources.empty() ? "" : r.sources.front());
        if (r.sources.size() > 1) {
            std::cout << " (+" << r.sources.size() - 1 << " same content)";
        }
        std::cout << "\n";
    }
    std::cout << reports.size() << " reports\n";
    return 0;
}

} // namespace

void add_reports_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<ReportsOptions>();
    CLI::App* command = app.add_subcommand("reports", "List the reports in the index.");
    command->add_option("--db", options->databases,
                        "Index directory or stub file; repeat to list several (default: "
                        "$BAOCAO_DB, else .baocao/db)");
    command->add_flag("--json", options->json, "A JSON array of report objects");
    command->add_flag("--check", options->check,
                      "Check that every report is stored whole (no half-indexed report, no "
                      "stray documents); exit code 3 when not");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
