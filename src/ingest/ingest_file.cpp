#include "baocao/ingest.h"

#include "ingest/pdf_reader.h"
#include "util/utf8.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace baocao {

namespace {

std::string lower_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return ext;
}

// UTF-16 without a BOM shows itself by zero bytes in every other position
// (Vietnamese text is mostly Latin letters).
bool looks_like_bomless_utf16(const std::string& bytes, bool& little_endian) {
    std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
    if (sample < 8) {
        return false;
    }
    std::size_t even_zero = 0;
    std::size_t odd_zero = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        even_zero += bytes[i] == 0;
        odd_zero += bytes[i + 1] == 0;
    }
    std::size_t half = sample / 2;
    if (odd_zero * 10 > half * 3 && even_zero * 10 < half) {
        little_endian = true;
        return true;
    }
    if (even_zero * 10 > half * 3 && odd_zero * 10 < half) {
        little_endian = false;
        return true;
    }
    return false;
}

// Binary junk decodes "successfully" as Windows-1258; refuse it instead of
// indexing noise.
bool looks_binary(const std::string& text) {
    std::size_t control = 0;
    for (unsigned char c : text) {
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            ++control;
        }
    }
    return control * 100 > text.size() + 100; // more than about 1%
}

void read_text(const std::string& bytes, RawDocument& raw) {
    std::string decoded;
    bool little_endian = true;
    if (!utf8::starts_with(bytes, "\xFF\xFE") && !utf8::starts_with(bytes, "\xFE\xFF") &&
        looks_like_bomless_utf16(bytes, little_endian)) {
        std::string with_bom =
            (little_endian ? std::string("\xFF\xFE") : std::string("\xFE\xFF")) + bytes;
        decoded = decode_text(with_bom, raw.encoding);
        raw.encoding += " (no BOM, guessed)";
        raw.diagnostics.push_back({Severity::info, raw.path, 0,
                                   "text has no byte-order mark; read as " + raw.encoding +
                                       "; save it as UTF-8 to avoid the guess"});
    } else {
        decoded = decode_text(bytes, raw.encoding);
    }
    if (raw.encoding.find("invalid bytes replaced") != std::string::npos) {
        // Point at the first bad spot so the user can compare with the original.
        std::size_t at = decoded.find("\xEF\xBF\xBD");
        std::string before = decoded.substr(0, at == std::string::npos ? 0 : at);
        std::size_t page_start = before.rfind('\f');
        page_start = page_start == std::string::npos ? 0 : page_start + 1;
        int page = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\f'));
        int line = 1 + static_cast<int>(std::count(before.begin() + static_cast<long>(page_start),
                                                   before.end(), '\n'));
        raw.diagnostics.push_back(
            {Severity::warning, raw.path, page,
             "text is UTF-8 with invalid bytes (" + raw.encoding + ", the first on line " +
                 std::to_string(line) +
                 "); they were replaced with U+FFFD and the rest was read; copy or export the "
                 "file again from the original"});
    }
    if (raw.encoding == "windows-1258") {
        // A guess (TCVN3 or VNI text would come out garbled): a warning, so
        // that ingest shows it.
        raw.diagnostics.push_back(
            {Severity::warning, raw.path, 0,
             "text is not UTF-8; decoded with the Windows-1258 fallback; check the "
             "diacritics and save the file as UTF-8 if they look wrong"});
    }
    if (looks_binary(decoded)) {
        raw.failed = true;
        raw.diagnostics.push_back({Severity::error, raw.path, 0,
                                   "not a text file (binary content); give the original "
                                   "report as .txt (UTF-8) or .pdf"});
        return;
    }
    // Form feeds separate pages, as pdftotext writes them.
    std::size_t start = 0;
    int number = 1;
    while (true) {
        std::size_t ff = decoded.find('\f', start);
        RawPage page;
        page.number = number++;
        page.text = decoded.substr(start, ff == std::string::npos ? std::string::npos : ff - start);
        raw.pages.push_back(std::move(page));
        if (ff == std::string::npos) {
            break;
        }
        start = ff + 1;
    }
    // A trailing form feed leaves an empty last page: drop it.
    if (raw.pages.size() > 1 && utf8::trim(raw.pages.back().text).empty()) {
        raw.pages.pop_back();
    }
    if (utf8::trim(decoded).empty()) {
        raw.failed = true;
        raw.diagnostics.push_back(
            {Severity::error, raw.path, 0, "file has no text; check that it is the right file"});
    }
}

} // namespace

RawDocument ingest_file(const std::string& path) {
    RawDocument raw;
    raw.path = path;
    std::string ext = lower_extension(path);
    raw.format = ext == ".pdf" ? "pdf" : "txt";

    std::ifstream in(path, std::ios::binary);
    if (!in) {
        raw.failed = true;
        std::error_code ec;
        raw.diagnostics.push_back({Severity::error, path, 0,
                                   fs::exists(path, ec)
                                       ? "cannot open the file (permission denied?); check its "
                                         "permissions"
                                       : "no such file; check the path"});
        return raw;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        raw.failed = true;
        raw.diagnostics.push_back(
            {Severity::error, path, 0, "read error; check the disk and the file"});
        return raw;
    }
    return ingest_bytes(path, buffer.str());
}

RawDocument ingest_bytes(const std::string& path, const std::string& bytes) {
    RawDocument raw;
    raw.path = path;
    raw.format = lower_extension(path) == ".pdf" ? "pdf" : "txt";
    raw.sha256 = sha256_hex(bytes);
    if (bytes.empty()) {
        raw.failed = true;
        raw.diagnostics.push_back(
            {Severity::error, path, 0, "empty file (0 bytes); check that it was copied fully"});
        return raw;
    }
    bool pdf_magic = utf8::starts_with(bytes, "%PDF-");
    if (raw.format == "pdf" || pdf_magic) {
        raw.format = "pdf";
        if (!pdf_magic) {
            raw.failed = true;
            raw.diagnostics.push_back(
                {Severity::error, path, 0,
                 "named .pdf but is not a PDF (no %PDF- header); check the file"});
            return raw;
        }
        read_pdf(bytes, raw);
        raw.encoding = "pdf";
        return raw;
    }
    read_text(bytes, raw);
    return raw;
}

} // namespace baocao
