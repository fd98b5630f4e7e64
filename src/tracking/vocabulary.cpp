#include "tracking/vocabulary.h"

#include "baocao/error.h"

#include <algorithm>
#include <charconv>

namespace baocao::tracking_detail {

void PhraseTable::add(Entry entry) {
    if (entry.keys.empty()) {
        return;
    }
    auto& list = m_by_first[entry.keys.front()];
    list.push_back(std::move(entry));
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry& a, const Entry& b) { return a.keys.size() > b.keys.size(); });
}

const PhraseTable::Entry* PhraseTable::match(const std::vector<std::string>& keys, std::size_t at,
                                             const std::string& kind) const {
    if (at >= keys.size()) {
        return nullptr;
    }
    auto found = m_by_first.find(keys[at]);
    if (found == m_by_first.end()) {
        return nullptr;
    }
    for (const Entry& entry : found->second) {
        if (!kind.empty() && entry.kind != kind) {
            continue;
        }
        if (at + entry.keys.size() > keys.size()) {
            continue;
        }
        if (std::equal(entry.keys.begin(), entry.keys.end(),
                       keys.begin() + static_cast<long>(at))) {
            return &entry;
        }
    }
    return nullptr;
}

std::vector<std::string> phrase_keys(const std::string& phrase, const Normalizer& normalizer) {
    std::vector<std::string> keys;
    for (const Token& token : normalizer.tokenize(phrase)) {
        keys.push_back(normalizer.search_key(token.text));
    }
    return keys;
}

namespace {

double parse_number(const Table& table, const std::string& text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        throw Error(table.path + ": '" + text + "' is not a number; write it like 0.5");
    }
    return value;
}

void load_table(const Table& table, const std::string& value_column,
                const std::vector<std::string>& kinds, const Normalizer& normalizer,
                PhraseTable& out) {
    std::size_t phrase = table.column("phrase");
    std::size_t kind = table.column("kind");
    std::size_t value = table.column(value_column);
    for (const auto& row : table.rows) {
        if (std::find(kinds.begin(), kinds.end(), row[kind]) == kinds.end()) {
            std::string list;
            for (const auto& k : kinds) {
                list += (list.empty() ? "" : ", ") + k;
            }
            throw Error(table.path + ": unknown kind '" + row[kind] + "'; use one of " + list);
        }
        out.add({phrase_keys(row[phrase], normalizer),
                 row[kind],
                 parse_number(table, row[value]),
                 {},
                 {}});
    }
}

} // namespace

Vocabulary Vocabulary::load(const Dictionaries& dictionaries, const Normalizer& normalizer) {
    Vocabulary out;
    load_table(dictionaries.table("tracking_words"), "weight",
               {"generic",      "function",     "content",    "name_head",   "area_head",
                "ordinal_head", "topic",        "channel",    "measure",     "event_head",
                "organise",     "take_part",    "assignment", "number_word", "office",
                "ordinal_word", "ordinal_link", "comparison", "location",    "clause_opener",
                "not_head"},
               normalizer, out.words);
    load_table(dictionaries.table("tracking_status"), "strength",
               {"completion", "progress", "negation", "dated_event", "plan_share", "target",
                "ratio_cue", "excess", "continuation", "target_share", "remainder", "increment",
                "forecast", "place_unit", "finding", "not_started", "issuing", "order_paper",
                "launch"},
               normalizer, out.status);
    {
        const Table& table = dictionaries.table("tracking_related");
        std::size_t phrase = table.column("phrase");
        std::size_t stands_for = table.column("stands_for");
        for (const auto& row : table.rows) {
            PhraseTable::Entry entry{phrase_keys(row[phrase], normalizer),
                                     "related",
                                     1,
                                     phrase_keys(row[stands_for], normalizer),
                                     {}};
            if (entry.keys.empty() || entry.stands_for.empty()) {
                throw Error(table.path + ": a row needs both a phrase and what it stands for");
            }
            out.related.add(std::move(entry));
        }
    }
    {
        const Table& table = dictionaries.table("tracking_groups");
        std::size_t phrase = table.column("phrase");
        std::size_t group = table.column("group");
        std::size_t slot = table.column("slot");
        for (const auto& row : table.rows) {
            out.groups.add({phrase_keys(row[phrase], normalizer), row[group], 1, {}, row[slot]});
        }
    }
    {
        const Table& table = dictionaries.table("date_words");
        std::size_t phrase = table.column("phrase");
        std::size_t role = table.column("role");
        for (const auto& row : table.rows) {
            if (row[role] == "day" || row[role] == "month" || row[role] == "year") {
                out.date_heads.insert(normalizer.search_key(row[phrase]));
            } else if (row[role] == "cue") {
                out.date_cues.insert(normalizer.search_key(row[phrase]));
            } else if (row[role] == "link") {
                out.date_links.insert(normalizer.search_key(row[phrase]));
            }
        }
    }
    {
        const Table& table = dictionaries.table("units");
        std::size_t surface = table.column("surface");
        std::size_t kind = table.column("kind");
        for (const auto& row : table.rows) {
            if (row[kind] == "count" || row[kind] == "measure") {
                std::vector<std::string> keys = phrase_keys(row[surface], normalizer);
                if (!keys.empty()) {
                    out.counted.insert(keys.front());
                }
            }
        }
    }
    // Written by the index; optional so tracking works without it.
    if (dictionaries.has("abbreviations")) {
        const Table& table = dictionaries.table("abbreviations");
        std::size_t short_form = table.column("short");
        std::size_t long_form = table.column("long");
        for (const auto& row : table.rows) {
            out.abbreviations[normalizer.search_key(row[short_form])] =
                phrase_keys(row[long_form], normalizer);
        }
    }
    return out;
}

} // namespace baocao::tracking_detail
