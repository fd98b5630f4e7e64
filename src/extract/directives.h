// Directives: the task paragraphs of the plan part, with their main action and
// their deadline as a date ("trước ngày 15/12/2023", "chậm nhất 30/12/2023",
// "dự kiến tổ chức vào ngày 23-24/12/2023" → the last day, "chậm nhất ngày
// 20/4" → the year of the plan period, "trong tháng 12/2023" → the last day of
// that month). Cues: dictionaries/directive_cues.tsv.
#pragma once

#include "extract/dates.h"
#include "extract/text_scan.h"

#include "baocao/document.h"

namespace baocao::extract_detail {

class DirectiveReader {
public:
    DirectiveReader(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // True for a paragraph that only names a sub-topic ("- Công tác y tế:")
    // or introduces the tasks below it ("UBND phường giao nhiệm vụ như sau:").
    bool is_subheading(const std::vector<Piece>& pieces) const;

    // "Giao Công an phường: tăng cường tuần tra …; tổ chức diễn tập …; thu
    // nhận hồ sơ …": a line of one office's tasks. The byte ranges of its
    // items after ':' when it holds two or more; none otherwise (a single
    // task stays the whole paragraph).
    std::vector<std::pair<std::size_t, std::size_t>>
    assigned_items(const std::vector<Piece>& pieces) const;

    // "Chỉ đạo các thôn thu hoạch sắn trước ngày 15/4. Hướng dẫn nông dân
    // phun thuốc …": a field of the plan written as prose, one task per
    // sentence (the caller asks only for a field's only paragraph). The byte
    // ranges of its sentences when the paragraph has no list marker and two
    // or more sentences of a few words each start with a capital; none
    // otherwise.
    std::vector<std::pair<std::size_t, std::size_t>>
    sentence_items(const std::vector<Piece>& pieces) const;

    // Fills action, deadline and deadline_raw of `directive` from its text.
    // `dates` are the dates of the text outside references. Dates are kept
    // only when they fall between the first day of `period` and the end of
    // the month after `plan`: a task of December is not due in 2020.
    void read(std::string_view text, const std::vector<Piece>& pieces,
              const std::vector<DateMatch>& dates, YearMonth period, YearMonth plan,
              Directive& directive) const;

private:
    enum class Cue { deadline, month, schedule, start, topic, action, lead, office_lead };
    const Normalizer& m_normalizer;
    PhraseSet m_cues;
    std::vector<Cue> m_kinds;
};

} // namespace baocao::extract_detail
