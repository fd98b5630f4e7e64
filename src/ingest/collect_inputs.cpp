#include "baocao/ingest.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace baocao {

namespace {

bool is_report_file(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return ext == ".pdf" || ext == ".txt";
}

// Walks a folder; `seen` holds canonical folder paths so a symlink loop is
// entered once and reported, never followed forever.
void walk(const fs::path& dir, std::set<fs::path>& seen, std::vector<std::string>& out,
          Diagnostics& diagnostics) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (ec) {
        diagnostics.push_back({Severity::error, dir.string(), 0,
                               "cannot resolve folder (" + ec.message() + "); check the path"});
        return;
    }
    if (!seen.insert(canonical).second) {
        diagnostics.push_back({Severity::warning, dir.string(), 0,
                               "folder already visited (symlink loop or duplicate link); "
                               "skipped"});
        return;
    }
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        diagnostics.push_back({Severity::error, dir.string(), 0,
                               "cannot list folder (" + ec.message() + "); check its permissions"});
        return;
    }
    std::vector<fs::path> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            diagnostics.push_back(
                {Severity::error, dir.string(), 0, "cannot list folder (" + ec.message() + ")"});
            break;
        }
        entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) {
        std::error_code sec;
        if (fs::is_directory(entry, sec)) {
            walk(entry, seen, out, diagnostics);
        } else if (is_report_file(entry)) {
            out.push_back(entry.string());
        }
    }
}

} // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        Diagnostics& diagnostics) {
    std::vector<std::string> out;
    std::set<fs::path> seen;
    for (const auto& path : paths) {
        std::error_code ec;
        fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            diagnostics.push_back(
                {Severity::error, path, 0, "no such file or folder; check the path"});
            continue;
        }
        if (fs::is_directory(status)) {
            walk(path, seen, out, diagnostics);
        } else {
            // A file named explicitly is taken whatever its extension.
            out.push_back(path);
        }
    }
    return out;
}

} // namespace baocao
