// Shared by the tracking tests: one Tracker over the project's dictionaries.
#pragma once

#include "../test_support.h"

#include "baocao/tracking.h"

namespace baocao::test {

inline const Tracker& tracker() {
    static const Tracker instance(context().dictionaries, context().normalizer);
    return instance;
}

} // namespace baocao::test
