#include "segment/header.h"

#include "util/utf8.h"

#include <algorithm>
#include <map>
#include <optional>

namespace baocao {

namespace {

// A title line is short; a longer block after "BÁO CÁO" is the introduction.
constexpr std::size_t k_max_title_line = 200;

std::vector<std::string> split_words(const std::string& folded) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while (pos < folded.size()) {
        std::size_t space = folded.find(' ', pos);
        if (space == std::string::npos) {
            space = folded.size();
        }
        if (space > pos) {
            words.push_back(folded.substr(pos, space - pos));
        }
        pos = space + 1;
    }
    return words;
}

std::optional<int> to_int(const std::string& text) {
    if (text.empty() || text.size() > 4) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

struct Body {
    std::vector<std::string> phrase; // folded words
    std::string display;
};

struct Unit {
    std::vector<std::string> phrase;
    std::string display;
    int level = 1;
};

struct IssuerVocabulary {
    std::vector<Body> bodies;
    std::vector<Unit> units;
};

IssuerVocabulary load_issuers(const Dictionaries& dictionaries, const Normalizer& normalizer) {
    IssuerVocabulary vocabulary;
    const Table& table = dictionaries.table("issuers");
    std::size_t kind = table.column("kind");
    std::size_t phrase = table.column("phrase");
    std::size_t display = table.column("display");
    std::size_t level = table.column("level");
    for (const auto& row : table.rows) {
        // Exact keys, not folded ones: folded, "phương hướng" would read as
        // "phường Hướng".
        std::vector<std::string> words;
        for (const Token& token : normalizer.tokenize(row[phrase])) {
            words.push_back(normalizer.search_key(token.text));
        }
        if (row[kind] == "body") {
            vocabulary.bodies.push_back({words, row[display]});
        } else if (row[kind] == "unit") {
            vocabulary.units.push_back({words, row[display], to_int(row[level]).value_or(1)});
        } else {
            throw Error(table.path + ": unknown kind '" + row[kind] + "'; use body or unit");
        }
    }
    // Longer phrases first so "thị xã" wins over "xã".
    std::stable_sort(
        vocabulary.units.begin(), vocabulary.units.end(),
        [](const Unit& a, const Unit& b) { return a.phrase.size() > b.phrase.size(); });
    return vocabulary;
}

bool matches_at(const std::vector<std::string>& words, std::size_t at,
                const std::vector<std::string>& phrase) {
    if (at + phrase.size() > words.size()) {
        return false;
    }
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        if (words[at + i] != phrase[i]) {
            return false;
        }
    }
    return true;
}

struct IssuerMatch {
    std::string body;
    const Unit* unit = nullptr;
    std::string name;
};

// Finds "<body>? <unit> <Name>" in one text. With `need_body`, the organ must
// be named (headers); otherwise a capitalised place name after a unit is
// enough (body text, "thị trấn Lai Cách").
std::vector<IssuerMatch> find_issuers(const std::string& text, const IssuerVocabulary& vocabulary,
                                      const Normalizer& normalizer, bool need_body) {
    std::vector<IssuerMatch> matches;
    std::vector<Token> tokens = normalizer.tokenize(text);
    std::vector<std::string> words;
    for (const auto& token : tokens) {
        words.push_back(normalizer.search_key(token.text));
    }
    bool all_caps = true;
    for (const auto& token : tokens) {
        if (!token.numeric && normalizer.search_key(token.text) == token.text) {
            all_caps = false;
            break;
        }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string body;
        std::size_t at = i;
        for (const auto& candidate : vocabulary.bodies) {
            if (matches_at(words, i, candidate.phrase)) {
                body = candidate.display;
                at = i + candidate.phrase.size();
                break;
            }
        }
        if (need_body && body.empty()) {
            continue;
        }
        for (const auto& unit : vocabulary.units) {
            if (!matches_at(words, at, unit.phrase)) {
                continue;
            }
            std::size_t start = at + unit.phrase.size();
            // "… của UBND xã, UBND xã Phước Hòa …": an organ is no place name.
            bool organ_next = std::any_of(
                vocabulary.bodies.begin(), vocabulary.bodies.end(),
                [&](const auto& candidate) { return matches_at(words, start, candidate.phrase); });
            if (organ_next) {
                break;
            }
            std::string name;
            for (std::size_t k = start; k < tokens.size() && k < start + 4; ++k) {
                const Token& token = tokens[k];
                if (token.numeric) {
                    break;
                }
                // Inside the text a name is capitalised; a header is all caps.
                if (!all_caps && !starts_upper_letter(normalizer, token.text)) {
                    break;
                }
                // Names are one phrase: stop at punctuation between words.
                if (k > start) {
                    std::string_view gap(text.data() + tokens[k - 1].end,
                                         token.begin - tokens[k - 1].end);
                    if (gap != " ") {
                        break;
                    }
                }
                if (!name.empty()) {
                    name += ' ';
                }
                name += token.text;
            }
            if (!name.empty()) {
                if (all_caps) {
                    name = normalizer.title_case(normalizer.search_key(name));
                }
                matches.push_back({body, &unit, name});
            }
            break;
        }
    }
    return matches;
}

std::string issuer_text(const IssuerMatch& match) {
    std::string body = match.body.empty() ? "UBND" : match.body;
    return body + " " + match.unit->display + " " + match.name;
}

} // namespace

