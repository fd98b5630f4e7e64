// The status a results paragraph gives a task, read only in the clauses about
// that task: completion language ("đã hoàn thành", "xong", a result with
// figures) against progress language ("đang", "chưa hoàn thành", "còn chậm"),
// a share of a plan under 100%, a partial count "2.150/3.420", or a target of
// the directive missed. Cues: dictionaries/tracking_status.tsv.
#pragma once

#include "tracking/profile.h"

#include <string>
#include <vector>

namespace baocao::tracking_detail {

struct StatusReading {
    bool done = true;
    double completion = 0;
    double progress = 0;
    // The part of progress read from words ("dự kiến", "đang", "chưa"), not
    // from figures: a share of a year's plan says how far a standing duty
    // has come, not that one action of the task is left to do.
    double word_progress = 0;
    // Read from words that say the task was not started at all ("chưa
    // triển khai", "chưa thực hiện"; tracking_status kind not_started).
    double not_started = 0;
    std::vector<std::string> cues; // what was read, as written ("đang", "62,9% kế hoạch")
};

// `clauses`: the clauses to read; `relevance`: per clause of the paragraph,
// how much it is about the task (1 for the best clause). A cue counts in
// proportion, so a progress word in a clause that barely touches the task
// does not outweigh the completion of the clause that reports it.
StatusReading read_status(const TextProfile& task, const TextProfile& paragraph,
                          const std::vector<std::size_t>& clauses,
                          const std::vector<double>& relevance, const Vocabulary& vocabulary);

} // namespace baocao::tracking_detail
