#include "baocao/dictionaries.h"

#include "baocao/error.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace baocao {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        cells.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) {
            break;
        }
        start = tab + 1;
    }
    return cells;
}

} // namespace

std::size_t Table::column(const std::string& name) const {
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end()) {
        throw Error(path + ": no column '" + name +
                    "' in the header row; restore the header from dictionaries/README.md");
    }
    return static_cast<std::size_t>(it - columns.begin());
}

Table Dictionaries::parse_table(const std::string& path, const std::string& content) {
    Table table;
    table.path = path;
    std::istringstream in(content);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line[0] == '#') {
            continue;
        }
        auto cells = split_tabs(line);
        if (table.columns.empty()) {
            table.columns = std::move(cells);
            continue;
        }
        if (cells.size() != table.columns.size()) {
            throw Error(path + ":" + std::to_string(number) + ": expected " +
                        std::to_string(table.columns.size()) + " tab-separated columns, found " +
                        std::to_string(cells.size()) + "; fix the row (columns: see the header)");
        }
        table.rows.push_back(std::move(cells));
    }
    if (table.columns.empty()) {
        throw Error(path + ": no header row; every dictionary starts with a header row");
    }
    return table;
}

Dictionaries Dictionaries::load(const std::string& directory) {
    Dictionaries result;
    result.m_directory = directory;
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) {
        throw Error(directory + ": dictionaries folder not found; set BAOCAO_DICTIONARIES "
                                "or pass --dictionaries DIR");
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(directory, ec)) {
        if (entry.path().extension() == ".tsv") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            throw Error(file.string() + ": cannot read dictionary; check its permissions");
        }
        std::ostringstream content;
        content << in.rdbuf();
        result.m_tables.emplace(file.stem().string(), parse_table(file.string(), content.str()));
    }
    return result;
}

std::string Dictionaries::default_directory() {
    if (const char* env = std::getenv("BAOCAO_DICTIONARIES"); env != nullptr && *env != 0) {
        return env;
    }
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate :
             {self.parent_path() / "dictionaries",
              self.parent_path().parent_path() / "share" / "baocao" / "dictionaries"}) {
            if (fs::is_directory(candidate, ec)) {
                return candidate.string();
            }
        }
    }
    return BAOCAO_SOURCE_DICTIONARIES;
}

const Table& Dictionaries::table(const std::string& name) const {
    auto it = m_tables.find(name);
    if (it == m_tables.end()) {
        throw Error(m_directory + "/" + name +
                    ".tsv: dictionary missing; restore it from the source tree");
    }
    return it->second;
}

} // namespace baocao
