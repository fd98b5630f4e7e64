// Dates as Vietnamese reports write them: "03/11/2023", "ngày 5 tháng 12 năm
// 2023", "10.11.2023", ranges "23-24/12/2023" and "28/11/1947-28/11/2023",
// short dates after a cue ("ngày 10/11", "sáng 28/11"), months "11/2023" and
// "tháng 12 năm 2023". Words come from dictionaries/date_words.tsv.
#pragma once

#include "extract/text_scan.h"

#include "baocao/document.h"

#include <optional>
#include <vector>

namespace baocao::extract_detail {

struct DateMatch {
    std::size_t first = 0; // pieces [first, last)
    std::size_t last = 0;
    std::size_t begin = 0; // bytes
    std::size_t end = 0;
    Date start;               // year 0 when the text gives none ("ngày 20/4")
    Date finish;              // last day of a range; == start otherwise
    bool month_only = false;  // "tháng 11/2023": day is 0
    bool year_only = false;   // "năm 2023": month and day are 0
    bool every_month = false; // "ngày 15 hằng tháng": month 0, the day recurs
};

class DateFinder {
public:
    DateFinder(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // Every date in the pieces, left to right, not overlapping `excluded`.
    std::vector<DateMatch> find(const std::vector<Piece>& pieces,
                                const std::vector<Span>& excluded = {}) const;

    // Fills in a missing year from the month the text is about: the year that
    // puts the date closest to `around`.
    static Date resolve_year(Date date, YearMonth around);

private:
    std::optional<DateMatch> match_at(const std::vector<Piece>& pieces, std::size_t at) const;
    bool has_role(const Piece& piece, const std::string& role) const;

    std::vector<std::pair<std::string, std::string>> m_words; // key → role
};

bool valid_date(const Date& date);

} // namespace baocao::extract_detail