bool starts_upper_letter(const Normalizer& normalizer, const std::string& word) {
    std::string key = normalizer.search_key(word);
    // The first letter changes when lower-cased: it was a capital.
    std::size_t a = 0;
    std::size_t b = 0;
    return !word.empty() && utf8::next(word, a) != utf8::next(key, b);
}

std::string folded_words(const Normalizer& normalizer, std::string_view text) {
    std::string out;
    for (const Token& token : normalizer.tokenize(text)) {
        if (!out.empty()) {
            out += ' ';
        }
        out += normalizer.fold(token.text);
    }
    return out;
}

bool contains_phrase(const std::string& folded, const std::string& phrase) {
    if (phrase.empty()) {
        return false;
    }
    std::string haystack = " " + folded + " ";
    return haystack.find(" " + phrase + " ") != std::string::npos;
}

void read_header(const std::vector<std::string>& preamble, const std::vector<std::string>& body,
                 const Dictionaries& dictionaries, const Normalizer& normalizer, Report& report) {
    IssuerVocabulary vocabulary = load_issuers(dictionaries, normalizer);
    // Issuer: the most local unit named with its organ in the header.
    const IssuerMatch* best = nullptr;
    std::vector<IssuerMatch> header_matches;
    for (std::size_t i = 0; i < preamble.size(); ++i) {
        for (auto& match : find_issuers(preamble[i], vocabulary, normalizer, true)) {
            header_matches.push_back(std::move(match));
        }
        // A stacked header puts the organ and the unit on two lines
        // ("ỦY BAN NHÂN DÂN" / "XÃ TÂN HÒA"); a two-column one read as text
        // may put the national motto's line between them.
        for (std::size_t gap = 1; gap <= 2 && i + gap < preamble.size(); ++gap) {
            for (auto& match : find_issuers(preamble[i] + " " + preamble[i + gap], vocabulary,
                                            normalizer, true)) {
                header_matches.push_back(std::move(match));
            }
        }
    }
    for (const auto& match : header_matches) {
        if (best == nullptr || match.unit->level < best->unit->level) {
            best = &match;
        }
    }
    if (best != nullptr) {
        report.issuer = issuer_text(*best);
    } else {
        // No header (text copied from the body of a PDF): the commune-level
        // place the text names most often.
        std::map<std::string, int> counts;
        std::map<std::string, IssuerMatch> first;
        for (const auto& text : body) {
            for (auto& match : find_issuers(text, vocabulary, normalizer, false)) {
                if (match.unit->level != 1) {
                    continue;
                }
                std::string key = match.unit->display + " " + match.name;
                if (++counts[key] == 1) {
                    first.emplace(key, match);
                }
            }
        }
        std::string winner;
        int most = 0;
        for (const auto& [key, count] : counts) {
            if (count > most) {
                most = count;
                winner = key;
            }
        }
        if (!winner.empty()) {
            IssuerMatch match = first.at(winner);
            match.body = "UBND";
            report.issuer = issuer_text(match);
            report.diagnostics.push_back({Severity::info, report.source, 0,
                                          "no issuer in the header; inferred '" + report.issuer +
                                              "' from the text (named " + std::to_string(most) +
                                              " times)"});
        } else {
            report.diagnostics.push_back(
                {Severity::warning, report.source, 0,
                 "no issuing body found (expected a header line such as 'UBND XÃ …'); the "
                 "report is kept without an issuer"});
        }
    }

    bool title_next = false;
    for (const auto& text : preamble) {
        std::string folded = folded_words(normalizer, text);
        std::vector<std::string> words = split_words(folded);
        if (report.report_number.empty() && !words.empty() && words[0] == "so") {
            // "Số: 52/BC-UBND": the first token with a '/'.
            for (const Token& token : normalizer.tokenize(text)) {
                if (token.text.find('/') != std::string::npos) {
                    report.report_number = token.text;
                    break;
                }
            }
            if (report.report_number.empty()) {
                // "Số: /BC-UBND" (number left blank): keep what follows.
                std::size_t slash = text.find('/');
                if (slash != std::string::npos) {
                    report.report_number = std::string(utf8::trim(text.substr(slash)));
                }
            }
        }
        // "…, ngày 25 tháng 11 năm 2023"
        if (!report.issued) {
            for (std::size_t i = 0; i + 5 < words.size(); ++i) {
                if (words[i] == "ngay" && words[i + 2] == "thang" && words[i + 4] == "nam") {
                    auto day = to_int(words[i + 1]);
                    auto month = to_int(words[i + 3]);
                    auto year = to_int(words[i + 5]);
                    if (day && month && year && *day >= 1 && *day <= 31 && *month >= 1 &&
                        *month <= 12 && *year >= 1945) {
                        report.issued = Date{*year, *month, *day};
                        report.date_line = std::string(utf8::trim(text));
                        break;
                    }
                }
            }
        }
        if (title_next && !report.title.empty() &&
            (utf8::ends_with(utf8::trim(text), ":") || utf8::length(text) > k_max_title_line)) {
            // "Thực hiện chương trình công tác …, UBND phường báo cáo … như
            // sau:": the introduction after the title, not more of it.
            title_next = false;
        }
        if (title_next) {
            if (!report.title.empty()) {
                report.title += ' ';
            }
            report.title += std::string(utf8::trim(text));
            continue;
        }
        if (folded == "bao cao") {
            title_next = true;
        }
    }
    if (report.title.empty()) {
        // No "BÁO CÁO" line: the first preamble block that names a month.
        for (const auto& text : preamble) {
            if (text != report.date_line &&
                contains_phrase(folded_words(normalizer, text), "thang")) {
                report.title = std::string(utf8::trim(text));
                break;
            }
        }
    }
}

