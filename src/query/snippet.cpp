#include "query/snippet.h"

#include "store/schema.h"

#include <algorithm>

namespace baocao::query {

MatchTerms MatchTerms::of(const Xapian::Query& query) {
    MatchTerms out;
    std::string folded_prefix = schema::folded_prefix;
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
        const std::string& term = *it;
        if (term.empty()) {
            continue;
        }
        if (term.compare(0, folded_prefix.size(), folded_prefix) == 0) {
            out.folded.insert(term.substr(folded_prefix.size()));
        } else if (!(term.front() >= 'A' && term.front() <= 'Z')) {
            out.exact.insert(term);
        }
    }
    return out;
}

Snippet make_snippet(const std::string& text, const MatchTerms& terms,
                     const store::Analyzer& analyzer, std::size_t words) {
    std::vector<Token> tokens = analyzer.tokenize(text);
    // Matched byte spans (an expansion marks the whole abbreviation).
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const store::Posting& posting : analyzer.analyse(text)) {
        if (terms.exact.count(posting.term) != 0 ||
            terms.folded.count(analyzer.keys(posting.term).folded) != 0) {
            spans.emplace_back(posting.begin, posting.end);
        }
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& span : spans) {
        if (!merged.empty() && span.first <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, span.second);
        } else {
            merged.push_back(span);
        }
    }

    // The window of `words` tokens holding the most matches.
    std::size_t first = 0;
    if (tokens.size() > words) {
        std::size_t best = 0;
        for (std::size_t start = 0; start + words <= tokens.size(); ++start) {
            std::size_t begin = tokens[start].begin;
            std::size_t end = tokens[start + words - 1].end;
            std::size_t count = static_cast<std::size_t>(
                std::count_if(merged.begin(), merged.end(), [&](const auto& span) {
                    return span.first >= begin && span.second <= end;
                }));
            if (count > best) {
                best = count;
                first = start;
            }
        }
        // Start a little before the first match, for context.
        first = first >= 3 ? first - 3 : 0;
        first = std::min(first, tokens.size() - words);
    }
    std::size_t begin = tokens.empty() || first == 0 ? 0 : tokens[first].begin;
    std::size_t end = tokens.size() <= words || first + words >= tokens.size()
                          ? text.size()
                          : tokens[first + words - 1].end;

    Snippet out;
    std::string ellipsis = "…";
    if (begin > 0) {
        out.text = ellipsis;
    }
    std::size_t shift = out.text.size();
    out.text.append(text, begin, end - begin);
    for (const auto& span : merged) {
        if (span.first >= begin && span.second <= end) {
            out.highlights.emplace_back(span.first - begin + shift, span.second - begin + shift);
        }
    }
    if (end < text.size()) {
        out.text += ellipsis;
    }
    return out;
}

} // namespace baocao::query
