// Arbitrary bytes through the word-level keys shared by indexing and
// querying: clean, search_key, fold, tokenize, split_glued, is_syllable.
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& n = baocao::fuzz::context().normalizer;
    std::string text(reinterpret_cast<const char*>(data), size);
    std::string clean = n.clean(text);
    for (const auto& token : n.tokenize(clean)) {
        if (token.end > clean.size() || token.begin >= token.end) {
            __builtin_trap();
        }
        std::string key = n.search_key(token.text);
        // Folding is idempotent: a folded key folds to itself.
        std::string folded = n.fold(key);
        if (n.fold(folded) != folded) {
            __builtin_trap();
        }
        n.is_syllable(token.text);
        std::string joined;
        for (const auto& part : n.split_glued(token.text)) {
            joined += part;
        }
        // Splitting only inserts boundaries; it never changes letters.
        if (joined != token.text) {
            __builtin_trap();
        }
    }
    return 0;
}
