// Re-joins the lines and paragraphs that PDF extraction broke: one Block per
// paragraph or heading, with an offset map back to the raw page text.
#pragma once

#include "baocao/document.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

struct LineRepair {
    // Cleans one raw line (NFC, look-alikes, odd spaces).
    std::function<std::string(std::string_view)> clean;
    // Splits glued words in a cleaned line; appends to `inserted` the byte
    // offsets (in the cleaned line) before which it inserted one space.
    std::function<std::string(std::string_view, std::vector<std::size_t>& inserted)> split;
};

std::vector<Block> join_lines(const RawDocument& raw, const LineRepair& repair);

} // namespace baocao
