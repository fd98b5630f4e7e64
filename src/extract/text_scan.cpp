#include "extract/text_scan.h"

#include "util/utf8.h"

#include <algorithm>

namespace baocao::extract_detail {

namespace {

bool is_space(char32_t c) {
    return utf8::is_ascii_space(c) || c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x3000 || c == 0xFEFF;
}

bool is_punct(char32_t c) {
    if (c < 0x80) {
        return (c >= U'!' && c <= U'/') || (c >= U':' && c <= U'@') || (c >= U'[' && c <= U'`') ||
               (c >= U'{' && c <= U'~');
    }
    // Dashes, quotes, ellipsis, bullets, degree and superscript signs that
    // reports put between words.
    return (c >= 0x2010 && c <= 0x2027) || c == 0x00AB || c == 0x00BB || c == 0x00B7 ||
           c == 0x2212 || c == 0x25CF || c == 0x25AA || c == 0xF0B7 || c == 0xFFFD;
}

} // namespace

std::vector<Piece> scan(std::string_view text, const Normalizer& normalizer) {
    std::vector<Piece> pieces;
    std::size_t pos = 0;
    bool space = false;
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t c = utf8::next(text, pos);
        if (is_space(c)) {
            space = true;
            continue;
        }
        Piece piece;
        piece.begin = start;
        piece.space_before = space;
        space = false;
        if (utf8::is_ascii_digit(c)) {
            piece.kind = PieceKind::number;
            std::size_t end = pos;
            while (end < text.size()) {
                char b = text[end];
                if (b >= '0' && b <= '9') {
                    ++end;
                } else if ((b == '.' || b == ',') && end + 1 < text.size() &&
                           text[end + 1] >= '0' && text[end + 1] <= '9') {
                    end += 2;
                } else {
                    break;
                }
            }
            pos = end;
        } else if (is_punct(c)) {
            piece.kind = PieceKind::punct;
        } else {
            piece.kind = PieceKind::word;
            std::size_t end = pos;
            while (end < text.size()) {
                std::size_t next = end;
                char32_t d = utf8::next(text, next);
                if (is_space(d) || is_punct(d)) {
                    break;
                }
                end = next;
            }
            pos = end;
        }
        piece.end = pos;
        piece.text = std::string(text.substr(piece.begin, piece.end - piece.begin));
        piece.key = piece.kind == PieceKind::word ? normalizer.search_key(piece.text) : piece.text;
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

std::vector<std::string> phrase_keys(std::string_view phrase, const Normalizer& normalizer) {
    std::vector<std::string> keys;
    for (auto& piece : scan(phrase, normalizer)) {
        keys.push_back(std::move(piece.key));
    }
    return keys;
}

void PhraseSet::add(const std::vector<std::string>& keys, std::size_t payload) {
    if (keys.empty()) {
        return;
    }
    Phrase phrase{keys, payload};
    auto at = std::find_if(m_phrases.begin(), m_phrases.end(),
                           [&](const Phrase& p) { return p.keys.size() < phrase.keys.size(); });
    m_phrases.insert(at, std::move(phrase));
}

PhraseSet::Match PhraseSet::match_at(const std::vector<Piece>& pieces, std::size_t at) const {
    for (const auto& phrase : m_phrases) {
        if (at + phrase.keys.size() > pieces.size()) {
            continue;
        }
        bool same = true;
        for (std::size_t k = 0; k < phrase.keys.size() && same; ++k) {
            same = pieces[at + k].key == phrase.keys[k];
        }
        if (same) {
            return {phrase.keys.size(), phrase.payload};
        }
    }
    return {};
}

PhraseSet::Match PhraseSet::match_before(const std::vector<Piece>& pieces, std::size_t end) const {
    for (const auto& phrase : m_phrases) {
        if (phrase.keys.size() > end) {
            continue;
        }
        std::size_t at = end - phrase.keys.size();
        bool same = true;
        for (std::size_t k = 0; k < phrase.keys.size() && same; ++k) {
            same = pieces[at + k].key == phrase.keys[k];
        }
        if (same) {
            return {phrase.keys.size(), phrase.payload};
        }
    }
    return {};
}

PhraseSet phrase_set(const Table& table, const std::string& phrase_column,
                     const Normalizer& normalizer) {
    PhraseSet set;
    std::size_t column = table.column(phrase_column);
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        set.add(phrase_keys(table.rows[row][column], normalizer), row);
    }
    return set;
}

bool overlaps(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const Span& s) { return s.begin < end && begin < s.end; });
}

} // namespace baocao::extract_detail
