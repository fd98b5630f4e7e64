#include "store/packed_figure.h"

#include <charconv>
#include <cstdio>
#include <system_error>

namespace baocao::store {

namespace {

// Bumped whenever the field list changes, so an old value reads as absent.
constexpr std::string_view version = "F1;";

void put(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

void put_number(std::string& out, double value) {
    char buffer[32];
    int n = std::snprintf(buffer, sizeof buffer, "%.17g", value);
    put(out, std::string_view(buffer, n > 0 ? static_cast<std::size_t>(n) : 0));
}

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    bool field(std::string_view& out) {
        std::size_t colon = m_text.find(':');
        if (colon == std::string_view::npos) {
            return false;
        }
        std::size_t size = 0;
        auto [end, error] = std::from_chars(m_text.data(), m_text.data() + colon, size);
        if (error != std::errc() || end != m_text.data() + colon ||
            size > m_text.size() - colon - 1) {
            return false;
        }
        out = m_text.substr(colon + 1, size);
        m_text.remove_prefix(colon + 1 + size);
        return true;
    }
    bool text(std::string& out) {
        std::string_view view;
        if (!field(view)) {
            return false;
        }
        out.assign(view);
        return true;
    }
    template <typename Number> bool number(Number& out) {
        std::string_view view;
        if (!field(view)) {
            return false;
        }
        if (view.empty()) {
            out = Number{};
            return true;
        }
        auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), out);
        return error == std::errc() && end == view.data() + view.size();
    }
    bool done() const { return m_text.empty(); }

private:
    std::string_view m_text;
};

} // namespace

std::string pack_figure(const FigureRecord& record) {
    const Figure& f = record.figure;
    std::string out(version);
    put(out, record.origin.report);
    put(out, record.origin.issuer);
    put(out, std::to_string(record.origin.period.year));
    put(out, std::to_string(record.origin.period.month));
    put(out, record.origin.source);
    put(out, f.part);
    put(out, f.section);
    put(out, f.label);
    put(out, f.metric);
    put_number(out, f.value);
    put(out, f.unit);
    if (f.of) {
        put_number(out, *f.of);
    } else {
        put(out, "");
    }
    put(out, f.raw);
    put(out, std::to_string(f.paragraph));
    put(out, std::to_string(f.begin));
    put(out, std::to_string(f.end));
    return out;
}

bool unpack_figure(std::string_view packed, FigureRecord& record) {
    if (packed.substr(0, version.size()) != version) {
        return false;
    }
    Reader in(packed.substr(version.size()));
    Figure& f = record.figure;
    std::string_view of;
    bool ok = in.text(record.origin.report) && in.text(record.origin.issuer) &&
              in.number(record.origin.period.year) && in.number(record.origin.period.month) &&
              in.text(record.origin.source) && in.text(f.part) && in.text(f.section) &&
              in.text(f.label) && in.text(f.metric) && in.number(f.value) && in.text(f.unit) &&
              in.field(of);
    if (!ok) {
        return false;
    }
    if (of.empty()) {
        f.of.reset();
    } else {
        double value = 0;
        auto [end, error] = std::from_chars(of.data(), of.data() + of.size(), value);
        if (error != std::errc() || end != of.data() + of.size()) {
            return false;
        }
        f.of = value;
    }
    return in.text(f.raw) && in.number(f.paragraph) && in.number(f.begin) && in.number(f.end) &&
           in.done();
}

} // namespace baocao::store
