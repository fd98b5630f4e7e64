// How a report's file is shown: relative when it lies inside the current
// directory (what the user typed, usually), else as stored (absolute).
// Search hits, report lists and trend rows all show paths this way, so that
// one output never mixes two spellings of the same file.
#pragma once

#include <string>

namespace baocao {

std::string display_path(const std::string& path);

} // namespace baocao
