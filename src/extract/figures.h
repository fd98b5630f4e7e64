// Figures: quantitative facts of a paragraph ("Tổng thu ngân sách tháng
// 11/2023 là: 1.327.732.848đ", "33 hộ/4.474 hộ (0,74 %)", "Lập 04 hồ sơ").
// A number is a figure when a unit follows it, or when a label separator
// ("là", ":", "=") precedes it, or when it is a zero-padded count ("01 đao").
// Dates and references are claimed before, so their numbers never get here;
// words around the number (dictionaries/number_contexts.tsv, units.tsv kind
// skip) keep out route names, ordinals, levels, durations and ages.
#pragma once

#include "extract/metric_key.h"
#include "extract/text_scan.h"
#include "extract/units.h"

#include "baocao/document.h"

namespace baocao::extract_detail {

class FigureFinder {
public:
    FigureFinder(const Dictionaries& dictionaries, const Normalizer& normalizer,
                 const UnitTable& units, const MetricKeys& metrics);

    // Appends the figures of one paragraph (part, section and paragraph are
    // left for the caller) and describes numbers it could not read in `problems`.
    void find(std::string_view text, const std::vector<Piece>& pieces,
              const std::vector<Span>& claimed, std::vector<Figure>& figures,
              std::vector<std::string>& problems) const;

private:
    enum class Context { none, skip, allow, label, qualifier };
    Context context_before(const std::vector<Piece>& pieces, std::size_t at,
                           std::size_t& length) const;

    // When the label's key is not a metric of metrics.tsv, looks for one of
    // its wordings around the number, back across commas to the clause start
    // (pieces before `label_end`, after `previous_end`) and then after the
    // number (from `after`), and takes its key.
    void spot_metric(std::string_view text, const std::vector<Piece>& pieces, std::size_t label_end,
                     std::size_t previous_end, std::size_t after, Figure& figure) const;

    // A metrics.tsv wording in the words right after a number (from `after`
    // to the next punctuation or number).
    std::optional<MetricKeys::Spotted> spot_after(const std::vector<Piece>& pieces,
                                                  std::size_t after) const;

    const UnitTable& m_units;
    const MetricKeys& m_metrics;
    PhraseSet m_contexts;
    std::vector<Context> m_context_kinds;
};

} // namespace baocao::extract_detail
