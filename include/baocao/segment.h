// segment: TextDocument -> Report (header, period, parts, section tree,
// paragraphs). Section and part vocabulary comes from dictionaries/sections.tsv.
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"
#include "baocao/normalize.h"

namespace baocao {

Report segment(const TextDocument& text, const Dictionaries& dictionaries,
               const Normalizer& normalizer);

} // namespace baocao
