// The catalogue of metrics behind `baocao metrics` and the "did you mean"
// list: per metric, its unit, how many months and communes state it.
#include "baocao/trend.h"
#include "trend/month_values.h"

#include <algorithm>
#include <map>
#include <set>

namespace baocao {

std::vector<MetricSummary> summarize_metrics(const TrendData& data,
                                             const MetricVocabulary& vocabulary) {
    trend_detail::MonthValues values(data, {});
    struct Tally {
        std::set<int> months;
        std::set<std::string> issuers;
        std::size_t values = 0;
        std::map<std::string, std::size_t> units;
        std::map<std::string, std::size_t> labels;
        YearMonth first;
        YearMonth last;
    };
    std::map<std::string, Tally> tallies;
    for (const auto& [issuer, metric] : values.keys()) {
        Tally& tally = tallies[metric];
        for (const auto& value : values.values(issuer, metric)) {
            tally.months.insert(value.period.index());
            tally.issuers.insert(issuer);
            ++tally.values;
            ++tally.units[value.row->unit];
            ++tally.labels[value.row->label];
            if (!tally.first.valid() || value.period < tally.first) {
                tally.first = value.period;
            }
            if (!tally.last.valid() || tally.last < value.period) {
                tally.last = value.period;
            }
        }
    }

    std::vector<MetricSummary> out;
    out.reserve(tallies.size());
    for (auto& [metric, tally] : tallies) {
        MetricSummary summary;
        summary.metric = metric;
        summary.months = tally.months.size();
        summary.communes = tally.issuers.size();
        summary.values = tally.values;
        summary.first = tally.first;
        summary.last = tally.last;
        std::size_t best = 0;
        for (const auto& [unit, count] : tally.units) {
            if (count > best) {
                best = count;
                summary.unit = unit;
            }
        }
        std::vector<std::pair<std::string, std::size_t>> labels(tally.labels.begin(),
                                                                tally.labels.end());
        std::stable_sort(labels.begin(), labels.end(), [](const auto& a, const auto& b) {
            if (a.second != b.second) {
                return a.second > b.second;
            }
            return a.first.size() < b.first.size();
        });
        for (auto& label : labels) {
            summary.labels.push_back(std::move(label.first));
        }
        summary.name = vocabulary.display_name(metric, summary.labels);
        out.push_back(std::move(summary));
    }
    return out;
}

} // namespace baocao
