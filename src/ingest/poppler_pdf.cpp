// The PDF reader proper, on poppler-cpp. Built into its own module
// (libbaocao_pdf.so) that only a run meeting a PDF loads: poppler pulls in
// 24 shared libraries, and loading them cost every command ~10 ms of start-up
// (see pdf_reader.cpp). A build with BAOCAO_LAZY_PDF=OFF links it in.
#include "ingest/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

namespace baocao {

namespace {

// poppler prints parse errors on stderr by default; they would interleave with
// our own messages and say nothing about which file. Silence them once; the
// failures they describe surface as a null document or empty page anyway.
void silence_poppler() {
    static std::once_flag once;
    std::call_once(
        once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool has_visible_text(const std::string& text) {
    for (unsigned char c : text) {
        if (c > 0x20) {
            return true;
        }
    }
    return false;
}

void add(RawDocument& raw, Severity severity, int page, std::string message) {
    raw.diagnostics.push_back({severity, raw.path, page, std::move(message)});
}

} // namespace

void read_pdf_with_poppler(const std::string& bytes, RawDocument& raw) {
    silence_poppler();
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
        raw.failed = true;
        add(raw, Severity::error, 0, "PDF larger than 2 GiB; split it and ingest the parts");
        return;
    }
    // A failed load is a null pointer with no reason (DESIGN.md §6).
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        raw.failed = true;
        add(raw, Severity::error, 0,
            "not a readable PDF (damaged, truncated or another format); open it in a PDF "
            "viewer, re-export it, and ingest again");
        return;
    }
    // An encrypted file with a user password loads but stays locked. Trap:
    // poppler-cpp's unlock() returns the state *after* the attempt, true
    // meaning "still locked"; reading pages of a locked document crashes.
    if (doc->is_locked() && doc->unlock("", "")) {
        raw.failed = true;
        add(raw, Severity::error, 0,
            "PDF is encrypted with a password; save a copy without the password "
            "(for example qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and ingest that");
        return;
    }
    const int count = doc->pages();
    int empty = 0;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        RawPage out;
        out.number = i + 1;
        if (!page) {
            add(raw, Severity::warning, out.number,
                "page cannot be read (damaged page object); the other pages are kept");
            raw.pages.push_back(std::move(out));
            continue;
        }
        // physical_layout, on purpose: it keeps a hyphen at a line end
        // ("2021-" / "2025" stays "2021-2025"; the default layout glues it into
        // "20212025"), keeps each printed line as one line, and keeps the gap
        // between the two columns of a header block as a run of spaces that the
        // segmenter can split on.
        poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        out.text.assign(utf8.begin(), utf8.end());
        if (!has_visible_text(out.text)) {
            ++empty;
            add(raw, Severity::warning, out.number,
                "page has no text layer (a scan or an image); run OCR on the file "
                "(for example ocrmypdf -l vie) and ingest it again");
        }
        raw.pages.push_back(std::move(out));
    }
    if (count == 0 || empty == count) {
        raw.failed = true;
        add(raw, Severity::error, 0,
            count == 0 ? "PDF has no pages; check the file and export it again"
                       : "no page of the PDF has text; run OCR on it (for example ocrmypdf "
                         "-l vie) and ingest it again");
    }
}

} // namespace baocao

#ifdef BAOCAO_PDF_MODULE_BUILD
// The module's one entry point, looked up by name with dlsym. Both sides are
// built from this tree with the same compiler, so C++ types may cross it.
extern "C" __attribute__((visibility("default"))) void
baocao_pdf_read_v1(const std::string& bytes, baocao::RawDocument& raw) {
    baocao::read_pdf_with_poppler(bytes, raw);
}
#endif
