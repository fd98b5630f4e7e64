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
    static const std::string prefix = current.empty() ? std::string() : current.string() + "/";
    if (current.empty() || path.empty() || std::filesystem::path(path).is_relative()) {
        return path;
    }
    // Stored sources are absolute and lexically normal: most sit under the
    // current folder, and cutting its prefix is what lexically_relative
    // would do, without splitting both paths into components per row.
    if (prefix.size() > 1 && path.size() > prefix.size() &&
        path.compare(0, prefix.size(), prefix) == 0 &&
        path.find("/.", prefix.size() - 1) == std::string::npos) {
        return path.substr(prefix.size());
    }
    std::filesystem::path relative = std::filesystem::path(path).lexically_relative(current);
    if (relative.empty() || *relative.begin() == "..") {
        return path;
    }
    return relative.string();
}

} // namespace baocao
