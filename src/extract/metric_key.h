// Metric keys: the stable name of a series across months. The label loses its
// period words (dictionaries/period_words.tsv: "tháng 11/2023", "trong
// tháng", "năm 2023"), is folded (no tones, đ → d), lower-cased and joined by
// "_", then mapped through the synonyms of dictionaries/metrics.tsv.
#pragma once

#include "extract/text_scan.h"

#include <map>
#include <string>

namespace baocao::extract_detail {

class MetricKeys {
public:
    MetricKeys(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // The slug of a label, before synonyms: "Tổng thu NS tháng 12" → "tong_thu_ns".
    std::string slug(std::string_view label) const;
    // The canonical key: slug, then metrics.tsv.
    std::string key(std::string_view label) const;

private:
    const Normalizer& m_normalizer;
    PhraseSet m_period_words;
    std::vector<bool> m_takes_number;
    std::map<std::string, std::string> m_synonyms; // slug → metric
};

} // namespace baocao::extract_detail
