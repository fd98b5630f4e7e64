#include "util/display_path.h"

#include <filesystem>
#include <system_error>

namespace baocao {

std::string display_path(const std::string& path) {
    // Asked once per process: a trend shows thousands of rows, and a
    // getcwd() per row was a tenth of its time. baocao never changes its
    // working directory.
    static const std::filesystem::path current = [] {
        std::error_code error;
        std::filesystem::path found = std::filesystem::current_path(error);
        return error ? std::filesystem::path() : found;
    }();
    if (current.empty() || path.empty() || std::filesystem::path(path).is_relative()) {
        return path;
    }
    std::filesystem::path relative = std::filesystem::path(path).lexically_relative(current);
    if (relative.empty() || *relative.begin() == "..") {
        return path;
    }
    return relative.string();
}

} // namespace baocao
