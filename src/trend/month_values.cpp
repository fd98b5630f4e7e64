#include "trend/month_values.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace baocao::trend_detail {

namespace {

// Plan-part figures are next month's targets ("phấn đấu đạt 95%"), not results.
bool is_target(const FigureRow& row) {
    return row.part == "plan";
}

bool same_value(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace

int report_rank(ReportKind kind) {
    // A monthly report speaks for its month; a quarterly or annual one that
    // ends on the same month summarises more than that month.
    return kind == ReportKind::monthly ? 0 : kind == ReportKind::unknown ? 1 : 2;
}

MonthValues::MonthValues(const TrendData& data,
                         const std::function<bool(const std::string&)>& wanted) {
    std::unordered_map<std::string, const ReportRow*> by_sha;
    for (const auto& report : data.reports) {
        by_sha.emplace(report.report, &report);
        auto key = std::make_pair(report.issuer, report.period.index());
        auto found = m_reports.find(key);
        if (found == m_reports.end()) {
            m_reports.emplace(key, report);
        } else {
            const ReportRow& held = found->second;
            if (std::make_pair(report_rank(report.kind), report.source) <
                std::make_pair(report_rank(held.kind), held.source)) {
                found->second = report;
            }
        }
    }
    const bool reports_known = !data.reports.empty();

    struct Candidate {
        const FigureRow* row;
        int rank;
        std::size_t order;
    };
    std::map<std::pair<std::string, std::string>, std::map<int, std::vector<Candidate>>, KeyLess>
        grouped;
    for (std::size_t i = 0; i < data.figures.size(); ++i) {
        const FigureRow& row = data.figures[i];
        if (is_target(row) || !row.period.valid() || (wanted && !wanted(row.metric))) {
            continue;
        }
        if (!reports_known) {
            // No report rows: the figures themselves say which months were reported.
            auto key = std::make_pair(std::string_view(row.issuer), row.period.index());
            if (m_reports.find(key) == m_reports.end()) {
                m_reports.emplace(
                    std::make_pair(row.issuer, row.period.index()),
                    ReportRow{row.report, row.issuer, row.period, ReportKind::unknown, row.source});
            }
        }
        auto sha = reports_known ? by_sha.find(row.report) : by_sha.end();
        int rank = sha == by_sha.end() ? 1 : report_rank(sha->second->kind);
        auto group = grouped.find(
            std::make_pair(std::string_view(row.issuer), std::string_view(row.metric)));
        if (group == grouped.end()) {
            group = grouped
                        .emplace(std::make_pair(row.issuer, row.metric),
                                 std::map<int, std::vector<Candidate>>())
                        .first;
        }
        group->second[row.period.index()].push_back(Candidate{&row, rank, i});
    }

    for (auto& [key, months] : grouped) {
        auto& out = m_values[key];
        out.reserve(months.size());
        for (auto& [index, candidates] : months) {
            const ReportRow* shown = report(key.first, candidates.front().row->period);
            auto better = [&](const Candidate& a, const Candidate& b) {
                // The report chosen for the month first, then rank, then document order.
                bool a_shown = shown != nullptr && a.row->report == shown->report;
                bool b_shown = shown != nullptr && b.row->report == shown->report;
                if (a_shown != b_shown) {
                    return a_shown;
                }
                if (a.rank != b.rank) {
                    return a.rank < b.rank;
                }
                return a.order < b.order;
            };
            std::stable_sort(candidates.begin(), candidates.end(), better);
            MonthValue value;
            value.period = candidates.front().row->period;
            value.row = candidates.front().row;
            // Each other value once: the .txt and .pdf of one report repeat it.
            for (std::size_t i = 1; i < candidates.size(); ++i) {
                const FigureRow* row = candidates[i].row;
                bool known =
                    same_value(row->value, value.row->value) ||
                    std::any_of(value.others.begin(), value.others.end(), [&](const FigureRow* o) {
                        return same_value(o->value, row->value);
                    });
                if (!known) {
                    value.others.push_back(row);
                }
            }
            out.push_back(std::move(value));
        }
    }
}

const std::vector<MonthValue>& MonthValues::values(const std::string& issuer,
                                                   const std::string& metric) const {
    static const std::vector<MonthValue> none;
    auto found = m_values.find(std::make_pair(std::string_view(issuer), std::string_view(metric)));
    return found == m_values.end() ? none : found->second;
}

const MonthValue* MonthValues::find(const std::string& issuer, const std::string& metric,
                                    YearMonth period) const {
    const auto& list = values(issuer, metric);
    auto at = std::lower_bound(
        list.begin(), list.end(), period,
        [](const MonthValue& value, const YearMonth& wanted) { return value.period < wanted; });
    return at != list.end() && at->period == period ? &*at : nullptr;
}

std::vector<std::pair<std::string, std::string>> MonthValues::keys() const {
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(m_values.size());
    for (const auto& entry : m_values) {
        out.push_back(entry.first);
    }
    return out;
}

const ReportRow* MonthValues::report(const std::string& issuer, YearMonth period) const {
    auto found = m_reports.find(std::make_pair(std::string_view(issuer), period.index()));
    return found == m_reports.end() ? nullptr : &found->second;
}

} // namespace baocao::trend_detail
