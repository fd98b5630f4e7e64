// Xapian::Error does not derive from std::exception (DESIGN.md §4): every
// call into Xapian from store/ and query/ goes through guarded(), which turns
// it into a baocao::Error that says which database and what to do.
#pragma once

#include "baocao/error.h"

#include <string>
#include <utility>

#include <xapian.h>

namespace baocao::store {

// "DIR: what happened; what to do" for a Xapian error met on `database`.
std::string describe_xapian_error(const Xapian::Error& error, const std::string& database);

template <typename Function> auto guarded(const std::string& database, Function&& function) {
    try {
        return std::forward<Function>(function)();
    } catch (const Xapian::Error& error) {
        throw Error(describe_xapian_error(error, database), ExitCode::unusable);
    }
}

} // namespace baocao::store
