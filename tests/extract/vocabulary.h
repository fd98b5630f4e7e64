// The shipped dictionaries and a Normalizer built from them, loaded once for
// all extraction tests (the tables are what the product reads, so the tests
// check the vocabulary as well as the code).
#pragma once

#include "baocao/dictionaries.h"
#include "baocao/normalize.h"

namespace baocao::test {

struct Vocabulary {
    Dictionaries dictionaries;
    Normalizer normalizer;
};

inline const Vocabulary& vocabulary() {
    static const Vocabulary* loaded = [] {
        Dictionaries dictionaries = Dictionaries::load(BAOCAO_SOURCE_DIR "/dictionaries");
        Normalizer normalizer(dictionaries);
        return new Vocabulary{std::move(dictionaries), std::move(normalizer)};
    }();
    return *loaded;
}

} // namespace baocao::test
