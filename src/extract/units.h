// Units after a number, from dictionaries/units.tsv: "đ", "triệu đồng",
// "%", "ha", "m3", "160.000đ/ sào" (a price), counting nouns ("hộ",
// "nam công dân" → "công dân") and the words that make a number no figure
// at all ("93 năm", "dưới 6 tuổi").
#pragma once

#include "extract/text_scan.h"

#include <string>
#include <vector>

namespace baocao::extract_detail {

enum class UnitKind { none, money, measure, percent, count, skip };

struct UnitMatch {
    UnitKind kind = UnitKind::none;
    std::string unit;      // "VND", "VND/sào", "percent", "hộ"; empty when none
    double multiplier = 1; // "triệu" → 1e6
    std::size_t last = 0;  // pieces used end here (exclusive)
    std::size_t end = 0;   // byte end of the unit text
};

class UnitTable {
public:
    UnitTable(const Dictionaries& dictionaries, const Normalizer& normalizer);

    // The unit written from pieces[at] on; kind none (and last == at) when none.
    UnitMatch match(const std::vector<Piece>& pieces, std::size_t at) const;

private:
    struct Row {
        std::string unit;
        double multiplier = 1;
        UnitKind kind = UnitKind::none;
        bool scale = false; // a multiplier word
    };
    const Row* row_at(const std::vector<Piece>& pieces, std::size_t at, std::size_t& length) const;

    PhraseSet m_phrases;
    std::vector<Row> m_rows;
};

} // namespace baocao::extract_detail
