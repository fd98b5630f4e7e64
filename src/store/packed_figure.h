// A figure packed into a value slot beside its JSON data. `baocao trend`
// reads every figure of a metric and of its related metrics (thousands over
// ten years of ten communes); parsing each one's JSON was most of its time.
// The packed form is a flat list of length-prefixed fields, read without
// allocation beyond the record's own strings. Indexes written before it
// existed have no such value: readers fall back to the JSON.
#pragma once

#include "baocao/query.h"

#include <string>
#include <string_view>

namespace baocao::store {

std::string pack_figure(const FigureRecord& record);

// False when `packed` is empty or not in this version's form.
bool unpack_figure(std::string_view packed, FigureRecord& record);

} // namespace baocao::store
