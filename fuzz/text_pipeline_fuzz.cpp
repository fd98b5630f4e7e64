// Arbitrary bytes as a text report through every stage after ingest:
// decoding, normalize (line joining, glued-word repair), segment, extract.
#include "fuzz_support.h"

#include "baocao/extract.h"
#include "baocao/ingest.h"
#include "baocao/segment.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& context = baocao::fuzz::context();
    std::string bytes(reinterpret_cast<const char*>(data), size);
    baocao::RawDocument raw = baocao::ingest_bytes("fuzz.txt", bytes);
    if (raw.failed) {
        return 0;
    }
    baocao::TextDocument text = context.normalizer.normalize(raw);
    baocao::Report report = baocao::segment(text, context.dictionaries, context.normalizer);
    baocao::extract(report, context.dictionaries, context.normalizer);
    // The offset map must stay inside the raw page for every block.
    for (std::size_t i = 0; i < text.blocks.size(); ++i) {
        std::size_t raw_end = text.raw_offset(i, text.blocks[i].text.size());
        if (raw_end > raw.pages.at(static_cast<std::size_t>(text.blocks[i].page - 1)).text.size()) {
            __builtin_trap();
        }
    }
    return 0;
}
