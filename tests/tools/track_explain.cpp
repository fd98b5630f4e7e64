// Developer tool for issue 6: why did a directive get its status? For each
// directive whose text contains the given words (any diacritics), prints the
// best-scoring results paragraphs of the following months with the match's
// figures (score, recall, coverage, object share, the check that lowered it).
// Statistics are computed the way Tracker::track computes them (every
// paragraph and directive of the commune), so the figures are the tracker's.
//
//   build/tests/track_explain corpus/handwritten/dong-ngan-ha "dinh danh"
#include "baocao/pipeline.h"
#include "baocao/tracking.h"
#include "tracking/matcher.h"
#include "tracking/profile.h"
#include "tracking/status_reader.h"
#include "tracking/vocabulary.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

using namespace baocao;
using namespace baocao::tracking_detail;

namespace {

// The first 200 bytes of a paragraph, cut at a character boundary: a cut
// inside a UTF-8 sequence printed invalid text.
std::string head_of(const std::string& text) {
    std::size_t end = std::min<std::size_t>(200, text.size());
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    return text.substr(0, end);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: track_explain FOLDER WORDS [TOP]\n";
        return 2;
    }
    Context context = Context::load("");
    Vocabulary vocabulary = Vocabulary::load(context.dictionaries, context.normalizer);
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::directory_iterator(argv[1])) {
        paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<TrackedReport> reports;
    for (const auto& p : paths) {
        ProcessedFile file = process_file(p, context, Stage::extract);
        if (!file.failed) {
            reports.push_back(tracked_report(file.report, file.findings));
        }
    }
    std::size_t top = argc > 3 ? std::stoul(argv[3]) : 4;
    auto fold = [&](const std::string& s) {
        std::string out;
        for (const auto& t : context.normalizer.tokenize(s)) {
            out += " " + context.normalizer.search_key(t.text);
        }
        return out + " ";
    };
    std::string needle = fold(argv[2]);
    needle = needle.substr(0, needle.size() - 1).substr(0);
    std::map<YearMonth, std::vector<TextProfile>> results, tasks;
    std::vector<const TextProfile*> all;
    for (const auto& r : reports) {
        for (const auto& p : r.results) {
            results[r.period].push_back(build_profile(p.text, vocabulary, context.normalizer));
        }
        for (const auto& d : r.directives) {
            tasks[r.period].push_back(build_profile(d.text, vocabulary, context.normalizer));
        }
    }
    WordStats stats;
    for (auto* m : {&results, &tasks}) {
        for (auto& [period, list] : *m) {
            for (auto& p : list) {
                stats.add(terms_of(p, 0, p.clauses()));
            }
        }
    }
    std::set<std::string> ignored;
    for (const auto& t : context.normalizer.tokenize(reports.back().issuer)) {
        ignored.insert(context.normalizer.search_key(t.text));
    }
    for (const auto& r : reports) {
        for (std::size_t t = 0; t < r.directives.size(); ++t) {
            const Directive& d = r.directives[t];
            if (fold(d.text).find(needle) == std::string::npos) {
                continue;
            }
            const TextProfile& task = tasks[r.period][t];
            TaskTerms terms = task_terms(task, stats);
            std::cout << "== " << r.period.str() << " [" << d.section << "] " << d.text
                      << "\n   object:";
            for (const auto& [w, wt] : terms.object) {
                std::printf(" %s(%.2f)", w.c_str(), wt);
            }
            std::printf("  total=%.2f\n", terms.total);
            for (YearMonth m = r.plan_period, end = r.plan_period.next().next(); m != end;
                 m = m.next()) {
                auto rep = std::find_if(reports.begin(), reports.end(),
                                        [&](const TrackedReport& x) { return x.period == m; });
                if (rep == reports.end()) {
                    continue;
                }
                std::vector<std::pair<double, std::size_t>> order;
                std::vector<Match> matches;
                for (std::size_t i = 0; i < rep->results.size(); ++i) {
                    MatchOptions options;
                    options.ignored_name_words = ignored;
                    options.same_section =
                        !d.section.empty() && d.section == rep->results[i].section;
                    matches.push_back(match(task, terms, results[m][i], stats, options));
                    order.push_back({matches.back().score, i});
                }
                std::sort(order.rbegin(), order.rend());
                for (std::size_t k = 0; k < std::min(top, order.size()); ++k) {
                    const Match& x = matches[order[k].second];
                    const auto& p = rep->results[order[k].second];
                    std::printf("  %s [%s] score=%.3f rec=%.2f cov=%.2f obj=%.2f %s%s\n     %s\n",
                                m.str().c_str(), p.section.c_str(), x.score, x.recall, x.coverage,
                                x.object, x.conflict ? "CONFLICT " : "", x.why.c_str(),
                                head_of(p.text).c_str());
                    const TextProfile& para = results[m][order[k].second];
                    std::vector<std::size_t> clauses;
                    for (std::size_t c = 0; c < para.clauses(); ++c) {
                        for (std::size_t tc : x.task_clauses) {
                            if (para.clause_sentence[c] == para.clause_sentence[tc]) {
                                clauses.push_back(c);
                                break;
                            }
                        }
                    }
                    StatusReading reading =
                        read_status(task, para, clauses, x.clause_share, vocabulary);
                    std::printf("     completion=%.2f progress=%.2f clauses=%zu cues:",
                                reading.completion, reading.progress, clauses.size());
                    for (const auto& c : reading.cues) {
                        std::printf(" %s |", c.c_str());
                    }
                    std::printf("\n");
                }
            }
        }
    }
    return 0;
}
