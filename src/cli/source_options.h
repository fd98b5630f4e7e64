// Where trend, metrics and directives read reports from: an index (--db,
// repeatable) or report files read directly (--from-files), never both.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace baocao::cli {

void add_source_options(CLI::App& command, std::vector<std::string>& databases,
                        std::vector<std::string>& files);

} // namespace baocao::cli
