// Vocabulary as data (dictionaries/*.tsv): abbreviations, units, section
// names, metric synonyms, tone-placement pairs, syllable structure. Code reads
// rows; what a row means is decided by the stage that uses the table.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace baocao {

// One TSV file: a header row, then rows with the same number of columns.
// Lines starting with '#' and blank lines are comments.
struct Table {
    std::string path;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;

    // Index of a column by its header name; throws baocao::Error when absent.
    std::size_t column(const std::string& name) const;
};

class Dictionaries {
public:
    // Reads every *.tsv in `directory`. Throws baocao::Error (exit code
    // "unusable") naming the file and line of the first malformed row.
    static Dictionaries load(const std::string& directory);

    // $BAOCAO_DICTIONARIES, else the dictionaries/ folder beside the
    // installed binary, else the source tree's (for builds run in place).
    static std::string default_directory();

    // Throws baocao::Error when the table does not exist.
    const Table& table(const std::string& name) const;
    bool has(const std::string& name) const { return m_tables.count(name) != 0; }
    const std::string& directory() const { return m_directory; }

    // Parses one TSV text; `path` is used in error messages only.
    static Table parse_table(const std::string& path, const std::string& content);

private:
    std::string m_directory;
    std::map<std::string, Table> m_tables;
};

} // namespace baocao
