#include "store/figure_series.h"

#include "store/schema.h"

#include <cstdint>

namespace baocao::store {

namespace {

constexpr std::size_t sha_size = 64;
constexpr std::size_t header_size = 4 + sha_size;

std::uint32_t read_length(std::string_view bytes) {
    std::uint32_t out = 0;
    for (int i = 3; i >= 0; --i) {
        out = (out << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
    }
    return out;
}

} // namespace

std::string series_key(std::string_view metric) {
    return std::string(schema::series_key_prefix) + std::string(metric);
}

void append_series_entry(std::string& series, std::string_view sha256, std::string_view packed) {
    auto length = static_cast<std::uint32_t>(packed.size());
    for (int i = 0; i < 4; ++i) {
        series += static_cast<char>((length >> (8 * i)) & 0xff);
    }
    std::string sha(sha256.substr(0, sha_size));
    sha.resize(sha_size, ' ');
    series += sha;
    series += packed;
}

bool for_each_series_entry(
    std::string_view series,
    const std::function<void(std::string_view sha256, std::string_view packed)>& entry) {
    while (!series.empty()) {
        if (series.size() < header_size) {
            return false;
        }
        std::uint32_t length = read_length(series);
        if (series.size() - header_size < length) {
            return false;
        }
        entry(series.substr(4, sha_size), series.substr(header_size, length));
        series.remove_prefix(header_size + length);
    }
    return true;
}

std::string series_without(std::string_view series, const std::set<std::string>& reports) {
    std::string out;
    out.reserve(series.size());
    for_each_series_entry(series, [&](std::string_view sha, std::string_view packed) {
        if (reports.count(std::string(sha)) == 0) {
            append_series_entry(out, sha, packed);
        }
    });
    return out;
}

} // namespace baocao::store
