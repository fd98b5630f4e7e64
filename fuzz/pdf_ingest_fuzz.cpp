// Arbitrary bytes as a PDF: poppler must never crash us, and a failed load
// must come with a diagnostic.
#include "fuzz_support.h"

#include "baocao/ingest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    baocao::RawDocument raw = baocao::ingest_bytes("fuzz.pdf", bytes);
    if (raw.failed && raw.diagnostics.empty()) {
        __builtin_trap();
    }
    if (!raw.failed) {
        baocao::fuzz::context().normalizer.normalize(raw);
    }
    return 0;
}
