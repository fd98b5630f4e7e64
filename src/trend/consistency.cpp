// Consistency checks over the chosen month values (DESIGN.md §1, issue 5):
// running totals, balances, tenfold jumps, duplicate values, odd units. The
// relations between metrics are data (dictionaries/consistency.tsv).
#include "baocao/error.h"
#include "baocao/trend.h"
#include "trend/month_values.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace baocao {

using trend_detail::MonthValue;
using trend_detail::MonthValues;

const char* warning_kind_name(WarningKind kind) {
    switch (kind) {
    case WarningKind::cumulative_mismatch:
        return "cumulative_mismatch";
    case WarningKind::reset:
        return "reset";
    case WarningKind::balance:
        return "balance";
    case WarningKind::jump:
        return "jump";
    case WarningKind::duplicate:
        return "duplicate";
    case WarningKind::unit:
        return "unit";
    }
    return "unknown";
}

ConsistencyRules ConsistencyRules::load(const Dictionaries& dictionaries) {
    ConsistencyRules rules;
    if (!dictionaries.has("consistency")) {
        return rules;
    }
    const Table& table = dictionaries.table("consistency");
    const std::size_t check = table.column("check");
    const std::size_t metric = table.column("metric");
    const std::size_t of = table.column("of");
    const std::size_t minus = table.column("minus");
    for (const auto& row : table.rows) {
        if (row[check] == "cumulative") {
            // "-": a year-to-date figure whose monthly part the reports do not state.
            rules.cumulatives.push_back(
                Cumulative{row[metric], row[of] == "-" ? std::string() : row[of]});
        } else if (row[check] == "balance") {
            if (row[minus].empty() || row[minus] == "-") {
                throw Error(table.path + ": balance row for '" + row[metric] +
                            "' has no 'minus' metric; name the metric that is subtracted");
            }
            rules.balances.push_back(Balance{row[metric], row[of], row[minus]});
        } else {
            throw Error(table.path + ": unknown check '" + row[check] + "' for '" + row[metric] +
                        "'; use 'cumulative' or 'balance'");
        }
    }
    return rules;
}

std::vector<std::string> ConsistencyRules::related(const std::string& metric) const {
    std::set<std::string> out;
    for (const auto& rule : cumulatives) {
        if (rule.total == metric || (!rule.monthly.empty() && rule.monthly == metric)) {
            out.insert(rule.total);
            if (!rule.monthly.empty()) {
                out.insert(rule.monthly);
            }
        }
    }
    for (const auto& rule : balances) {
        if (rule.balance == metric || rule.plus == metric || rule.minus == metric) {
            out.insert({rule.balance, rule.plus, rule.minus});
        }
    }
    out.erase(metric);
    return {out.begin(), out.end()};
}

bool ConsistencyRules::is_cumulative(const std::string& metric) const {
    return std::any_of(cumulatives.begin(), cumulatives.end(),
                       [&](const Cumulative& rule) { return rule.total == metric; });
}

bool ConsistencyRules::restarts_in_january(const std::string& metric) const {
    // A balance of two running totals restarts with them.
    return is_cumulative(metric) ||
           std::any_of(balances.begin(), balances.end(), [&](const Balance& rule) {
               return rule.balance == metric && is_cumulative(rule.plus) &&
                      is_cumulative(rule.minus);
           });
}