namespace {

struct MonthMention {
    int month = 0;
    int year = 0; // 0 when not attached
};

// "tháng 11", "tháng 3/2024", "tháng 12 năm 2023"; a number before "tháng"
// ("6 tháng đầu năm") is a duration, not a month.
std::vector<MonthMention> month_mentions(const std::vector<std::string>& words) {
    std::vector<MonthMention> out;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] != "thang") {
            continue;
        }
        if (i > 0 && to_int(words[i - 1])) {
            continue;
        }
        const std::string& next = words[i + 1];
        MonthMention mention;
        std::size_t slash = next.find('/');
        auto month = to_int(next.substr(0, slash));
        if (!month || *month < 1 || *month > 12) {
            continue;
        }
        mention.month = *month;
        if (slash != std::string::npos) {
            if (auto year = to_int(next.substr(slash + 1)); year && *year >= 1945) {
                mention.year = *year;
            }
        } else if (i + 3 < words.size() && words[i + 2] == "nam") {
            if (auto year = to_int(words[i + 3]); year && *year >= 1945) {
                mention.year = *year;
            }
        }
        out.push_back(mention);
    }
    return out;
}

int last_year(const std::vector<std::string>& words) {
    int year = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word = words[i];
        std::size_t slash = word.rfind('/');
        if (slash != std::string::npos) {
            word = word.substr(slash + 1);
        }
        if (auto value = to_int(word); value && *value >= 1945 && *value <= 2100) {
            year = *value;
        }
    }
    return year;
}

int quarter_month(const std::vector<std::string>& words) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] == "quy") {
            const std::string& q = words[i + 1];
            if (q == "i" || q == "1") {
                return 3;
            }
            if (q == "ii" || q == "2") {
                return 6;
            }
            if (q == "iii" || q == "3") {
                return 9;
            }
            if (q == "iv" || q == "4") {
                return 12;
            }
        }
    }
    return 0;
}

struct KindRule {
    ReportKind kind;
    std::string phrase;
    int month;
};

