// A window of a paragraph around the words a query matched, with the spans
// to highlight. The text is analysed again with the index's own analyser, so
// whatever matched (exact form, folded form, an abbreviation's expansion)
// is what gets highlighted.
#pragma once

#include "store/analyzer.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace baocao::query {

// The terms of a query that can match text: unprefixed exact keys, and the
// folded forms (without their prefix).
struct MatchTerms {
    std::set<std::string> exact;
    std::set<std::string> folded;
    static MatchTerms of(const Xapian::Query& query);
};

struct Snippet {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> highlights; // byte spans in text
};

// At most about `words` words of `text`, "…" where it was cut.
Snippet make_snippet(const std::string& text, const MatchTerms& terms,
                     const store::Analyzer& analyzer, std::size_t words = 40);

} // namespace baocao::query
