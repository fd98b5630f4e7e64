// Every figure of one metric, kept together in one metadata value of the
// index ("baocao.series.<metric>"), beside the figure documents.
//
// Why: `baocao trend` reads every figure of a metric and of its related
// metrics. Read document by document, each of those sits in another part of
// the value table (a report's figures are stored together, a metric's are
// spread over every report), and fetching 1,200 of them cost 7-14 ms per
// metric. One value per metric is read in one go.
//
// An entry is [4-byte length][64-byte report sha256][packed figure]; the
// report id up front lets the writer drop a removed report's entries
// without unpacking. Only indexes created with this layout carry the series
// (schema::series_mark_key); readers of older ones, and of several shards
// at once, read the figure documents instead.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace baocao::store {

// The metadata key of a metric's series.
std::string series_key(std::string_view metric);

// Appends one figure (packed_figure.h) of report `sha256` to `series`.
void append_series_entry(std::string& series, std::string_view sha256, std::string_view packed);

// Calls `entry(sha256, packed)` for each entry in order; false when the
// series is malformed (the reader then falls back to the documents).
bool for_each_series_entry(
    std::string_view series,
    const std::function<void(std::string_view sha256, std::string_view packed)>& entry);

// `series` without the entries of `reports`.
std::string series_without(std::string_view series, const std::set<std::string>& reports);

} // namespace baocao::store