namespace {

// Reports print whole numbers of đồng and one or two decimals of hectares:
// anything beyond rounding noise of the double arithmetic is a real difference.
bool differs(double a, double b) {
    return std::fabs(a - b) > 1e-6 + 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

// How far back a value may be to compare a new one with it for a jump.
constexpr int max_jump_months = 3;

std::string num(double value) {
    return format_number_vi(value, 6);
}

std::string at(const MonthValue& value) {
    return num(value.row->value) + " (" + value.period.str() + ")";
}

class Checker {
public:
    Checker(const MonthValues& values, const ConsistencyRules& rules,
            std::vector<TrendWarning>& out)
        : m_values(values), m_rules(rules), m_out(out) {}

    void cumulative(const std::string& issuer, const ConsistencyRules::Cumulative& rule) {
        const auto& totals = m_values.values(issuer, rule.total);
        std::vector<std::string> related;
        if (!rule.monthly.empty()) {
            related.push_back(rule.monthly);
        }
        for (std::size_t i = 0; i < totals.size(); ++i) {
            const MonthValue& total = totals[i];
            const MonthValue* monthly =
                rule.monthly.empty() ? nullptr : m_values.find(issuer, rule.monthly, total.period);
            const MonthValue* previous = m_values.find(issuer, rule.total, total.period.previous());
            if (total.period.month == 1) {
                // January starts a new running total: it must equal the month itself.
                if (monthly != nullptr && differs(total.row->value, monthly->row->value)) {
                    std::string why =
                        previous != nullptr && !differs(total.row->value,
                                                        previous->row->value + monthly->row->value)
                            ? "; it was not restarted in January (it adds December's " +
                                  at(*previous) + ")"
                            : "";
                    add(WarningKind::cumulative_mismatch, issuer, total, related,
                        "running total " + num(total.row->value) + " ≠ this month's " +
                            num(monthly->row->value) + " in January" + why);
                }
                continue;
            }
            // The latest earlier total of the same year, consecutive or not.
            const MonthValue* earlier = nullptr;
            if (i > 0 && totals[i - 1].period.year == total.period.year) {
                earlier = &totals[i - 1];
            }
            // A reset: the total starts again from this month's figure.
            if (earlier != nullptr && monthly != nullptr && earlier->row->value > 0 &&
                !differs(total.row->value, monthly->row->value) &&
                differs(total.row->value, earlier->row->value + monthly->row->value)) {
                add(WarningKind::reset, issuer, total, related,
                    "running total restarted at this month's " + num(total.row->value) + " after " +
                        at(*earlier) + "; it restarts only in January");
                continue;
            }
            if (previous != nullptr && monthly != nullptr) {
                double expected = previous->row->value + monthly->row->value;
                if (differs(total.row->value, expected)) {
                    add(WarningKind::cumulative_mismatch, issuer, total, related,
                        "running total " + num(total.row->value) + " ≠ previous " + at(*previous) +
                            " + this month's " + num(monthly->row->value) + " = " + num(expected) +
                            " (difference " + num(total.row->value - expected) + ")");
                }
                continue;
            }
            // Without this month's figure or last month's total, a running
            // total can still be seen to fall, which it never should.
            if (earlier != nullptr && earlier->row->value > total.row->value &&
                differs(earlier->row->value, total.row->value)) {
                add(WarningKind::cumulative_mismatch, issuer, total, related,
                    "running total fell from " + at(*earlier) + " to " + num(total.row->value) +
                        " inside the year");
            }
        }
    }

    void balance(const std::string& issuer, const ConsistencyRules::Balance& rule) {
        for (const auto& value : m_values.values(issuer, rule.balance)) {
            const MonthValue* plus = m_values.find(issuer, rule.plus, value.period);
            const MonthValue* minus = m_values.find(issuer, rule.minus, value.period);
            if (plus == nullptr || minus == nullptr) {
                continue; // the report does not state all three
            }
            double expected = plus->row->value - minus->row->value;
            if (differs(value.row->value, expected)) {
                add(WarningKind::balance, issuer, value, {rule.plus, rule.minus},
                    "balance " + num(value.row->value) + " ≠ " + num(plus->row->value) + " − " +
                        num(minus->row->value) + " = " + num(expected) + " (difference " +
                        num(value.row->value - expected) + ")");
            }
        }
    }

    void jumps(const std::string& issuer, const std::string& metric) {
        const auto& list = m_values.values(issuer, metric);
        const bool restarts = m_rules.restarts_in_january(metric);
        const double factor = m_rules.jump_factor;
        // Compared with the last value that was not itself a jump, so that a
        // tenfold typo is one warning, not a second one when the series
        // comes back to its level.
        const MonthValue* reference = nullptr;
        for (const auto& current : list) {
            if (reference == nullptr || reference->row->unit != current.row->unit ||
                (restarts && reference->period.year != current.period.year) ||
                current.period.index() - reference->period.index() > max_jump_months) {
                // No ratio across a unit change (its own warning), across
                // January for a running total (expected to drop), or over more
                // than a quarter: seasonal work (one vaccination campaign for
                // poultry, the next for cattle) is not comparable that far apart.
                reference = &current;
                continue;
            }
            double a = reference->row->value;
            double b = current.row->value;
            if (a <= 0 || b <= 0) {
                reference = &current;
                continue; // no ratio with zero or below
            }
            if (b > a * factor) {
                add(WarningKind::jump, issuer, current, {},
                    num(b) + " is " + format_number_vi(b / a, 1) + " times the previous " +
                        at(*reference));
            } else if (a > b * factor) {
                add(WarningKind::jump, issuer, current, {},
                    num(b) + " is 1/" + format_number_vi(a / b, 1) + " of the previous " +
                        at(*reference));
            } else {
                reference = &current;
            }
        }
    }

    void duplicates(const std::string& issuer, const std::string& metric) {
        for (const auto& value : m_values.values(issuer, metric)) {
            if (value.others.empty()) {
                continue;
            }
            std::string message = std::to_string(value.others.size() + 1) +
                                  " different values in one month: shown " + num(value.row->value) +
                                  where(*value.row) + "; also";
            for (const FigureRow* other : value.others) {
                message += " " + num(other->value) + where(*other);
            }
            add(WarningKind::duplicate, issuer, value, {}, message);
        }
    }

    void units(const std::string& metric, const std::vector<std::string>& issuers) {
        std::map<std::string, std::size_t> counts;
        for (const auto& issuer : issuers) {
            for (const auto& value : m_values.values(issuer, metric)) {
                ++counts[value.row->unit];
            }
        }
        if (counts.size() < 2) {
            return;
        }
        std::string common = counts.begin()->first;
        for (const auto& [unit, count] : counts) {
            if (count > counts[common]) {
                common = unit;
            }
        }
        for (const auto& issuer : issuers) {
            for (const auto& value : m_values.values(issuer, metric)) {
                if (value.row->unit != common) {
                    add(WarningKind::unit, issuer, value, {},
                        num(value.row->value) + " " + shown_unit(value.row->unit) +
                            " where the series is in " + shown_unit(common));
                }
            }
        }
    }

private:
    static std::string shown_unit(const std::string& unit) {
        return unit.empty() ? "(no unit)" : unit;
    }

    static std::string where(const FigureRow& row) {
        return " (" + row.source + (row.section.empty() ? "" : " §" + row.section) + ")";
    }

    void add(WarningKind kind, const std::string& issuer, const MonthValue& value,
             std::vector<std::string> related, std::string message) {
        TrendWarning warning;
        warning.kind = kind;
        warning.issuer = issuer;
        warning.period = value.period;
        warning.metric = value.row->metric;
        warning.related = std::move(related);
        warning.source = value.row->source;
        warning.message = std::move(message);
        m_out.push_back(std::move(warning));
    }

    const MonthValues& m_values;
    const ConsistencyRules& m_rules;
    std::vector<TrendWarning>& m_out;
};

} // namespace

std::vector<TrendWarning> check_consistency(const TrendData& data, const ConsistencyRules& rules,
                                            const std::string& metric) {
    std::set<std::string> involved;
    if (!metric.empty()) {
        involved.insert(metric);
        for (const auto& other : rules.related(metric)) {
            involved.insert(other);
        }
    }
    std::function<bool(const std::string&)> wanted;
    if (!metric.empty()) {
        wanted = [&](const std::string& m) { return involved.count(m) != 0; };
    }
    MonthValues values(data, wanted);

    std::map<std::string, std::vector<std::string>> issuers_of; // metric → issuers
    std::set<std::string> issuers;
    for (const auto& [issuer, m] : values.keys()) {
        issuers_of[m].push_back(issuer);
        issuers.insert(issuer);
    }

    std::vector<TrendWarning> out;
    Checker checker(values, rules, out);
    auto concerns = [&](std::initializer_list<const std::string*> members) {
        return metric.empty() || std::any_of(members.begin(), members.end(),
                                             [&](const std::string* m) { return *m == metric; });
    };
    for (const auto& issuer : issuers) {
        for (const auto& rule : rules.cumulatives) {
            if (concerns({&rule.total, &rule.monthly})) {
                checker.cumulative(issuer, rule);
            }
        }
        for (const auto& rule : rules.balances) {
            if (concerns({&rule.balance, &rule.plus, &rule.minus})) {
                checker.balance(issuer, rule);
            }
        }
    }
    // Jumps, duplicates and units concern the metric itself only.
    for (const auto& [m, list] : issuers_of) {
        if (!metric.empty() && m != metric) {
            continue;
        }
        for (const auto& issuer : list) {
            checker.jumps(issuer, m);
            checker.duplicates(issuer, m);
        }
        checker.units(m, list);
    }

    std::stable_sort(out.begin(), out.end(), [](const TrendWarning& a, const TrendWarning& b) {
        return std::tie(a.issuer, a.period, a.metric) < std::tie(b.issuer, b.period, b.metric);
    });
    return out;
}

} // namespace baocao
