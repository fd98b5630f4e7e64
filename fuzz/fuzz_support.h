// Shared by the libFuzzer targets: the shipped dictionaries, loaded once.
#pragma once

#include "baocao/pipeline.h"

#include <cstdlib>
#include <string>

namespace baocao::fuzz {

inline const Context& context() {
    static const Context loaded = [] {
        const char* dir = std::getenv("BAOCAO_DICTIONARIES");
        return Context::load(dir != nullptr ? dir : BAOCAO_SOURCE_DICTIONARIES);
    }();
    return loaded;
}

} // namespace baocao::fuzz
