// PDF pages through poppler-cpp, in process (DESIGN.md §3: about 2.3 times
// faster than running pdftotext per file).
#pragma once

#include "baocao/document.h"

#include <string>

namespace baocao {

// Fills raw.pages (and raw.diagnostics) from PDF bytes. `raw.path` names the
// file in messages.
void read_pdf(const std::string& bytes, RawDocument& raw);

} // namespace baocao
