// Metric keys: the stable name of a series across months. The label loses its
// period words (dictionaries/period_words.tsv: "tháng 11/2023", "trong
// tháng", "năm 2023"), is folded (no tones, đ → d), lower-cased and joined by
// "_", then mapped through the synonyms of dictionaries/metrics.tsv. A period
// word that names another series ("quý III": a quarter total, not a month)
// adds its suffix to the key, so quarters never mix with months.
#pragma once

#include "extract/text_scan.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace baocao::extract_detail {

class MetricKeys {
public:
    MetricKeys(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // The slug of a label, before synonyms and without the series suffix:
    // "Tổng thu NS tháng 12" → "tong_thu_ns". `suffix` gets the suffix of the
    // period words met ("quy" for "quý III"), empty when none.
    std::string slug(std::string_view label, std::string* suffix = nullptr) const;
    // The canonical key: slug, then metrics.tsv, then the series suffix.
    std::string key(std::string_view label) const;
    // True when `key` is a metric of metrics.tsv (with or without a suffix).
    bool known(const std::string& key) const;

    // A metrics.tsv wording inside pieces [begin, end): the label of a figure
    // is sometimes cut at a comma ("Khám, chữa bệnh có thẻ BHYT") or buried in
    // a sentence ("ghi nhận 4 ca mắc sốt xuất huyết"). The longest wording
    // wins, then the one nearest `near`; [found_begin, found_end) are its pieces.
    struct Spotted {
        std::string metric;
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    std::optional<Spotted> spot(const std::vector<Piece>& pieces, std::size_t begin,
                                std::size_t end, std::size_t near) const;

private:
    const Normalizer& m_normalizer;
    PhraseSet m_period_words;
    std::vector<bool> m_takes_number;
    std::vector<std::string> m_series_suffix;              // per period_words row, may be empty
    std::map<std::string, std::string> m_synonyms;         // slug → metric
    std::vector<std::vector<std::string>> m_variant_words; // metrics.tsv wordings, word keys
    std::vector<std::string> m_variant_metric;             // metric of each wording
    std::set<std::string> m_metrics;                       // every metric of metrics.tsv
};

} // namespace baocao::extract_detail
