// The report header: issuer, number, date line, title, period and kind.
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"
#include "baocao/normalize.h"

#include <string>
#include <vector>

namespace baocao {

// Folded words of a text, for matching vocabulary ("KẾT QUẢ" -> "ket qua").
std::string folded_words(const Normalizer& normalizer, std::string_view text);

// The word starts with a capital letter (Vietnamese letters included).
bool starts_upper_letter(const Normalizer& normalizer, const std::string& word);

// True when `phrase` (folded words) occurs in `folded` on word boundaries.
bool contains_phrase(const std::string& folded, const std::string& phrase);

// Fills issuer, report_number, date_line, issued and title from the blocks
// before the first part (the preamble), with the whole text as a fallback for
// the issuer. `preamble` are block texts; `body` all block texts.
void read_header(const std::vector<std::string>& preamble, const std::vector<std::string>& body,
                 const Dictionaries& dictionaries, const Normalizer& normalizer, Report& report);

// Period, plan period and kind from the title, then from the part headings,
// then from the date line. Adds a diagnostic when it has to guess or fails.
void read_period(const std::vector<std::string>& part_headings, bool has_plan,
                 const Dictionaries& dictionaries, const Normalizer& normalizer, Report& report);

} // namespace baocao
