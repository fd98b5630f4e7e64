// JSON views of the pipeline values, for `inspect` and `extract`. Internal:
// nlohmann::json never appears in include/baocao.
#pragma once

#include "baocao/document.h"

#include <nlohmann/json.hpp>

namespace baocao {

nlohmann::json diagnostics_to_json(const Diagnostics& diagnostics);
nlohmann::json raw_to_json(const RawDocument& raw);
nlohmann::json text_to_json(const TextDocument& text);
// with_paragraphs=false gives the compact form (sections without their text).
nlohmann::json report_to_json(const Report& report, bool with_paragraphs);

} // namespace baocao
