#include "extract/figures.h"

#include "extract/numbers.h"

#include "baocao/error.h"

namespace baocao::extract_detail {

namespace {

bool is_punct(const Piece& piece, std::string_view text) {
    return piece.kind == PieceKind::punct && piece.text == text;
}

// Punctuation that ends the phrase a label is read from.
bool ends_label(const Piece& piece) {
    if (piece.kind != PieceKind::punct) {
        return false;
    }
    static const std::string_view stops[] = {".", ";", ",",      ":",      "(",      ")",
                                             "!", "?", "\u2026", "\u201c", "\u201d", "\""};
    for (auto stop : stops) {
        if (piece.text == stop) {
            return true;
        }
    }
    return false;
}

bool is_year(const Piece& piece, double value) {
    return piece.text.size() == 4 && value >= 1900 && value <= 2100;
}

std::string trim_copy(std::string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '-')) {
        ++begin;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == ':')) {
        --end;
    }
    return std::string(text.substr(begin, end - begin));
}

// True when every word of pieces [begin, end) also occurs in [from, to).
bool words_within(const std::vector<Piece>& pieces, std::size_t begin, std::size_t end,
                  std::size_t from, std::size_t to) {
    bool any = false;
    for (std::size_t i = begin; i < end && i < pieces.size(); ++i) {
        if (pieces[i].kind != PieceKind::word) {
            continue;
        }
        bool found = false;
        for (std::size_t j = from; j < to && !found; ++j) {
            found = pieces[j].kind == PieceKind::word && pieces[j].key == pieces[i].key;
        }
        if (!found) {
            return false;
        }
        any = true;
    }
    return any;
}

// Punctuation a metric wording never crosses (a comma it may: "trâu, bò").
bool ends_clause(const Piece& piece) {
    return ends_label(piece) && piece.text != ",";
}

// Fewer words than numbers, and many numbers: a table flattened into text,
// whose numbers have no label a reader could trust.
constexpr std::size_t table_min_numbers = 8;

constexpr std::size_t label_max_words = 14;
constexpr std::size_t tail_max_words = 5;
// Pieces of a label from which a unit alone is not worth appending.
constexpr std::size_t unit_only_max_label = 3;

constexpr std::size_t spot_words_before = 20;
constexpr std::size_t spot_words_after = 8;

} // namespace

std::optional<MetricKeys::Spotted> FigureFinder::spot_after(const std::vector<Piece>& pieces,
                                                            std::size_t after) const {
    std::size_t end = after;
    std::size_t words = 0;
    while (end < pieces.size() && pieces[end].kind != PieceKind::number &&
           !ends_label(pieces[end]) && words < spot_words_after) {
        words += pieces[end].kind == PieceKind::word;
        ++end;
    }
    return m_metrics.spot(pieces, after, end, after);
}

void FigureFinder::spot_metric(std::string_view text, const std::vector<Piece>& pieces,
                               std::size_t label_end, std::size_t previous_end, std::size_t after,
                               Figure& figure) const {
    std::size_t begin = label_end;
    std::size_t words = 0;
    while (begin > previous_end && begin > 0 && !ends_clause(pieces[begin - 1]) &&
           words < spot_words_before) {
        --begin;
        words += pieces[begin].kind == PieceKind::word;
    }
    // Words before the number first: a wording after it belongs to the
    // figure only when nothing before names one.
    auto spotted = m_metrics.spot(pieces, begin, label_end, label_end);
    if (!spotted) {
        spotted = spot_after(pieces, after);
    }
    if (!spotted) {
        return;
    }
    figure.metric = spotted->metric;
    if (figure.label.empty() || spotted->begin >= after) {
        // "bằng 27,2% dự toán năm": the wording after the number is the label.
        figure.label =
            trim_copy(text.substr(pieces[spotted->begin].begin,
                                  pieces[spotted->end - 1].end - pieces[spotted->begin].begin));
    } else if (spotted->begin < label_end) {
        // Show the label from the wording on, as written ("Khám, chữa bệnh …").
        std::size_t first = std::min(spotted->begin, label_end - 1);
        std::string label = trim_copy(
            text.substr(pieces[first].begin, pieces[label_end - 1].end - pieces[first].begin));
        if (label.size() > figure.label.size()) {
            figure.label = label;
        }
    }
}

FigureFinder::FigureFinder(const Dictionaries& dictionaries, const Normalizer& normalizer,
                           const UnitTable& units, const MetricKeys& metrics)
    : m_units(units), m_metrics(metrics) {
    const Table& table = dictionaries.table("number_contexts");
    m_contexts = phrase_set(table, "phrase", normalizer);
    std::size_t kind = table.column("kind");
    for (const auto& row : table.rows) {
        const std::string& name = row[kind];
        if (name == "skip") {
            m_context_kinds.push_back(Context::skip);
        } else if (name == "allow") {
            m_context_kinds.push_back(Context::allow);
        } else if (name == "label") {
            m_context_kinds.push_back(Context::label);
        } else if (name == "qualifier") {
            m_context_kinds.push_back(Context::qualifier);
        } else {
            throw Error(table.path + ": unknown context kind '" + name +
                        "'; use skip, allow, label or qualifier");
        }
    }
}

