// Text files arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or in
// the legacy Windows-1258 code page. Decode at the edge; from here on every
// string is UTF-8.
#include "baocao/ingest.h"

#include "util/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/utypes.h>

#include <memory>
#include <optional>

namespace baocao {

namespace {

std::string from_utf16(std::string_view bytes, bool big_endian) {
    std::string out;
    std::size_t i = 0;
    auto unit = [&](std::size_t at) -> char32_t {
        auto b0 = static_cast<unsigned char>(bytes[at]);
        auto b1 = static_cast<unsigned char>(bytes[at + 1]);
        return big_endian ? char32_t((b0 << 8) | b1) : char32_t((b1 << 8) | b0);
    };
    while (i + 1 < bytes.size()) {
        char32_t u = unit(i);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < bytes.size()) {
            char32_t low = unit(i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                i += 2;
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            } else {
                u = 0xFFFD;
            }
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
        }
        utf8::append(out, u);
    }
    if (i < bytes.size()) {
        utf8::append(out, 0xFFFD); // odd trailing byte
    }
    return out;
}

std::string from_codepage(const std::string& bytes, const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(name, &status),
                                                                 ucnv_close);
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU has no converter for ") + name + " (" + u_errorName(status) +
                    "); reinstall libicu72");
    }
    std::string out(bytes.size() * 4 + 4, '\0');
    status = U_ZERO_ERROR;
    int32_t length = ucnv_convert("UTF-8", name, out.data(), static_cast<int32_t>(out.size()),
                                  bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        throw Error(std::string("cannot convert from ") + name + ": " + u_errorName(status));
    }
    out.resize(static_cast<std::size_t>(length));
    return out;
}

// Mostly UTF-8 with a few bad bytes (a copy cut short, a stray byte pasted
// from another encoding): decoding the whole file as Windows-1258 would garble
// every diacritic of it, so keep UTF-8 and replace the bad bytes with U+FFFD.
// Real Windows-1258 text has no or hardly any valid multi-byte sequences.
std::optional<std::string> repaired_utf8(std::string_view bytes, std::size_t& invalid) {
    std::size_t multibyte = 0;
    invalid = 0;
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t start = pos;
        char32_t cp = utf8::next(bytes, pos);
        if (cp == 0xFFFD && pos - start == 1) {
            ++invalid;
        } else if (pos - start > 1) {
            ++multibyte;
        }
        utf8::append(out, cp);
    }
    if (multibyte == 0 || invalid * 4 > multibyte) {
        return std::nullopt;
    }
    return out;
}

} // namespace

std::string decode_text(const std::string& bytes, std::string& encoding) {
    std::string_view view(bytes);
    if (utf8::starts_with(view, "\xEF\xBB\xBF")) {
        encoding = "utf-8 (BOM)";
        view.remove_prefix(3);
        return std::string(view);
    }
    if (utf8::starts_with(view, "\xFF\xFE")) {
        encoding = "utf-16le";
        return from_utf16(view.substr(2), false);
    }
    if (utf8::starts_with(view, "\xFE\xFF")) {
        encoding = "utf-16be";
        return from_utf16(view.substr(2), true);
    }
    if (utf8::is_valid(view)) {
        encoding = "utf-8";
        return bytes;
    }
    std::size_t invalid = 0;
    if (std::optional<std::string> repaired = repaired_utf8(view, invalid)) {
        encoding = "utf-8 (" + std::to_string(invalid) + " invalid bytes replaced)";
        return std::move(*repaired);
    }
    encoding = "windows-1258";
    return from_codepage(bytes, "windows-1258");
}

} // namespace baocao
