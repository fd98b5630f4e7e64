#include "baocao/extract.h"

namespace baocao {

// Placeholder until the extraction stage lands (issue 3).
Findings extract(const Report&, const Dictionaries&, const Normalizer&) { return {}; }

} // namespace baocao
