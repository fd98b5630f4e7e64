// How the status words of an evidence read to a person. The reader marks a
// cue it read but did not count by writing it in parentheses ("(Kết quả)"
// after "chưa triển khai"); shown raw, "Kết quả, (Kết quả)" looks like a
// stutter, so the counted and the uncounted words are listed apart.
#include "baocao/tracking.h"

#include <algorithm>

namespace baocao {

std::string describe_status_words(const std::vector<std::string>& cues) {
    std::vector<std::string> counted;
    std::vector<std::string> not_counted;
    for (const auto& cue : cues) {
        bool bracketed = cue.size() > 2 && cue.front() == '(' && cue.back() == ')';
        std::vector<std::string>& list = bracketed ? not_counted : counted;
        std::string word = bracketed ? cue.substr(1, cue.size() - 2) : cue;
        if (std::find(list.begin(), list.end(), word) == list.end()) {
            list.push_back(std::move(word));
        }
    }
    // A cue read and then taken back counted nothing: it is listed once,
    // as not counted.
    counted.erase(std::remove_if(counted.begin(), counted.end(),
                                 [&](const std::string& word) {
                                     return std::find(not_counted.begin(), not_counted.end(),
                                                      word) != not_counted.end();
                                 }),
                  counted.end());
    auto join = [](const std::vector<std::string>& words) {
        std::string out;
        for (const auto& w : words) {
            out += (out.empty() ? "" : ", ") + w;
        }
        return out;
    };
    std::string out = join(counted);
    if (!not_counted.empty()) {
        out += (out.empty() ? "" : "; ") + std::string("not counted: ") + join(not_counted);
    }
    return out;
}

} // namespace baocao
