// `baocao inspect PATH... --stage ingest|normalize|segment|extract [--json|--summary]`: the
// developer's lens on each stage (DESIGN.md §2), and the basis of golden tests.
#include "cli/commands.h"
#include "cli/report_output.h"

#include "baocao/ingest.h"
#include "baocao/pipeline.h"
#include "extract/findings_json.h"
#include "segment/report_json.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace baocao::cli {

namespace {

struct InspectOptions {
    std::vector<std::string> files;
    std::string stage = "segment";
    bool json = false;
    bool summary = false;
};

void print_text(const ProcessedFile& file, Stage stage, std::ostream& out) {
    switch (stage) {
    case Stage::ingest:
        out << "# " << file.raw.path << " (" << file.raw.format << ", " << file.raw.encoding << ", "
            << file.raw.pages.size() << " pages)\n";
        for (const auto& page : file.raw.pages) {
            out << "--- page " << page.number << "\n" << page.text << "\n";
        }
        break;
    case Stage::normalize:
        out << "# " << file.text.source << " (" << file.text.blocks.size() << " blocks)\n";
        for (const auto& block : file.text.blocks) {
            out << "[p" << block.page << "] " << block.text << "\n";
        }
        break;
    case Stage::segment:
    case Stage::extract:
        print_report_summary(file.report, out);
        break;
    }
}

// One line a report: enough to check a whole archive at a glance.
void print_summary_line(const ProcessedFile& file, std::ostream& out) {
    const Report& report = file.report;
    std::size_t numbered = 0;
    std::size_t paragraphs = 0;
    for (const auto& section : report.sections) {
        numbered += section.number.empty() ? 0 : 1;
        paragraphs += section.paragraphs.size();
    }
    out << report.source << ": " << (report.issuer.empty() ? "?" : report.issuer) << " | "
        << (report.period.valid() ? report.period.str() : "?") << " -> "
        << (report.plan_period.valid() ? report.plan_period.str() : "-") << " | "
        << report_kind_name(report.kind) << " | " << numbered << " sections, " << paragraphs
        << " paragraphs | " << file.findings.figures.size() << " figures, "
        << file.findings.references.size() << " references, " << file.findings.directives.size()
        << " directives\n";
}

int run(const InspectOptions& options, const GlobalOptions& global) {
    static const std::map<std::string, Stage> stages = {{"ingest", Stage::ingest},
                                                        {"normalize", Stage::normalize},
                                                        {"segment", Stage::segment},
                                                        {"extract", Stage::extract}};
    Stage stage = options.summary ? Stage::extract : stages.at(options.stage);
    Context context = Context::load(global.dictionaries);
    Diagnostics walk;
    std::vector<std::string> files = collect_inputs(options.files, walk);
    print_diagnostics(walk, std::cerr);
    int result = walk.empty() ? 0 : static_cast<int>(ExitCode::input_failed);
    for (const auto& path : files) {
        ProcessedFile file = process_file(path, context, stage);
        print_diagnostics(file.diagnostics(), std::cerr);
        if (file.failed) {
            result = static_cast<int>(ExitCode::input_failed);
            continue;
        }
        if (options.summary) {
            print_summary_line(file, std::cout);
        } else if (options.json) {
            nlohmann::json out;
            switch (stage) {
            case Stage::ingest:
                out = raw_to_json(file.raw);
                break;
            case Stage::normalize:
                out = text_to_json(file.text);
                break;
            case Stage::segment:
                out = report_to_json(file.report, true);
                break;
            case Stage::extract:
                out = findings_to_json(file.report, file.findings, file.diagnostics());
                break;
            }
            std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        } else {
            print_text(file, stage, std::cout);
        }
    }
    return result;
}

} // namespace

void add_inspect_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<InspectOptions>();
    CLI::App* command = app.add_subcommand(
        "inspect", "Show what one stage makes of report files (ingest: raw page text; "
                   "normalize: repaired paragraphs; segment: header, period, sections; "
                   "extract: figures, references, directives).");
    command->add_option("paths", options->files, "Report files (.pdf or .txt) or folders")
        ->required();
    command->add_option("--stage", options->stage, "Stage to show")
        ->check(CLI::IsMember({"ingest", "normalize", "segment", "extract"}))
        ->capture_default_str();
    command->add_flag("--json", options->json, "One JSON object per file, one per line");
    command->add_flag("--summary", options->summary,
                      "One line per report: issuer, period, kind, counts of sections, "
                      "paragraphs, figures, references and directives");
    command->footer("Example: baocao inspect corpus/lai-cach-2023-11.txt --stage segment");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
