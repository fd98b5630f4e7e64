// Restores the tone marks of a text typed without them ("Da to chuc tiem
// phong dai cho 320 con cho"), from the marked texts of the same commune's
// reports, so that it matches like any other text.
#pragma once

#include "baocao/normalize.h"

#include <map>
#include <string>

namespace baocao::tracking_detail {

class MarkRestorer {
public:
    explicit MarkRestorer(const Normalizer& normalizer);

    // Counts the words and word pairs of a text with marks.
    void learn(const std::string& text);

    // A text of several words none of which carries a mark or "đ".
    bool unmarked(const std::string& text) const;

    // Each unmarked word replaced by the marked word most often seen with
    // the same letters beside the same neighbours, else alone; a word never
    // seen, a number or an all-capital abbreviation stays as written.
    std::string restore(const std::string& text) const;

private:
    using Counts = std::map<std::string, int>;
    const Normalizer& m_normalizer;
    std::map<std::string, Counts> m_words; // folded word -> search key -> count
    std::map<std::string, Counts> m_pairs; // "folded folded" -> "key key" -> count
};

} // namespace baocao::tracking_detail
