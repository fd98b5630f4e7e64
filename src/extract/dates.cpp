#include "extract/dates.h"

#include <cstdio>
#include <cstdlib>

namespace baocao::extract_detail {

namespace {

// A plain run of 1..max_digits digits; -1 otherwise.
int small_number(const Piece& piece, std::size_t max_digits) {
    if (piece.kind != PieceKind::number || piece.text.size() > max_digits) {
        return -1;
    }
    int value = 0;
    for (char c : piece.text) {
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

int year_number(const Piece& piece) {
    int value = small_number(piece, 4);
    if (piece.text.size() == 4 && value >= 1900 && value <= 2100) {
        return value;
    }
    return -1;
}

bool is_punct(const Piece& piece, std::string_view text) {
    return piece.kind == PieceKind::punct && piece.text == text;
}

bool is_dash(const Piece& piece) {
    return piece.kind == PieceKind::punct &&
           (piece.text == "-" || piece.text == "\u2013" || piece.text == "\u2014");
}

bool is_date_separator(const Piece& piece) {
    return is_punct(piece, "/") || is_punct(piece, "-") || is_punct(piece, ".");
}

} // namespace

bool valid_date(const Date& date) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (date.month < 1 || date.month > 12 || date.day < 1) {
        return false;
    }
    if (date.year != 0 && (date.year < 1900 || date.year > 2100)) {
        return false;
    }
    return date.day <= days[date.month - 1];
}

DateFinder::DateFinder(const Dictionaries& dictionaries, const Normalizer& normalizer) {
    const Table& table = dictionaries.table("date_words");
    std::size_t phrase = table.column("phrase");
    std::size_t role = table.column("role");
    for (const auto& row : table.rows) {
        m_words.emplace_back(normalizer.search_key(row[phrase]), row[role]);
    }
}

bool DateFinder::has_role(const Piece& piece, const std::string& role) const {
    if (piece.kind != PieceKind::word) {
        return false;
    }
    for (const auto& [key, word_role] : m_words) {
        if (key == piece.key && word_role == role) {
            return true;
        }
    }
    return false;
}

std::optional<DateMatch> DateFinder::match_at(const std::vector<Piece>& pieces,
                                              std::size_t at) const {
    auto piece = [&](std::size_t i) -> const Piece* {
        return i < pieces.size() ? &pieces[i] : nullptr;
    };
    auto finish = [&](DateMatch match, std::size_t last) {
        match.first = at;
        match.last = last;
        match.begin = pieces[at].begin;
        match.end = pieces[last - 1].end;
        return match;
    };
    const Piece& first = pieces[at];

    // "ngày 15 hằng tháng": a day that recurs each month; whoever reads it
    // decides which month (a plan's deadline: the plan month).
    if (has_role(first, "day") && piece(at + 3) != nullptr && has_role(pieces[at + 2], "every") &&
        has_role(pieces[at + 3], "month")) {
        int day = small_number(pieces[at + 1], 2);
        if (day >= 1 && day <= 31) {
            DateMatch match;
            match.every_month = true;
            match.start = {0, 0, day};
            match.finish = match.start;
            auto result = finish(match, at + 4);
            result.first = at + 1; // "ngày" stays visible as a cue, as below
            result.begin = pieces[at + 1].begin;
            return result;
        }
    }
    // "ngày 5 tháng 12 năm 2023", "ngày 5 tháng 12"
    if (has_role(first, "day") && piece(at + 3) != nullptr) {
        int day = small_number(pieces[at + 1], 2);
        int month = small_number(pieces[at + 3], 2);
        if (day > 0 && month > 0 && has_role(pieces[at + 2], "month")) {
            DateMatch match;
            match.start = {0, month, day};
            std::size_t last = at + 4;
            if (piece(at + 5) != nullptr && has_role(pieces[at + 4], "year") &&
                year_number(pieces[at + 5]) > 0) {
                match.start.year = year_number(pieces[at + 5]);
                last = at + 6;
            }
            match.finish = match.start;
            if (valid_date(match.start)) {
                // The match starts at the number so that the cue word "ngày"
                // stays visible to whoever reads the words before the date.
                auto result = finish(match, last);
                result.first = at + 1;
                result.begin = pieces[at + 1].begin;
                return result;
            }
        }
    }
    // "tháng 12 năm 2023", "tháng 11/2023": months, so their numbers are never figures.
    if (has_role(first, "month") && piece(at + 1) != nullptr) {
        int month = small_number(pieces[at + 1], 2);
        if (month >= 1 && month <= 12) {
            DateMatch match;
            match.month_only = true;
            match.start = {0, month, 0};
            std::size_t last = at + 2;
            if (piece(at + 3) != nullptr && is_punct(pieces[at + 2], "/") &&
                year_number(pieces[at + 3]) > 0) {
                match.start.year = year_number(pieces[at + 3]);
                last = at + 4;
            } else if (piece(at + 3) != nullptr && has_role(pieces[at + 2], "year") &&
                       year_number(pieces[at + 3]) > 0) {
                match.start.year = year_number(pieces[at + 3]);
                last = at + 4;
            }
            match.finish = match.start;
            return finish(match, last);
        }
    }
    // "năm 2023"
    if (has_role(first, "year") && piece(at + 1) != nullptr && year_number(pieces[at + 1]) > 0) {
        DateMatch match;
        match.year_only = true;
        match.start = {year_number(pieces[at + 1]), 0, 0};
        match.finish = match.start;
        return finish(match, at + 2);
    }
    if (first.kind != PieceKind::number) {
        return std::nullopt;
    }
    // "10.11.2023" scans as one number piece.
    if (first.text.size() >= 8 && first.text.find('.') != std::string::npos) {
        int day = 0, month = 0, year = 0;
        char tail = 0;
        if (std::sscanf(first.text.c_str(), "%2d.%2d.%4d%c", &day, &month, &year, &tail) == 3) {
            DateMatch match;
            match.start = {year, month, day};
            match.finish = match.start;
            if (year >= 1900 && valid_date(match.start)) {
                return finish(match, at + 1);
            }
        }
        return std::nullopt;
    }
    int a = small_number(first, 2);
    if (a < 0) {
        return std::nullopt;
    }
    // "23-24/12/2023": a range of days in one month.
    if (piece(at + 5) != nullptr && is_dash(pieces[at + 1]) && !pieces[at + 1].space_before) {
        int b = small_number(pieces[at + 2], 2);
        int month = small_number(pieces[at + 4], 2);
        if (b > a && is_punct(pieces[at + 3], "/") && month > 0 && is_punct(pieces[at + 5], "/") &&
            piece(at + 6) != nullptr && year_number(pieces[at + 6]) > 0) {
            DateMatch match;
            match.start = {year_number(pieces[at + 6]), month, a};
            match.finish = {match.start.year, month, b};
            if (valid_date(match.start) && valid_date(match.finish)) {
                return finish(match, at + 7);
            }
        }
    }
    // "03/11/2023", "03-11-2023", "3/11/23"
    if (piece(at + 4) != nullptr && is_date_separator(pieces[at + 1]) &&
        pieces[at + 3].text == pieces[at + 1].text) {
        int month = small_number(pieces[at + 2], 2);
        int year = year_number(pieces[at + 4]);
        if (year < 0 && pieces[at + 1].text == "/" && pieces[at + 4].text.size() == 2) {
            int short_year = small_number(pieces[at + 4], 2);
            year = short_year >= 0 ? 2000 + short_year : -1;
        }
        DateMatch match;
        match.start = {year, month, a};
        match.finish = match.start;
        if (year > 0 && month > 0 && valid_date(match.start)) {
            std::size_t last = at + 5;
            // "28/11/1947-28/11/2023": a range of two full dates.
            if (piece(last + 5) != nullptr && is_dash(pieces[last])) {
                auto second = match_at(pieces, last + 1);
                if (second && !second->month_only && !second->year_only && second->start.year > 0 &&
                    second->first == last + 1) {
                    match.finish = second->finish;
                    last = second->last;
                }
            }
            return finish(match, last);
        }
    }
    if (piece(at + 2) == nullptr || !is_punct(pieces[at + 1], "/")) {
        return std::nullopt;
    }
    // "11/2023": a month.
    if (a >= 1 && a <= 12 && year_number(pieces[at + 2]) > 0) {
        DateMatch match;
        match.month_only = true;
        match.start = {year_number(pieces[at + 2]), a, 0};
        match.finish = match.start;
        return finish(match, at + 3);
    }
    // "ngày 10/11", "sáng 28/11": a short date only after a cue; otherwise
    // "04/06 nam công dân" is a fraction.
    int month = small_number(pieces[at + 2], 2);
    // A link ("và") reads as a cue here: a deadline's "06/7 và 20/7".
    bool cue = at > 0 && (has_role(pieces[at - 1], "day") || has_role(pieces[at - 1], "cue") ||
                          has_role(pieces[at - 1], "link"));
    if (cue && month > 0) {
        DateMatch match;
        match.start = {0, month, a};
        match.finish = match.start;
        if (valid_date(match.start)) {
            return finish(match, at + 3);
        }
    }
    return std::nullopt;
}

std::vector<DateMatch> DateFinder::find(const std::vector<Piece>& pieces,
                                        const std::vector<Span>& excluded) const {
    std::vector<DateMatch> matches;
    for (std::size_t at = 0; at < pieces.size();) {
        if (overlaps(excluded, pieces[at].begin, pieces[at].end)) {
            ++at;
            continue;
        }
        auto match = match_at(pieces, at);
        if (match && !overlaps(excluded, match->begin, match->end)) {
            std::size_t next = match->last;
            matches.push_back(*match);
            at = next;
        } else {
            ++at;
        }
    }
    return matches;
}

Date DateFinder::resolve_year(Date date, YearMonth around) {
    if (date.year != 0 || !around.valid()) {
        return date;
    }
    int best_year = around.year;
    int best_distance = 1 << 30;
    for (int year = around.year - 1; year <= around.year + 1; ++year) {
        int distance = std::abs(YearMonth{year, date.month}.index() - around.index());
        if (distance < best_distance) {
            best_distance = distance;
            best_year = year;
        }
    }
    date.year = best_year;
    return date;
}

} // namespace baocao::extract_detail
