// The JSON kept as document data: one record per paragraph, figure,
// directive and report. The writer encodes, the query side decodes; the
// shapes are the public record types of baocao/query.h.
#pragma once

#include "baocao/query.h"

#include <nlohmann/json.hpp>

namespace baocao::store {

nlohmann::json origin_to_json(const RecordOrigin& origin);
RecordOrigin origin_from_json(const nlohmann::json& json);

nlohmann::json paragraph_to_json(const ParagraphRecord& record);
ParagraphRecord paragraph_from_json(const nlohmann::json& json);

nlohmann::json figure_to_json(const FigureRecord& record);
FigureRecord figure_from_json(const nlohmann::json& json);

nlohmann::json directive_to_json(const DirectiveRecord& record);
DirectiveRecord directive_from_json(const nlohmann::json& json);

nlohmann::json report_to_json(const ReportRecord& record);
ReportRecord report_from_json(const nlohmann::json& json);

// Parses a stored document's data; throws baocao::Error naming `database`
// when it is not the JSON this version writes.
nlohmann::json parse_data(const std::string& data, const std::string& database);

} // namespace baocao::store
