#include "extract/metric_key.h"

namespace baocao::extract_detail {

MetricKeys::MetricKeys(const Dictionaries& dictionaries, const Normalizer& normalizer)
    : m_normalizer(normalizer) {
    const Table& periods = dictionaries.table("period_words");
    m_period_words = phrase_set(periods, "phrase", normalizer);
    std::size_t takes = periods.column("takes_number");
    for (const auto& row : periods.rows) {
        m_takes_number.push_back(row[takes] == "yes");
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
        }
    }
}

std::string MetricKeys::slug(std::string_view label) const {
    auto pieces = scan(label, m_normalizer);
    std::string result;
    for (std::size_t at = 0; at < pieces.size();) {
        auto period = m_period_words.match_at(pieces, at);
        if (period.length > 0) {
            at += period.length;
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
    std::string s = slug(label);
    auto it = m_synonyms.find(s);
    return it == m_synonyms.end() ? s : it->second;
}

} // namespace baocao::extract_detail
