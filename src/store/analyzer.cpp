#include "store/analyzer.h"

#include "baocao/error.h"

#include <algorithm>

namespace baocao::store {

namespace {

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t count) {
    std::string out;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i > from) {
            out += ' ';
        }
        out += words[i];
    }
    return out;
}

// "76/TB-UBND" -> {"76","TB","UBND"}; empty for a token that is one piece.
std::vector<std::string_view> pieces(std::string_view token) {
    std::vector<std::string_view> out;
    if (token.find_first_of("/-") == std::string_view::npos) {
        return out;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i <= token.size(); ++i) {
        if (i == token.size() || token[i] == '/' || token[i] == '-' || token[i] == '&') {
            if (i > start) {
                out.push_back(token.substr(start, i - start));
            }
            start = i + 1;
        }
    }
    return out;
}

// A sequence of `terms` over `span` positions from `start`: term j at
// start + j, and when the sequence is shorter than the span its last term
// again at the span's end, so phrases meet it from the text before and after.
void place(std::vector<Posting>& out, const std::vector<std::string>& terms, std::uint32_t start,
           std::uint32_t span, std::size_t begin, std::size_t end, bool alternative) {
    for (std::size_t j = 0; j < terms.size(); ++j) {
        out.push_back({terms[j], start + static_cast<std::uint32_t>(j), begin, end, alternative});
    }
    if (!terms.empty() && terms.size() < span) {
        out.push_back({terms.back(), start + span - 1, begin, end, alternative});
    }
}

} // namespace

Analyzer::Analyzer(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_normalizer(normalizer) {
    if (!dictionaries.has("abbreviations")) {
        return; // no expansion: searches still work on the words as written
    }
    const Table& table = dictionaries.table("abbreviations");
    std::size_t short_column = table.column("short");
    std::size_t long_column = table.column("long");
    auto words_of = [this](const std::string& text) {
        std::vector<std::string> words;
        for (const Token& token : m_normalizer.tokenize(text)) {
            words.push_back(keys(token.text).key);
        }
        return words;
    };
    for (const auto& row : table.rows) {
        std::vector<std::string> brief = words_of(row[short_column]);
        std::vector<std::string> full = words_of(row[long_column]);
        if (brief.empty() || full.empty()) {
            throw Error(table.path + ": abbreviation row '" + row[short_column] +
                        "' has an empty form; give both a short and a long form");
        }
        m_alternatives[join(brief, 0, brief.size())].push_back(full);
        m_alternatives[join(full, 0, full.size())].push_back(brief);
        for (const auto* form : {&brief, &full}) {
            std::size_t& longest = m_first[form->front()];
            longest = std::max(longest, form->size());
        }
    }
    // The same long form may come from two rows with one short form (PCCC):
    // keep each alternative once.
    for (auto& [form, alternatives] : m_alternatives) {
        std::sort(alternatives.begin(), alternatives.end());
        alternatives.erase(std::unique(alternatives.begin(), alternatives.end()),
                           alternatives.end());
    }
}

WordKeys Analyzer::keys(std::string_view word) const {
    struct Cache {
        const Normalizer* owner = nullptr;
        std::unordered_map<std::string, WordKeys> entries;
    };
    thread_local Cache cache;
    if (cache.owner != &m_normalizer || cache.entries.size() > 500000) {
        cache.entries.clear();
        cache.owner = &m_normalizer;
    }
    std::string text(word);
    auto found = cache.entries.find(text);
    if (found != cache.entries.end()) {
        return found->second;
    }
    WordKeys computed{m_normalizer.search_key(word), m_normalizer.fold(word)};
    cache.entries.emplace(std::move(text), computed);
    return computed;
}

std::vector<Posting> Analyzer::analyse(std::string_view text) const {
    std::vector<Token> tokens = m_normalizer.tokenize(text);
    std::vector<std::string> words;
    words.reserve(tokens.size());
    for (const Token& token : tokens) {
        words.push_back(keys(token.text).key);
    }
    std::vector<Posting> out;
    out.reserve(tokens.size() * 2);
    std::uint32_t position = 0;
    std::size_t i = 0;
    while (i < tokens.size()) {
        // Longest abbreviation form starting here.
        const std::vector<std::vector<std::string>>* alternatives = nullptr;
        std::size_t length = 0;
        if (auto first = m_first.find(words[i]); first != m_first.end()) {
            for (length = std::min(first->second, tokens.size() - i); length >= 1; --length) {
                auto found = m_alternatives.find(join(words, i, length));
                if (found != m_alternatives.end()) {
                    alternatives = &found->second;
                    break;
                }
            }
        }
        if (alternatives != nullptr) {
            std::size_t span = length;
            for (const auto& alternative : *alternatives) {
                span = std::max(span, alternative.size());
            }
            std::size_t begin = tokens[i].begin;
            std::size_t end = tokens[i + length - 1].end;
            std::vector<std::string> written(words.begin() + static_cast<long>(i),
                                             words.begin() + static_cast<long>(i + length));
            auto span32 = static_cast<std::uint32_t>(span);
            // The written words keep their own spans for highlighting.
            for (std::size_t j = 0; j < length; ++j) {
                out.push_back({written[j], position + static_cast<std::uint32_t>(j),
                               tokens[i + j].begin, tokens[i + j].end, false});
            }
            if (length < span) {
                out.push_back({written.back(), position + span32 - 1, tokens[i + length - 1].begin,
                               tokens[i + length - 1].end, false});
            }
            for (const auto& alternative : *alternatives) {
                place(out, alternative, position, span32, begin, end, true);
            }
            position += span32;
            i += length;
            continue;
        }
        const Token& token = tokens[i];
        std::vector<std::string_view> parts =
            token.numeric ? pieces(token.text) : std::vector<std::string_view>{};
        if (parts.size() > 1) {
            // A reference or date: whole (spanning its pieces) and pieces.
            std::vector<std::string> terms;
            for (auto part : parts) {
                terms.push_back(keys(part).key);
            }
            auto span = static_cast<std::uint32_t>(parts.size());
            place(out, {words[i]}, position, span, token.begin, token.end, false);
            place(out, terms, position, span, token.begin, token.end, false);
            position += span;
        } else {
            out.push_back({words[i], position, token.begin, token.end, false});
            ++position;
        }
        ++i;
    }
    return out;
}

} // namespace baocao::store
