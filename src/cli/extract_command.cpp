// `baocao extract FILE... [--json]`: figures, document references and
// directives with deadlines of each report (DESIGN.md §5). With --json one
// record per report per line; without, a summary a clerk can hold against the
// paper: every figure with its section and the words it came from.
#include "cli/commands.h"
#include "cli/report_output.h"

#include "baocao/pipeline.h"
#include "extract/findings_json.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <sstream>

namespace baocao::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> files;
    bool json = false;
};

std::string format_value(double value) {
    // Vietnamese grouping so the clerk sees the number as the paper prints it.
    std::ostringstream out;
    out.precision(15);
    out << value;
    std::string text = out.str();
    std::size_t dot = text.find('.');
    std::string whole = text.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "" : "," + text.substr(dot + 1);
    std::string grouped;
    int digits = 0;
    for (std::size_t i = whole.size(); i > 0; --i) {
        char c = whole[i - 1];
        if (digits == 3 && c != '-') {
            grouped.insert(grouped.begin(), '.');
            digits = 0;
        }
        grouped.insert(grouped.begin(), c);
        ++digits;
    }
    return grouped + fraction;
}

void print_summary(const Report& report, const Findings& findings, std::ostream& out) {
    out << "# " << report.source << "\n";
    out << "issuer: " << (report.issuer.empty() ? "?" : report.issuer)
        << "   number: " << (report.report_number.empty() ? "?" : report.report_number)
        << "   period: " << (report.period.valid() ? report.period.str() : "?")
        << "   plan: " << (report.plan_period.valid() ? report.plan_period.str() : "-") << "\n";

    out << "\nFIGURES (" << findings.figures.size() << ")\n";
    for (const auto& f : findings.figures) {
        out << "  [" << f.part << " " << (f.section.empty() ? "-" : f.section) << "] "
            << format_value(f.value) << " " << (f.unit.empty() ? "(no unit)" : f.unit);
        if (f.of) {
            out << " of " << format_value(*f.of);
        }
        out << "  " << f.label << "  {" << f.metric << "}  \"" << f.raw << "\"\n";
    }
    out << "\nREFERENCES (" << findings.references.size() << ")\n";
    for (const auto& r : findings.references) {
        out << "  [" << r.part << " " << (r.section.empty() ? "-" : r.section) << "] " << r.kind
            << " " << r.number;
        if (r.date) {
            out << " ngày " << r.date->str();
        }
        out << "\n";
    }
    out << "\nDIRECTIVES (" << findings.directives.size() << ")\n";
    for (const auto& d : findings.directives) {
        std::string text = d.text.size() > 90 ? d.text.substr(0, 90) : d.text;
        // Never cut a UTF-8 sequence in half.
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
            text.pop_back();
        }
        if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) {
            text.pop_back();
        }
        out << "  " << d.id;
        if (d.deadline) {
            out << "  DEADLINE " << d.deadline->str() << " (\"" << d.deadline_raw << "\")";
        }
        out << "\n      " << text << (text.size() < d.text.size() ? "…" : "") << "\n";
    }
    out << "\n";
}

int run(const ExtractOptions& options, const GlobalOptions& global) {
    Context context = Context::load(global.dictionaries);
    int result = 0;
    for (const auto& path : options.files) {
        ProcessedFile file = process_file(path, context, Stage::extract);
        Diagnostics diagnostics = file.diagnostics();
        print_diagnostics(diagnostics, std::cerr);
        if (file.failed) {
            result = static_cast<int>(ExitCode::input_failed);
            continue;
        }
        if (options.json) {
            std::cout << findings_to_json(file.report, file.findings, diagnostics)
                             .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                      << "\n";
        } else {
            print_summary(file.report, file.findings, std::cout);
        }
    }
    return result;
}

} // namespace

void add_extract_command(CLI::App& app, GlobalOptions& global) {
    auto options = std::make_shared<ExtractOptions>();
    CLI::App* command = app.add_subcommand(
        "extract", "Read figures, document references and directives (with deadlines) "
                   "from report files.");
    command->add_option("files", options->files, "Report files (.pdf or .txt)")->required();
    command->add_flag("--json", options->json,
                      "One JSON object per report, one per line (figures, references, "
                      "directives, diagnostics)");
    command->footer("Example: baocao extract corpus/lai-cach-2023-11.txt --json");
    command->callback([options, &global] { global.result = run(*options, global); });
}

} // namespace baocao::cli
