// normalize: RawDocument -> TextDocument, and the Vietnamese text keys that
// indexing and querying share (DESIGN.md §3). The only stage that uses ICU.
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

struct Token {
    std::string text;      // as written (NFC)
    std::size_t begin = 0; // byte span in the input
    std::size_t end = 0;
    bool numeric = false; // starts with a digit
};

class Normalizer {
public:
    explicit Normalizer(const Dictionaries& dictionaries);
    ~Normalizer();
    Normalizer(Normalizer&&) noexcept;
    Normalizer& operator=(Normalizer&&) noexcept;

    // NFC, look-alike letters mapped (U+00D0 -> Đ), odd spaces made plain,
    // zero-width characters removed. Invalid UTF-8 becomes U+FFFD.
    std::string clean(std::string_view text) const;

    // Lower case (Vietnamese rules), NFC, one canonical tone placement
    // ("hoà" -> "hòa", "thuỷ" -> "thủy"). The exact search key of a word.
    std::string search_key(std::string_view word) const;

    // search_key without tones and marks, đ -> d: "Đìa" -> "dia".
    std::string fold(std::string_view word) const;

    // "AN THẠNH" -> "An Thạnh" (for names read from an upper-case header).
    std::string title_case(std::string_view text) const;

    // True when `word` is one well-formed Vietnamese syllable
    // (onset + rhyme + at most one tone, spelling rules respected).
    bool is_syllable(std::string_view word) const;

    // Splits a token glued by PDF extraction into its parts, or returns it
    // unchanged: "dịchtrên" -> {"dịch","trên"}, "BHYT63" -> {"BHYT","63"}.
    // A valid syllable or a word it cannot explain is never split.
    std::vector<std::string> split_glued(std::string_view token) const;

    // Words and numbers of a text, with spans. Numbers keep their inner
    // separators ("1.327.732.848", "0,74", "76/TB-UBND" stays whole).
    std::vector<Token> tokenize(std::string_view text) const;

    // Whole pipeline stage.
    TextDocument normalize(const RawDocument& raw) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace baocao
