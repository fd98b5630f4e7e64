// Plans written as a table exported as text: one task per row, cells parted
// by '|' or tabs, under a header row whose cells name the columns
// (dictionaries/table_columns.tsv). The task is the cell of the column that
// holds the task's content, not the row with its number, office and time.
#pragma once

#include "extract/text_scan.h"

#include "baocao/dictionaries.h"
#include "baocao/normalize.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::extract_detail {

class TaskTable {
public:
    TaskTable(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // Cells of a table row; empty when the text is no table row (fewer than
    // two '|' or two tabs).
    static std::vector<std::string_view> cells(std::string_view text);

    // Reads one paragraph of the plan. A header row sets the columns and
    // returns true: it is no task. Any other paragraph returns false.
    bool read_header(std::string_view text);

    // The task cell of a table row under the last header (or, without
    // one, the longest cell); nothing when the text is no table row.
    std::optional<std::string> task_of(std::string_view text) const;

    // "Thời gian: trước ngày 20/6/2024.", "Phân công: công chức …": a line
    // under a task that opens with the name of a column for who does it or
    // by when, then ':'. It details the task above; it is no task.
    bool is_detail(std::string_view text) const;

    // "- Hoàn thiện hồ sơ quyết toán." then "  Đơn vị thực hiện: …; thời
    // gian: …" on the next line: the same details joined to the task's
    // paragraph after its sentence. The task without them, or nothing when
    // the text has none (details in brackets on the task's line stay).
    // `pieces` are the text's, as scan() reads them.
    std::optional<std::string> without_details(std::string_view text,
                                               const std::vector<Piece>& pieces) const;

private:
    enum class Role { number, task, office, deadline, result, note };
    std::optional<Role> role_of(std::string_view cell) const;
    // A column name for who or by when at `at`, then ':'.
    bool opens_detail(const std::vector<Piece>& pieces, std::size_t at) const;

    const Normalizer& m_normalizer;
    PhraseSet m_headers;
    std::vector<Role> m_roles; // by row of the table
    std::optional<std::size_t> m_task_column;
};

} // namespace baocao::extract_detail