ReportKind kind_from_name(const std::string& name, const std::string& path) {
    for (ReportKind kind : {ReportKind::monthly, ReportKind::quarterly, ReportKind::six_month,
                            ReportKind::nine_month, ReportKind::annual}) {
        if (name == report_kind_name(kind)) {
            return kind;
        }
    }
    throw Error(path + ": unknown report kind '" + name +
                "'; use monthly, quarterly, six_month, nine_month or annual");
}

// Reads period and kind from one text (a title, or the part headings).
bool period_from(const std::string& text, const std::vector<KindRule>& rules,
                 const Normalizer& normalizer, Report& report) {
    std::vector<std::string> words = split_words(folded_words(normalizer, text));
    std::string folded = folded_words(normalizer, text);
    std::vector<MonthMention> months = month_mentions(words);
    int year = last_year(words);

    ReportKind kind = ReportKind::unknown;
    int kind_month = 0;
    for (const auto& rule : rules) {
        if (rule.kind == ReportKind::annual && !months.empty()) {
            continue; // "năm 2023" in a monthly title
        }
        if (contains_phrase(folded, rule.phrase)) {
            kind = rule.kind;
            kind_month = rule.month;
            if (kind == ReportKind::quarterly) {
                kind_month = quarter_month(words);
                if (kind_month == 0) {
                    continue;
                }
            }
            break;
        }
    }
    if (kind != ReportKind::unknown && kind != ReportKind::monthly) {
        if (year == 0) {
            return false;
        }
        report.kind = kind;
        report.period = YearMonth{year, kind_month};
        report.plan_period = YearMonth{};
        return true;
    }
    if (months.empty()) {
        return false;
    }
    report.kind = ReportKind::monthly;
    MonthMention first = months[0];
    if (first.year == 0) {
        if (months.size() > 1 && months[1].year != 0) {
            // "tháng 12; … tháng 01 năm 2024": the year belongs to the plan month.
            first.year = months[1].month < first.month ? months[1].year - 1 : months[1].year;
        } else {
            first.year = year;
        }
    }
    if (first.year == 0) {
        return false;
    }
    report.period = YearMonth{first.year, first.month};
    if (months.size() > 1) {
        int plan_year = months[1].year != 0             ? months[1].year
                        : months[1].month < first.month ? first.year + 1
                                                        : first.year;
        report.plan_period = YearMonth{plan_year, months[1].month};
    }
    return true;
}

} // namespace

void read_period(const std::vector<std::string>& part_headings, bool has_plan,
                 const Dictionaries& dictionaries, const Normalizer& normalizer, Report& report) {
    std::vector<KindRule> rules;
    const Table& table = dictionaries.table("report_kinds");
    std::size_t kind = table.column("kind");
    std::size_t phrase = table.column("phrase");
    std::size_t month = table.column("month");
    for (const auto& row : table.rows) {
        rules.push_back({kind_from_name(row[kind], table.path),
                         folded_words(normalizer, row[phrase]), to_int(row[month]).value_or(0)});
    }

    std::string headings;
    for (const auto& heading : part_headings) {
        headings += heading + " ; ";
    }
    bool found = !report.title.empty() && period_from(report.title, rules, normalizer, report);
    if (!found && period_from(headings, rules, normalizer, report)) {
        found = true;
        report.diagnostics.push_back({Severity::info, report.source, 0,
                                      "period read from the part headings, not the title"});
    }
    if (found && report.kind == ReportKind::monthly && !report.plan_period.valid()) {
        // The title named one month; the plan heading may name the next.
        Report probe;
        if (period_from(headings, rules, normalizer, probe) && probe.plan_period.valid()) {
            report.plan_period = probe.plan_period;
        }
    }
    if (!found && report.issued) {
        // Reports are signed near the end of the month they cover.
        report.period = YearMonth{report.issued->year, report.issued->month};
        report.kind = ReportKind::unknown;
        found = true;
        report.diagnostics.push_back({Severity::warning, report.source, 0,
                                      "no month in the title; period " + report.period.str() +
                                          " taken from the date line '" + report.date_line +
                                          "'; check it and fix the title if it is wrong"});
    }
    if (!found) {
        report.diagnostics.push_back(
            {Severity::warning, report.source, 0,
             "no period found (the title names no month, quarter or year, and there is no "
             "date line); the report is kept without a period: check that it is a monthly "
             "report"});
        return;
    }
    if (has_plan && !report.plan_period.valid()) {
        report.plan_period = report.period.next();
    }
    if (!has_plan) {
        report.plan_period = YearMonth{};
    }
}

} // namespace baocao