FigureFinder::Context FigureFinder::context_before(const std::vector<Piece>& pieces, std::size_t at,
                                                   std::size_t& length) const {
    auto match = m_contexts.match_before(pieces, at);
    length = match.length;
    return match.length == 0 ? Context::none : m_context_kinds[match.payload];
}

void FigureFinder::find(std::string_view text, const std::vector<Piece>& pieces,
                        const std::vector<Span>& claimed, std::vector<Figure>& figures,
                        std::vector<std::string>& problems) const {
    // A flattened table: report it rather than guess what each number means.
    std::size_t numbers = 0;
    std::size_t words = 0;
    for (const auto& piece : pieces) {
        if (overlaps(claimed, piece.begin, piece.end)) {
            continue;
        }
        numbers += piece.kind == PieceKind::number;
        words += piece.kind == PieceKind::word;
    }
    if (numbers >= table_min_numbers && numbers > words) {
        problems.push_back("a table-like block of " + std::to_string(numbers) +
                           " numbers with few words was not read as figures; check the table "
                           "by hand or enter its figures separately");
        return;
    }

    std::size_t previous_end = 0;   // piece after the last figure (labels stop there)
    std::size_t previous_index = 0; // figures.size() after the last figure of this paragraph
    bool have_previous = false;
    for (std::size_t at = 0; at < pieces.size(); ++at) {
        const Piece& number = pieces[at];
        if (number.kind != PieceKind::number || overlaps(claimed, number.begin, number.end)) {
            continue;
        }
        auto parsed = parse_number(number.text);
        if (parsed.status == ParsedNumber::Status::not_number) {
            continue;
        }
        // Identifiers: "COVID-19", "H5N1"-like glue on the left.
        if (at > 0 && !number.space_before &&
            (pieces[at - 1].kind == PieceKind::word ||
             (is_punct(pieces[at - 1], "-") && at > 1 && !pieces[at - 1].space_before &&
              pieces[at - 2].kind == PieceKind::word))) {
            continue;
        }
        std::size_t context_length = 0;
        Context context = context_before(pieces, at, context_length);
        bool parenthesised = at > 0 && is_punct(pieces[at - 1], "(");
        std::size_t next = at + 1;
        if (parenthesised && next < pieces.size() && is_punct(pieces[next], ")")) {
            ++next; // "(01) vụ"
        }
        UnitMatch unit = m_units.match(pieces, next);
        // A name or identifier ("tuyến 394", "lô 12") is never followed by a
        // physical measure; "chiều dài tuyến 1,4 km" is a length.
        if (context == Context::skip && unit.kind != UnitKind::measure) {
            continue;
        }
        std::optional<double> of;
        std::size_t counted_begin = next; // the unit's words ("hộ", "cơ sở")
        std::size_t last = unit.kind == UnitKind::none && unit.multiplier == 1 ? at + 1 : unit.last;
        std::size_t raw_end =
            unit.kind == UnitKind::none && unit.multiplier == 1 ? number.end : unit.end;
        // "33 hộ/4.474 hộ", "9/13 thôn", "77/85 nam công dân"
        if (last + 1 < pieces.size() && is_punct(pieces[last], "/") &&
            pieces[last + 1].kind == PieceKind::number &&
            !overlaps(claimed, pieces[last + 1].begin, pieces[last + 1].end)) {
            auto denominator = parse_number(pieces[last + 1].text);
            if (denominator.status == ParsedNumber::Status::ok) {
                of = denominator.value;
                raw_end = pieces[last + 1].end;
                std::size_t after = last + 2;
                UnitMatch again = m_units.match(pieces, after);
                if (again.kind != UnitKind::none) {
                    if (unit.kind == UnitKind::none) {
                        unit = again;
                        counted_begin = after;
                    }
                    raw_end = again.end;
                    after = again.last;
                }
                last = after;
            }
        } else if (unit.kind == UnitKind::none && unit.multiplier == 1 && last < pieces.size() &&
                   pieces[last].kind == PieceKind::word && !pieces[last].space_before) {
            continue; // "394A", "5A": a name, not a quantity
        }
        if (unit.kind == UnitKind::skip) {
            continue;
        }
        bool unitless = unit.kind == UnitKind::none && unit.multiplier == 1;
        if (parsed.status == ParsedNumber::Status::ambiguous) {
            if (!unitless || context == Context::label) {
                problems.push_back("ambiguous number '" + number.text + "' (" + parsed.why +
                                   "); not read as a figure, check it by hand");
            }
            continue;
        }
        if (unitless) {
            if (is_year(number, parsed.value) || of) {
                continue;
            }
            if (context != Context::label && !parsed.leading_zero) {
                continue;
            }
        }

        // The label: the phrase before the number, back to punctuation or the
        // previous figure, without separators and qualifiers ("là:", "khoảng hơn").
        std::size_t label_end = parenthesised ? at - 1 : at;
        bool introduced = false; // by "là", ":" or "="
        while (label_end > 0) {
            std::size_t length = 0;
            Context kind = context_before(pieces, label_end, length);
            if (kind == Context::label || kind == Context::qualifier) {
                introduced = introduced || kind == Context::label;
                label_end -= length;
                continue;
            }
            break;
        }
        std::size_t label_begin = label_end;
        std::size_t label_words = 0;
        while (label_begin > previous_end && label_begin > 0 &&
               !ends_label(pieces[label_begin - 1]) && label_words < label_max_words) {
            --label_begin;
            label_words += pieces[label_begin].kind == PieceKind::word;
        }
        std::string left =
            label_begin < label_end
                ? trim_copy(text.substr(pieces[label_begin].begin,
                                        pieces[label_end - 1].end - pieces[label_begin].begin))
                : std::string();
        // What is counted, after the number: "231 đối tượng NCC" → "đối tượng NCC".
        // The unit's words are left out when the label already names them
        // ("số hộ hiến đất 16 hộ" is about "số hộ hiến đất", not "… hộ hộ").
        std::string tail;
        std::size_t tail_stop = 0; // piece after the tail words
        bool tail_only_unit = false;
        if (unit.kind == UnitKind::count || unitless) {
            std::size_t tail_begin = unitless ? at + 1 : counted_begin;
            std::size_t tail_end = unitless ? at + 1 : std::max(counted_begin, unit.last);
            if (!unitless && of && counted_begin != next) {
                tail_end = last; // "14/28 hộ": the unit follows the denominator
            }
            if (!unitless && words_within(pieces, tail_begin, tail_end, label_begin, label_end)) {
                tail_begin = tail_end;
            }
            std::size_t tail_words = 0;
            while (tail_end < pieces.size() && pieces[tail_end].kind == PieceKind::word &&
                   tail_words < tail_max_words) {
                ++tail_end;
                ++tail_words;
            }
            tail_only_unit = !unitless && tail_words == 0;
            tail_stop = tail_end;
            if (tail_begin < tail_end && pieces[tail_begin].kind == PieceKind::word) {
                tail = trim_copy(text.substr(pieces[tail_begin].begin,
                                             pieces[tail_end - 1].end - pieces[tail_begin].begin));
            }
        }
        if (unitless && !tail.empty() &&
            words_within(pieces, at + 1, at + 2, label_begin, label_end)) {
            tail.clear(); // "số đội bóng tham gia 10 đội"
        }
        // A label of a few words needs what is counted ("Lập 04 hồ sơ"); a
        // longer one is complete and the unit alone adds nothing ("Khám chữa
        // bệnh BHYT 180 người").
        if (tail_only_unit && label_end - label_begin >= unit_only_max_label) {
            tail.clear();
        }
        Figure figure;
        bool tail_used = false;
        if (left.empty()) {
            figure.label = tail;
            tail_used = !tail.empty();
        } else if ((!introduced || unitless) && !tail.empty()) {
            figure.label = left + " " + tail;
            tail_used = true;
        } else {
            figure.label = left;
        }
        figure.value = parsed.value * unit.multiplier;
        figure.unit = unit.unit;
        figure.of = of;
        figure.begin = number.begin;
        figure.end = raw_end;
        figure.raw = std::string(text.substr(figure.begin, figure.end - figure.begin));
        // "33 hộ/4.474 hộ (0,74 %)": the share of the count just given.
        // "12/33 cơ sở, đạt 36,4%": the same, after a comma and "đạt".
        // Not when words follow: "bằng 27,2% dự toán năm" is a share of
        // something else, named after the number.
        bool only_commas = true;
        for (std::size_t i = previous_end; i < label_end && only_commas; ++i) {
            only_commas = is_punct(pieces[i], ",") || is_punct(pieces[i], "(");
        }
        bool words_follow = last < pieces.size() && pieces[last].kind == PieceKind::word &&
                            spot_after(pieces, last).has_value();
        if (unit.kind == UnitKind::percent && have_previous && previous_index == figures.size() &&
            ((parenthesised && previous_end + 1 == at) ||
             (introduced && left.empty() && only_commas && !words_follow))) {
            const Figure& count = figures.back();
            figure.label = count.label;
            figure.metric = count.metric + "_ty_le";
        } else {
            figure.metric = m_metrics.key(figure.label);
            if (!m_metrics.known(figure.metric)) {
                spot_metric(text, pieces, label_end, previous_end, last, figure);
            }
        }
        figures.push_back(std::move(figure));
        previous_end = std::max(last, at + 1);
        if (tail_used) {
            previous_end = std::max(previous_end, tail_stop); // its words are this figure's
        }
        if (parenthesised && previous_end < pieces.size() && is_punct(pieces[previous_end], ")")) {
            ++previous_end;
        }
        previous_index = figures.size();
        have_previous = true;
        at = previous_end - 1;
    }
}

} // namespace baocao::extract_detail
