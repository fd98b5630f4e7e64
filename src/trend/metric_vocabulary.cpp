// What a metric is called and what the user may mean by what they type
// (issue 5): metric keys, the label variants of dictionaries/metrics.tsv, the
// labels seen in reports, and abbreviations, all compared as folded words.
#include "baocao/trend.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

namespace baocao {

namespace {

bool contains_all(const std::vector<std::string>& have, const std::vector<std::string>& wanted) {
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
        return std::find(have.begin(), have.end(), word) != have.end();
    });
}

bool contains_run(const std::vector<std::string>& have, const std::vector<std::string>& run) {
    return !run.empty() &&
           std::search(have.begin(), have.end(), run.begin(), run.end()) != have.end();
}

std::vector<std::string> split_key(const std::string& metric) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= metric.size()) {
        std::size_t end = metric.find('_', start);
        if (end == std::string::npos) {
            end = metric.size();
        }
        if (end > start) {
            out.push_back(metric.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

} // namespace

MetricVocabulary::MetricVocabulary(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_normalizer(normalizer) {
    // Abbreviations first: variants are expanded with them.
    if (dictionaries.has("abbreviations")) {
        const Table& table = dictionaries.table("abbreviations");
        const std::size_t shorts = table.column("short");
        const std::size_t longs = table.column("long");
        for (const auto& row : table.rows) {
            auto short_words = words(row[shorts]);
            auto long_words = words(row[longs]);
            if (short_words.size() == 1 && !long_words.empty()) {
                m_abbreviations.emplace_back(short_words.front(), std::move(long_words));
            }
        }
    }
    if (dictionaries.has("metrics")) {
        const Table& table = dictionaries.table("metrics");
        const std::size_t variant = table.column("variant");
        const std::size_t metric = table.column("metric");
        for (const auto& row : table.rows) {
            m_variants.push_back(Variant{row[metric], row[variant], words(row[variant]),
                                         expanded_words(row[variant])});
        }
    }
}

std::vector<std::string> MetricVocabulary::words(std::string_view text) const {
    std::string spaced(text);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::vector<std::string> out;
    for (const auto& token : m_normalizer.tokenize(spaced)) {
        if (!token.numeric) {
            out.push_back(m_normalizer.fold(token.text));
        }
    }
    return out;
}

std::vector<std::string> MetricVocabulary::expanded_words(std::string_view text) const {
    std::vector<std::string> out;
    for (auto& word : words(text)) {
        auto found = std::find_if(m_abbreviations.begin(), m_abbreviations.end(),
                                  [&](const auto& entry) { return entry.first == word; });
        if (found == m_abbreviations.end()) {
            out.push_back(std::move(word));
        } else {
            out.insert(out.end(), found->second.begin(), found->second.end());
        }
    }
    return out;
}

std::string MetricVocabulary::display_name(const std::string& metric,
                                           const std::vector<std::string>& labels) const {
    for (const auto& variant : m_variants) {
        if (variant.metric == metric) {
            return variant.text;
        }
    }
    // `labels` comes most frequent first; among equally frequent ones (each
    // label carrying its own month) prefer the shortest, the least specific.
    if (!labels.empty()) {
        return labels.front();
    }
    return metric;
}

std::vector<std::string> MetricVocabulary::direct_keys(std::string_view typed) const {
    std::vector<std::string> out;
    auto add = [&](const std::string& key) {
        if (!key.empty() && std::find(out.begin(), out.end(), key) == out.end()) {
            out.push_back(key);
        }
    };
    auto join = [](const std::vector<std::string>& words) {
        std::string key;
        for (const auto& word : words) {
            key += (key.empty() ? "" : "_") + word;
        }
        return key;
    };
    const std::vector<std::string> plain = words(typed);
    const std::vector<std::string> expanded = expanded_words(typed);
    add(join(plain));
    for (const auto& variant : m_variants) {
        if (variant.words == plain || variant.expanded == expanded) {
            add(variant.metric);
        }
    }
    add(join(expanded));
    return out;
}

const MetricCandidate* MetricResolution::chosen() const {
    if (candidates.empty()) {
        return nullptr;
    }
    if (candidates.size() == 1) {
        return &candidates.front();
    }
    const auto& first = candidates[0];
    const auto& second = candidates[1];
    // A key or variant match names one metric; weaker matches need to be alone.
    bool strong = first.match == MetricCandidate::Match::key ||
                  first.match == MetricCandidate::Match::variant;
    return strong && second.match != first.match ? &first : nullptr;
}

MetricResolution MetricVocabulary::resolve(std::string_view typed,
                                           const std::vector<MetricSummary>& known) const {
    MetricResolution resolution;
    resolution.typed = std::string(typed);
    const std::vector<std::string> plain = words(typed);
    const std::vector<std::string> expanded = expanded_words(typed);
    if (plain.empty()) {
        return resolution;
    }

    std::multimap<std::string, const Variant*> variants_of;
    for (const auto& variant : m_variants) {
        variants_of.emplace(variant.metric, &variant);
    }

    struct Ranked {
        MetricCandidate candidate;
        std::size_t extra = 0; // key words the user did not type: fewer is closer
    };
    std::vector<Ranked> ranked;
    for (const auto& summary : known) {
        const std::vector<std::string> key = split_key(summary.metric);
        std::vector<std::vector<std::string>> phrases; // variants and labels, both forms
        auto range = variants_of.equal_range(summary.metric);
        bool variant_exact = false;
        for (auto it = range.first; it != range.second; ++it) {
            const Variant& v = *it->second;
            variant_exact = variant_exact || v.words == plain || v.expanded == expanded;
            phrases.push_back(v.words);
            phrases.push_back(v.expanded);
        }
        // Labels differ mostly by their month ("… tháng 11/2023"): tokenize
        // each distinct text without digits once.
        std::set<std::string> texts;
        for (const auto& label : summary.labels) {
            std::string text;
            std::copy_if(label.begin(), label.end(), std::back_inserter(text),
                         [](char c) { return c < '0' || c > '9'; });
            texts.insert(std::move(text));
        }
        for (const auto& text : texts) {
            phrases.push_back(words(text));
            phrases.push_back(expanded_words(text));
        }
        std::vector<std::string> everything = key;
        for (const auto& phrase : phrases) {
            everything.insert(everything.end(), phrase.begin(), phrase.end());
        }

        std::optional<MetricCandidate::Match> match;
        if (key == plain || key == expanded) {
            match = MetricCandidate::Match::key;
        } else if (variant_exact) {
            match = MetricCandidate::Match::variant;
        } else if (std::any_of(phrases.begin(), phrases.end(), [&](const auto& phrase) {
                       return contains_run(phrase, plain) || contains_run(phrase, expanded);
                   })) {
            match = MetricCandidate::Match::phrase;
        } else if (contains_all(everything, plain) || contains_all(everything, expanded)) {
            match = MetricCandidate::Match::words;
        }
        if (!match) {
            continue;
        }
        std::size_t typed_count = std::max(plain.size(), expanded.size());
        std::size_t extra = key.size() > typed_count ? key.size() - typed_count : 0;
        ranked.push_back(Ranked{MetricCandidate{*match, summary}, extra});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return std::make_tuple(a.candidate.match, a.extra,
                               -static_cast<long>(a.candidate.summary.values),
                               a.candidate.summary.metric) <
               std::make_tuple(b.candidate.match, b.extra,
                               -static_cast<long>(b.candidate.summary.values),
                               b.candidate.summary.metric);
    });
    for (auto& entry : ranked) {
        resolution.candidates.push_back(std::move(entry.candidate));
    }
    return resolution;
}

} // namespace baocao
