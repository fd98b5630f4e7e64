#include "extract/references.h"

#include "util/utf8.h"

namespace baocao::extract_detail {

namespace {

bool is_code_char(char32_t c) {
    // Letters (any script: "NĐ-CP"), digits and the separators of document numbers.
    return utf8::is_ascii_digit(c) || c == U'/' || c == U'-' || c == U'.' || c == U'&' ||
           (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c < 0x2000);
}

} // namespace

ReferenceFinder::ReferenceFinder(const Dictionaries& dictionaries, const Normalizer& normalizer,
                                 const DateFinder& dates)
    : m_dates(dates) {
    const Table& table = dictionaries.table("reference_kinds");
    m_kinds = phrase_set(table, "surface", normalizer);
    std::size_t kind = table.column("kind");
    std::size_t code = table.column("code");
    for (const auto& row : table.rows) {
        m_kind_names.push_back(row[kind]);
        if (row[code] != "-") {
            m_codes.emplace_back(row[code], row[kind]);
        }
    }
    // "số" between the kind and the number ("Thông báo số 76/TB-UBND") is
    // the same word number_contexts.tsv lists; it is matched by key here.
    m_number_word = normalizer.search_key("số");
}

std::size_t ReferenceFinder::number_length(std::string_view text, std::size_t begin) {
    std::size_t pos = begin;
    std::size_t end = begin;
    while (pos < text.size()) {
        std::size_t next = pos;
        char32_t c = utf8::next(text, next);
        if (!is_code_char(c)) {
            break;
        }
        pos = next;
        if (c != U'.' && c != U'-' && c != U'/' && c != U'&') {
            end = pos; // never end on a separator: "06." is "06"
        }
    }
    return end - begin;
}

std::string ReferenceFinder::kind_of_code(std::string_view number) const {
    // "76/TB-UBND" → TB; "33-CT/HU" → CT; "43/2022/QH15" → none.
    std::size_t pos = 0;
    while (pos < number.size()) {
        std::size_t start = pos;
        while (pos < number.size() && number[pos] != '/' && number[pos] != '-') {
            ++pos;
        }
        std::string_view part = number.substr(start, pos - start);
        for (const auto& [code, kind] : m_codes) {
            if (part == code) {
                return kind;
            }
        }
        ++pos;
    }
    return {};
}

std::vector<FoundReference> ReferenceFinder::find(std::string_view text,
                                                  const std::vector<Piece>& pieces) const {
    std::vector<FoundReference> found;
    std::size_t resume_byte = 0;
    for (std::size_t at = 0; at < pieces.size(); ++at) {
        if (pieces[at].begin < resume_byte) {
            continue;
        }
        std::string kind;
        std::size_t number_piece = at;
        auto match = m_kinds.match_at(pieces, at);
        if (match.length > 0) {
            number_piece = at + match.length;
            if (number_piece < pieces.size() && pieces[number_piece].key == m_number_word) {
                ++number_piece;
            }
            if (number_piece >= pieces.size() || pieces[number_piece].kind != PieceKind::number) {
                continue;
            }
            kind = m_kind_names[match.payload];
        } else if (pieces[at].kind != PieceKind::number ||
                   (at > 0 && !pieces[at].space_before &&
                    pieces[at - 1].kind != PieceKind::punct)) {
            continue;
        }
        std::size_t begin = pieces[number_piece].begin;
        std::size_t length = number_length(text, begin);
        std::string number(text.substr(begin, length));
        bool has_separator =
            number.find('/') != std::string::npos || number.find('-') != std::string::npos;
        if (!kind.empty() && !has_separator && number_piece == at + match.length &&
            number[0] != '0') {
            // "Kế hoạch 5 năm", "kế hoạch 2024": a kind word before a plain
            // number is a reference only with "số" or a zero-padded number
            // ("Đề án 06").
            continue;
        }
        if (kind.empty()) {
            // A bare number counts only when its code names a kind: "22/KH-UBND".
            if (!has_separator) {
                continue;
            }
            kind = kind_of_code(number);
            if (kind.empty()) {
                continue;
            }
        }
        FoundReference ref;
        ref.reference.kind = kind;
        ref.reference.number = number;
        ref.span = {pieces[at].begin, begin + length};
        // "… ngày 03/11/2023" right after the number.
        std::size_t after = number_piece;
        while (after < pieces.size() && pieces[after].begin < begin + length) {
            ++after;
        }
        if (after < pieces.size() && pieces[after].kind == PieceKind::punct &&
            pieces[after].text == ",") {
            ++after;
        }
        if (after + 1 < pieces.size()) {
            auto dates = m_dates.find(std::vector<Piece>(
                pieces.begin() + static_cast<std::ptrdiff_t>(after),
                pieces.begin() + static_cast<std::ptrdiff_t>(std::min(after + 8, pieces.size()))));
            // The date must start within "ngày" of the number.
            if (!dates.empty() && dates[0].first <= 1 && !dates[0].month_only &&
                !dates[0].every_month && !dates[0].year_only) {
                ref.reference.date = dates[0].start;
                ref.span.end = dates[0].end;
            }
        }
        ref.reference.raw = std::string(text.substr(ref.span.begin, ref.span.end - ref.span.begin));
        resume_byte = ref.span.end;
        found.push_back(std::move(ref));
    }
    return found;
}

} // namespace baocao::extract_detail
