#include "extract/units.h"

#include "baocao/error.h"

#include <cstdlib>

namespace baocao::extract_detail {

namespace {

UnitKind kind_from_name(const std::string& name, const std::string& where, bool& scale) {
    scale = false;
    if (name == "money") {
        return UnitKind::money;
    }
    if (name == "measure") {
        return UnitKind::measure;
    }
    if (name == "percent") {
        return UnitKind::percent;
    }
    if (name == "count") {
        return UnitKind::count;
    }
    if (name == "skip") {
        return UnitKind::skip;
    }
    if (name == "multiplier") {
        scale = true;
        return UnitKind::none;
    }
    throw Error(where + ": unknown unit kind '" + name +
                "'; use money, measure, percent, count, multiplier or skip");
}

} // namespace

UnitTable::UnitTable(const Dictionaries& dictionaries, const Normalizer& normalizer) {
    const Table& table = dictionaries.table("units");
    std::size_t surface = table.column("surface");
    std::size_t unit = table.column("unit");
    std::size_t multiplier = table.column("multiplier");
    std::size_t kind = table.column("kind");
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        Row parsed;
        parsed.unit = row[unit] == "-" ? std::string() : row[unit];
        char* end = nullptr;
        parsed.multiplier = std::strtod(row[multiplier].c_str(), &end);
        if (end == row[multiplier].c_str() || parsed.multiplier <= 0) {
            throw Error(table.path + ": multiplier '" + row[multiplier] + "' of '" + row[surface] +
                        "' is not a positive number; fix the row");
        }
        parsed.kind = kind_from_name(row[kind], table.path, parsed.scale);
        m_rows.push_back(parsed);
        m_phrases.add(phrase_keys(row[surface], normalizer), i);
    }
}

const UnitTable::Row* UnitTable::row_at(const std::vector<Piece>& pieces, std::size_t at,
                                        std::size_t& length) const {
    if (at >= pieces.size()) {
        return nullptr;
    }
    auto found = m_phrases.match_at(pieces, at);
    if (found.length == 0) {
        return nullptr;
    }
    length = found.length;
    return &m_rows[found.payload];
}

UnitMatch UnitTable::match(const std::vector<Piece>& pieces, std::size_t at) const {
    UnitMatch result;
    result.last = at;
    std::size_t length = 0;
    const Row* row = row_at(pieces, at, length);
    if (row == nullptr) {
        return result;
    }
    std::size_t next = at + length;
    result.end = pieces[next - 1].end;
    result.last = next;
    if (row->scale) {
        // "6,5 triệu đồng": the scale, then maybe a unit.
        result.multiplier = row->multiplier;
        std::size_t more = 0;
        const Row* unit = row_at(pieces, next, more);
        if (unit == nullptr || unit->scale || unit->kind == UnitKind::skip) {
            return result; // a bare "2,3 tỷ": scaled, unit unknown
        }
        row = unit;
        next += more;
        result.end = pieces[next - 1].end;
        result.last = next;
    }
    result.kind = row->kind;
    result.unit = row->unit;
    result.multiplier *= row->multiplier;
    // "160.000đ/ sào": money per measure or per counted thing is a price.
    if (row->kind == UnitKind::money && next + 1 < pieces.size() &&
        pieces[next].kind == PieceKind::punct && pieces[next].text == "/") {
        std::size_t per_length = 0;
        const Row* per = row_at(pieces, next + 1, per_length);
        if (per != nullptr && (per->kind == UnitKind::measure || per->kind == UnitKind::count)) {
            result.unit += "/" + per->unit;
            result.last = next + 1 + per_length;
            result.end = pieces[result.last - 1].end;
        }
    }
    return result;
}

} // namespace baocao::extract_detail
