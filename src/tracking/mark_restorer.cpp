#include "tracking/mark_restorer.h"

#include <algorithm>
#include <vector>

namespace baocao::tracking_detail {

namespace {

// Fewer words than this without a mark may be a name or a code, not a
// sentence typed without marks.
constexpr std::size_t min_unmarked_words = 5;
// A neighbour pair seen once says more than the word's own frequency.
constexpr double pair_weight = 10.0;

bool ascii_letters(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
}

bool all_capitals(const std::string& s) {
    return s.size() >= 2 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

MarkRestorer::MarkRestorer(const Normalizer& normalizer) : m_normalizer(normalizer) {}

void MarkRestorer::learn(const std::string& text) {
    std::string previous_fold, previous_key;
    for (const auto& token : m_normalizer.tokenize(text)) {
        if (token.numeric) {
            previous_fold.clear();
            continue;
        }
        std::string key = m_normalizer.search_key(token.text);
        std::string fold = m_normalizer.fold(token.text);
        ++m_words[fold][key];
        if (!previous_fold.empty()) {
            ++m_pairs[previous_fold + " " + fold][previous_key + " " + key];
        }
        previous_fold = fold;
        previous_key = key;
    }
}

bool MarkRestorer::unmarked(const std::string& text) const {
    std::size_t words = 0;
    for (const auto& token : m_normalizer.tokenize(text)) {
        if (token.numeric) {
            continue;
        }
        if (!ascii_letters(token.text)) {
            return false; // a mark, "đ", or a letter outside Vietnamese
        }
        ++words;
    }
    return words >= min_unmarked_words;
}

std::string MarkRestorer::restore(const std::string& text) const {
    // Runs of ASCII letters, not tokenize(): it splits a word that is no
    // syllable without its marks ("nghiem" -> "nghi" "em").
    struct Word {
        std::string text;
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::vector<Word> tokens;
    std::vector<std::string> folds;
    for (std::size_t at = 0; at < text.size();) {
        if (!letter(text[at])) {
            // A number or a symbol between two words breaks the pair.
            if (text[at] != ' ' && !folds.empty() && !folds.back().empty()) {
                tokens.push_back({});
                folds.emplace_back();
            }
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && letter(text[end])) {
            ++end;
        }
        tokens.push_back({text.substr(at, end - at), at, end});
        folds.push_back(m_normalizer.fold(tokens.back().text));
        at = end;
    }
    // How often `key` was seen as the first (second) word of the pair.
    auto pair_count = [&](const std::string& pair, const std::string& key, bool first) {
        auto found = m_pairs.find(pair);
        int n = 0;
        if (found == m_pairs.end()) {
            return n;
        }
        for (const auto& [keys, count] : found->second) {
            std::size_t space = keys.find(' ');
            if ((first ? keys.substr(0, space) : keys.substr(space + 1)) == key) {
                n += count;
            }
        }
        return n;
    };
    std::string out;
    std::size_t copied = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Word& token = tokens[i];
        if (token.text.empty() || all_capitals(token.text)) {
            continue;
        }
        auto seen = m_words.find(folds[i]);
        if (seen == m_words.end()) {
            continue;
        }
        std::string best;
        double best_score = -1;
        for (const auto& [key, count] : seen->second) {
            double score = count;
            if (i > 0 && !folds[i - 1].empty()) {
                score += pair_weight * pair_count(folds[i - 1] + " " + folds[i], key, false);
            }
            if (i + 1 < tokens.size() && !folds[i + 1].empty()) {
                score += pair_weight * pair_count(folds[i] + " " + folds[i + 1], key, true);
            }
            if (score > best_score) {
                best = key;
                best_score = score;
            }
        }
        bool capital = token.text[0] >= 'A' && token.text[0] <= 'Z';
        out += text.substr(copied, token.begin - copied);
        out += capital ? m_normalizer.title_case(best) : best;
        copied = token.end;
    }
    out += text.substr(copied);
    return out;
}

} // namespace baocao::tracking_detail
