#include "extract/task_table.h"

#include "baocao/error.h"
#include "normalize/line_shape.h"
#include "util/utf8.h"

#include <algorithm>

namespace baocao::extract_detail {

TaskTable::TaskTable(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_normalizer(normalizer) {
    const Table& table = dictionaries.table("table_columns");
    m_headers = phrase_set(table, "phrase", normalizer);
    std::size_t role = table.column("role");
    for (const auto& row : table.rows) {
        const std::string& name = row[role];
        if (name == "number") {
            m_roles.push_back(Role::number);
        } else if (name == "task") {
            m_roles.push_back(Role::task);
        } else if (name == "office") {
            m_roles.push_back(Role::office);
        } else if (name == "deadline") {
            m_roles.push_back(Role::deadline);
        } else if (name == "result") {
            m_roles.push_back(Role::result);
        } else if (name == "note") {
            m_roles.push_back(Role::note);
        } else {
            throw Error(table.path + ": unknown column role '" + name +
                        "'; use number, task, office, deadline, result or note");
        }
    }
}

std::vector<std::string_view> TaskTable::cells(std::string_view text) {
    char separator = table_separator(text);
    std::vector<std::string_view> out;
    if (separator == '\0') {
        return out;
    }
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find(separator, begin);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        out.push_back(utf8::trim(text.substr(begin, end - begin)));
        begin = end + 1;
    }
    return out;
}

std::optional<TaskTable::Role> TaskTable::role_of(std::string_view cell) const {
    std::vector<Piece> pieces = scan(cell, m_normalizer);
    if (pieces.empty()) {
        return std::nullopt;
    }
    auto match = m_headers.match_at(pieces, 0);
    if (match.length == 0) {
        return std::nullopt;
    }
    // The whole cell, or its opening words ("Nội dung nhiệm vụ tháng 5"),
    // names the column; a task that happens to open with "Phối hợp …" runs on.
    constexpr std::size_t max_header_words = 6;
    if (pieces.size() > max_header_words) {
        return std::nullopt;
    }
    return m_roles[match.payload];
}

bool TaskTable::opens_detail(const std::vector<Piece>& pieces, std::size_t at) const {
    auto match = m_headers.match_at(pieces, at);
    if (match.length == 0 || at + match.length >= pieces.size()) {
        return false;
    }
    const Piece& after = pieces[at + match.length];
    Role role = m_roles[match.payload];
    return after.kind == PieceKind::punct && after.text == ":" &&
           (role == Role::office || role == Role::deadline);
}

bool TaskTable::is_detail(std::string_view text) const {
    std::vector<Piece> pieces = scan(text, m_normalizer);
    std::size_t at = 0;
    while (at < pieces.size() && pieces[at].kind == PieceKind::punct) {
        ++at; // "- Thời gian: …"
    }
    return opens_detail(pieces, at);
}

std::optional<std::string> TaskTable::without_details(std::string_view text,
                                                      const std::vector<Piece>& pieces) const {
    // "(Chủ trì: …; thời gian: …)" on the task's own line is part of how the
    // task is written; only details after the task's sentence are cut.
    int depth = 0;
    for (std::size_t at = 1; at + 1 < pieces.size(); ++at) {
        const Piece& before = pieces[at - 1];
        if (before.kind == PieceKind::punct && before.text == "(") {
            ++depth;
        } else if (before.kind == PieceKind::punct && before.text == ")" && depth > 0) {
            --depth;
        }
        // "… Nhà văn hóa TDP 11. Đơn vị thực hiện: …", or a line under a task
        // without a full stop whose label keeps its capital ("… TDP 11 Đơn
        // vị thực hiện: …"). Some words must come first: "- Thời gian: …"
        // alone is a detail line.
        bool after_sentence = before.kind == PieceKind::punct && before.text == ".";
        bool capital_label = before.kind != PieceKind::punct &&
                             pieces[at].kind == PieceKind::word && starts_upper(pieces[at].text);
        if (depth > 0 || at <= 2 || !(after_sentence || capital_label) ||
            !opens_detail(pieces, at)) {
            continue;
        }
        std::size_t end = after_sentence ? before.end : pieces[at].begin;
        while (end > 0 && text[end - 1] == ' ') {
            --end;
        }
        return std::string(text.substr(0, end));
    }
    return std::nullopt;
}

bool TaskTable::read_header(std::string_view text) {
    std::vector<std::string_view> row = cells(text);
    std::size_t named = 0;
    std::optional<std::size_t> task;
    for (std::size_t i = 0; i < row.size(); ++i) {
        auto role = role_of(row[i]);
        named += role.has_value() ? 1 : 0;
        if (role == Role::task && !task) {
            task = i;
        }
    }
    if (named < 2) {
        return false;
    }
    m_task_column = task;
    return true;
}

std::optional<std::string> TaskTable::task_of(std::string_view text) const {
    std::vector<std::string_view> row = cells(text);
    if (row.empty()) {
        return std::nullopt;
    }
    if (m_task_column && *m_task_column < row.size() && !row[*m_task_column].empty()) {
        return std::string(row[*m_task_column]);
    }
    // No header seen: the task is the cell with the most to say.
    auto longest = std::max_element(
        row.begin(), row.end(), [](auto a, auto b) { return utf8::length(a) < utf8::length(b); });
    return std::string(*longest);
}

} // namespace baocao::extract_detail
