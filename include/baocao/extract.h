// extract: Report -> Findings (figures, references, directives) (DESIGN.md §5).
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/document.h"
#include "baocao/normalize.h"

namespace baocao {

Findings extract(const Report& report, const Dictionaries& dictionaries,
                 const Normalizer& normalizer);

} // namespace baocao
