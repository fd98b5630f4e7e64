// PDF pages through poppler-cpp, in process (DESIGN.md §3: about 2.3 times
// faster than running pdftotext per file), loaded only when needed.
#pragma once

#include "baocao/document.h"

#include <string>

namespace baocao {

// Fills raw.pages (and raw.diagnostics) from PDF bytes. `raw.path` names the
// file in messages. Loads the PDF module on first use (pdf_reader.cpp); when
// it cannot be loaded, the file fails with a message that says why.
void read_pdf(const std::string& bytes, RawDocument& raw);

// The reader itself (poppler_pdf.cpp), in the module or linked in.
void read_pdf_with_poppler(const std::string& bytes, RawDocument& raw);

} // namespace baocao
