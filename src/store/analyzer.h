// Text -> index terms, shared by the writer and the query side so both see
// the same words: our tokenizer, the normaliser's search keys and folding,
// document references split into pieces, and abbreviations expanded both ways
// from dictionaries/abbreviations.tsv (DESIGN.md §4).
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/normalize.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::store {

// One term at one position, with the byte span of the text it came from
// (for snippets). Terms are unprefixed search keys; the folded twin is
// derived by the writer.
struct Posting {
    std::string term;
    std::uint32_t position = 0; // relative to the start of the analysed text
    std::size_t begin = 0;
    std::size_t end = 0;
    bool alternative = false; // from an abbreviation expansion, not written
};

// The search key and folded form of one word.
struct WordKeys {
    std::string key;
    std::string folded;
    bool has_marks() const { return key != folded; }
};

class Analyzer {
public:
    Analyzer(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // Postings of `text`; positions start at 0 and the returned span covers
    // every position used (the next field should start past it).
    std::vector<Posting> analyse(std::string_view text) const;

    // The search key and folded form of a word, cached per thread: the same
    // few thousand words make up almost all of these reports.
    WordKeys keys(std::string_view word) const;

    // Words of a query fragment in the order written (no expansion: the
    // index holds both forms already).
    std::vector<Token> tokenize(std::string_view text) const { return m_normalizer.tokenize(text); }

    const Normalizer& normalizer() const { return m_normalizer; }

private:
    // Key sequences joined by ' ' -> the other forms of the same abbreviation.
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> m_alternatives;
    // First word of a form -> the longest form starting with it, so most
    // words cost one lookup.
    std::unordered_map<std::string, std::size_t> m_first;
    const Normalizer& m_normalizer;
};

} // namespace baocao::store
