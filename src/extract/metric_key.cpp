#include "extract/metric_key.h"

namespace baocao::extract_detail {

MetricKeys::MetricKeys(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_normalizer(normalizer) {
    const Table& periods = dictionaries.table("period_words");
    m_period_words = phrase_set(periods, "phrase", normalizer);
    std::size_t takes = periods.column("takes_number");
    std::size_t series = periods.column("series");
    for (const auto& row : periods.rows) {
        m_takes_number.push_back(row[takes] == "yes");
        m_series_suffix.push_back(row[series] == "-" ? std::string() : row[series]);
    }
    if (dictionaries.has("metrics")) {
        const Table& metrics = dictionaries.table("metrics");
        std::size_t variant = metrics.column("variant");
        std::size_t metric = metrics.column("metric");
        for (const auto& row : metrics.rows) {
            std::string variant_slug = slug(row[variant]);
            if (!variant_slug.empty()) {
                m_synonyms.emplace(variant_slug, row[metric]);
            }
            std::vector<std::string> words;
            for (const auto& piece : scan(row[variant], normalizer)) {
                if (piece.kind == PieceKind::word) {
                    words.push_back(piece.key);
                }
            }
            if (!words.empty()) {
                m_variant_words.push_back(std::move(words));
                m_variant_metric.push_back(row[metric]);
            }
            m_metrics.insert(row[metric]);
        }
    }
}

std::string MetricKeys::slug(std::string_view label, std::string* suffix) const {
    auto pieces = scan(label, m_normalizer);
    std::string result;
    if (suffix != nullptr) {
        suffix->clear();
    }
    for (std::size_t at = 0; at < pieces.size();) {
        auto period = m_period_words.match_at(pieces, at);
        if (period.length > 0) {
            at += period.length;
            if (suffix != nullptr && suffix->empty()) {
                *suffix = m_series_suffix[period.payload];
            }
            if (m_takes_number[period.payload]) {
                // "tháng 11/2023", "quý III", "năm 2023 - 2024"
                while (at < pieces.size() &&
                       (pieces[at].kind == PieceKind::number ||
                        (pieces[at].kind == PieceKind::punct &&
                         (pieces[at].text == "/" || pieces[at].text == "-")) ||
                        (pieces[at].kind == PieceKind::word &&
                         pieces[at].text.find_first_not_of("IVX") == std::string::npos))) {
                    ++at;
                }
            }
            continue;
        }
        const Piece& piece = pieces[at++];
        if (piece.kind != PieceKind::word) {
            continue;
        }
        std::string folded = m_normalizer.fold(piece.text);
        std::string word;
        for (char c : folded) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word += c;
            } else if (c >= 'A' && c <= 'Z') {
                word += static_cast<char>(c - 'A' + 'a'); // ASCII only: folded text
            }
        }
        if (word.empty()) {
            continue;
        }
        if (!result.empty()) {
            result += '_';
        }
        result += word;
    }
    return result;
}

std::string MetricKeys::key(std::string_view label) const {
    std::string suffix;
    std::string s = slug(label, &suffix);
    auto it = m_synonyms.find(s);
    std::string base = it == m_synonyms.end() ? s : it->second;
    if (suffix.empty() || base.empty()) {
        return base;
    }
    return base + "_" + suffix;
}

bool MetricKeys::known(const std::string& key) const {
    if (m_metrics.count(key) != 0) {
        return true;
    }
    for (const auto& suffix : m_series_suffix) {
        if (!suffix.empty() && key.size() > suffix.size() + 1 &&
            key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            key[key.size() - suffix.size() - 1] == '_' &&
            m_metrics.count(key.substr(0, key.size() - suffix.size() - 1)) != 0) {
            return true;
        }
    }
    return false;
}

std::optional<MetricKeys::Spotted> MetricKeys::spot(const std::vector<Piece>& pieces,
                                                    std::size_t begin, std::size_t end,
                                                    std::size_t near) const {
    // Words only: a wording matches whatever punctuation sits between its
    // words ("phòng cháy, chữa cháy" and "phòng cháy chữa cháy").
    std::vector<std::size_t> words;
    for (std::size_t at = begin; at < end && at < pieces.size(); ++at) {
        if (pieces[at].kind == PieceKind::word) {
            words.push_back(at);
        }
    }
    std::optional<Spotted> best;
    std::size_t best_words = 0;
    auto distance = [&](const Spotted& s) {
        return s.end <= near ? near - s.end : s.begin > near ? s.begin - near : 0;
    };
    for (std::size_t first = 0; first < words.size(); ++first) {
        for (std::size_t v = 0; v < m_variant_words.size(); ++v) {
            const auto& wording = m_variant_words[v];
            if (wording.size() < best_words || first + wording.size() > words.size()) {
                continue;
            }
            bool same = true;
            for (std::size_t i = 0; i < wording.size() && same; ++i) {
                same = pieces[words[first + i]].key == wording[i];
            }
            if (!same) {
                continue;
            }
            Spotted found{m_variant_metric[v], words[first], words[first + wording.size() - 1] + 1};
            if (!best || wording.size() > best_words || distance(found) < distance(*best)) {
                best = found;
                best_words = wording.size();
            }
        }
    }
    return best;
}

} // namespace baocao::extract_detail
