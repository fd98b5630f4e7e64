// Splits a paragraph into words, numbers and punctuation with byte spans, and
// matches dictionary phrases over those pieces. Every extractor works on this
// one view of the text so that spans agree between figures, dates and
// references, and so that vocabulary is matched on Normalizer keys (never on
// raw bytes, which differ in case and tone placement).
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/normalize.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::extract_detail {

enum class PieceKind { word, number, punct };

struct Piece {
    PieceKind kind = PieceKind::word;
    std::string text; // as written
    std::string key;  // search key for words, the text itself otherwise
    std::size_t begin = 0;
    std::size_t end = 0;
    bool space_before = false; // white space separates it from the previous piece
};

// Words start with a letter and may hold digits ("m3", "BHYT63"); numbers start
// with a digit and keep inner '.' and ',' followed by a digit ("1.327.732,5");
// every punctuation character is its own piece.
std::vector<Piece> scan(std::string_view text, const Normalizer& normalizer);

// Keys of a phrase as written in a dictionary, scanned like report text.
std::vector<std::string> phrase_keys(std::string_view phrase, const Normalizer& normalizer);

// A set of phrases (key sequences), each with a payload index. Longest match wins.
class PhraseSet {
public:
    void add(const std::vector<std::string>& keys, std::size_t payload);

    struct Match {
        std::size_t length = 0; // pieces matched; 0 when nothing matched
        std::size_t payload = 0;
    };

    // Phrase starting at pieces[at].
    Match match_at(const std::vector<Piece>& pieces, std::size_t at) const;
    // Phrase ending just before pieces[end] (pieces [end-length, end)).
    Match match_before(const std::vector<Piece>& pieces, std::size_t end) const;

    bool empty() const { return m_phrases.empty(); }

private:
    struct Phrase {
        std::vector<std::string> keys;
        std::size_t payload = 0;
    };
    std::vector<Phrase> m_phrases; // sorted longest first
};

// Loads a two-or-more column table into a PhraseSet keyed by `phrase_column`;
// the payload is the row index.
PhraseSet phrase_set(const Table& table, const std::string& phrase_column,
                     const Normalizer& normalizer);

// True when [begin, end) overlaps one of the spans.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};
bool overlaps(const std::vector<Span>& spans, std::size_t begin, std::size_t end);

} // namespace baocao::extract_detail
