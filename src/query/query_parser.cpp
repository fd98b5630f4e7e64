#include "query/query_parser.h"

#include "baocao/error.h"
#include "query/month_range.h"
#include "store/document_builder.h"
#include "store/schema.h"

#include <vector>

namespace baocao::query {

namespace {

// Exact-tone matches weigh this much more than folded ones.
constexpr double exact_weight = 2.0;

struct Lexeme {
    enum Kind { word, phrase, field, open, close, op_and, op_or, op_not } kind = word;
    std::string text; // word / phrase content / field value
    std::string name; // field name
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

Error query_error(const std::string& query, const std::string& what) {
    return Error("query '" + query + "': " + what, ExitCode::usage);
}

std::vector<Lexeme> lex(const std::string& text) {
    std::vector<Lexeme> out;
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (is_space(c)) {
            ++i;
        } else if (c == '(') {
            out.push_back({Lexeme::open, "(", ""});
            ++i;
        } else if (c == ')') {
            out.push_back({Lexeme::close, ")", ""});
            ++i;
        } else if (c == '"') {
            std::size_t end = text.find('"', i + 1);
            if (end == std::string::npos) {
                throw query_error(text, "a phrase has no closing '\"'; close it");
            }
            out.push_back({Lexeme::phrase, text.substr(i + 1, end - i - 1), ""});
            i = end + 1;
        } else if (c == '-' && i + 1 < text.size() && !is_space(text[i + 1]) &&
                   (i == 0 || is_space(text[i - 1]) || text[i - 1] == '(')) {
            out.push_back({Lexeme::op_not, "-", ""});
            ++i;
        } else {
            std::size_t end = i;
            while (end < text.size() && !is_space(text[end]) && text[end] != '(' &&
                   text[end] != ')' && text[end] != '"') {
                ++end;
            }
            std::string chunk = text.substr(i, end - i);
            i = end;
            std::size_t colon = chunk.find(':');
            bool ascii_name = colon != std::string::npos && colon > 0;
            for (std::size_t k = 0; ascii_name && k < colon; ++k) {
                ascii_name = (chunk[k] >= 'a' && chunk[k] <= 'z') || chunk[k] == '_';
            }
            if (chunk == "AND") {
                out.push_back({Lexeme::op_and, chunk, ""});
            } else if (chunk == "OR") {
                out.push_back({Lexeme::op_or, chunk, ""});
            } else if (chunk == "NOT") {
                out.push_back({Lexeme::op_not, chunk, ""});
            } else if (ascii_name) {
                std::string value = chunk.substr(colon + 1);
                if (value.empty() && i < text.size() && text[i] == '"') {
                    std::size_t close = text.find('"', i + 1);
                    if (close == std::string::npos) {
                        throw query_error(text, "a phrase has no closing '\"'; close it");
                    }
                    value = text.substr(i + 1, close - i - 1);
                    i = close + 1;
                }
                out.push_back({Lexeme::field, value, chunk.substr(0, colon)});
            } else {
                out.push_back({Lexeme::word, chunk, ""});
            }
        }
    }
    return out;
}

Xapian::Query boolean(const Xapian::Query& query) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 0.0);
}

// The words as a phrase, exact form ranked above folded form.
Xapian::Query phrase_query(const std::vector<store::WordKeys>& words) {
    std::vector<Xapian::Query> exact;
    std::vector<Xapian::Query> folded;
    bool marks = false;
    for (const auto& w : words) {
        // Words without marks exist only as folded terms (schema.h).
        exact.emplace_back(w.has_marks() ? schema::bounded(w.key)
                                         : schema::bounded(schema::folded_prefix + w.folded));
        folded.emplace_back(schema::bounded(schema::folded_prefix + w.folded));
        marks = marks || w.has_marks();
    }
    Xapian::Query folded_phrase(Xapian::Query::OP_PHRASE, folded.begin(), folded.end(),
                                static_cast<Xapian::termcount>(folded.size()));
    if (!marks) {
        return folded_phrase;
    }
    Xapian::Query exact_phrase(Xapian::Query::OP_PHRASE, exact.begin(), exact.end(),
                               static_cast<Xapian::termcount>(exact.size()));
    return Xapian::Query(Xapian::Query::OP_OR,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact_phrase, exact_weight),
                         folded_phrase);
}

Xapian::Query single(const store::WordKeys& w) {
    Xapian::Query folded(schema::bounded(schema::folded_prefix + w.folded));
    if (!w.has_marks()) {
        return folded;
    }
    return Xapian::Query(Xapian::Query::OP_OR,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                       Xapian::Query(schema::bounded(w.key)), exact_weight),
                         folded);
}

std::vector<store::WordKeys> words_of(const std::string& text, const store::Analyzer& analyzer) {
    std::vector<store::WordKeys> out;
    for (const Token& token : analyzer.tokenize(text)) {
        out.push_back(analyzer.keys(token.text));
    }
    return out;
}

// Recursive descent over the lexemes: or := and (OR and)*;
// and := unary ([AND] unary)*; unary := NOT primary | primary.
class Parser {
public:
    Parser(const std::string& text, const store::Analyzer& analyzer)
        : m_text(text), m_lexemes(lex(text)), m_analyzer(analyzer) {}

    Xapian::Query parse() {
        if (m_lexemes.empty()) {
            throw query_error(m_text,
                              "nothing to search for; give words, a \"phrase\" or a filter");
        }
        Xapian::Query query = parse_or();
        if (m_at < m_lexemes.size()) {
            throw query_error(m_text, "unexpected '" + m_lexemes[m_at].text +
                                          "'; check the parentheses and operators");
        }
        return query;
    }

private:
    bool at(Lexeme::Kind kind) const {
        return m_at < m_lexemes.size() && m_lexemes[m_at].kind == kind;
    }
    bool starts_operand() const {
        return at(Lexeme::word) || at(Lexeme::phrase) || at(Lexeme::field) || at(Lexeme::open) ||
               at(Lexeme::op_not);
    }

    Xapian::Query parse_or() {
        Xapian::Query query = parse_and();
        while (at(Lexeme::op_or)) {
            ++m_at;
            query = Xapian::Query(Xapian::Query::OP_OR, query, parse_and());
        }
        return query;
    }

    Xapian::Query parse_and() {
        std::vector<Xapian::Query> positive;
        std::vector<Xapian::Query> negative;
        do {
            if (at(Lexeme::op_and)) {
                ++m_at;
            }
            if (at(Lexeme::op_not)) {
                ++m_at;
                negative.push_back(parse_primary());
            } else {
                positive.push_back(parse_primary());
            }
        } while (at(Lexeme::op_and) || starts_operand());
        Xapian::Query query = positive.empty() ? Xapian::Query::MatchAll
                                               : Xapian::Query(Xapian::Query::OP_AND,
                                                               positive.begin(), positive.end());
        if (!negative.empty()) {
            query = Xapian::Query(
                Xapian::Query::OP_AND_NOT, query,
                Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
        }
        return query;
    }

    Xapian::Query parse_primary() {
        if (m_at >= m_lexemes.size()) {
            throw query_error(m_text, "ends after an operator; add what it applies to");
        }
        const Lexeme& lexeme = m_lexemes[m_at];
        switch (lexeme.kind) {
        case Lexeme::open: {
            ++m_at;
            Xapian::Query inner = parse_or();
            if (!at(Lexeme::close)) {
                throw query_error(m_text, "a '(' is not closed; add ')'");
            }
            ++m_at;
            return inner;
        }
        case Lexeme::phrase: {
            ++m_at;
            std::vector<store::WordKeys> words = words_of(lexeme.text, m_analyzer);
            if (words.empty()) {
                return Xapian::Query::MatchAll;
            }
            return words.size() == 1 ? single(words.front()) : phrase_query(words);
        }
        case Lexeme::field:
            ++m_at;
            return field(lexeme);
        case Lexeme::word:
            return words_run();
        default:
            throw query_error(m_text,
                              "unexpected '" + lexeme.text + "'; put words after AND, OR and NOT");
        }
    }

    // Consecutive plain words: all must match; adjacent in this order ranks
    // higher (users type the words of a phrase without quotes).
    Xapian::Query words_run() {
        std::vector<store::WordKeys> words;
        while (at(Lexeme::word)) {
            for (auto& w : words_of(m_lexemes[m_at].text, m_analyzer)) {
                words.push_back(std::move(w));
            }
            ++m_at;
        }
        if (words.empty()) {
            return Xapian::Query::MatchAll; // punctuation only
        }
        std::vector<Xapian::Query> each;
        for (const auto& w : words) {
            each.push_back(single(w));
        }
        Xapian::Query all(Xapian::Query::OP_AND, each.begin(), each.end());
        if (words.size() == 1) {
            return all;
        }
        // The adjacency bonus uses the folded phrase only: exact forms
        // already rank through each word, and every phrase costs position
        // reads on each candidate.
        std::vector<Xapian::Query> folded;
        for (const auto& w : words) {
            folded.emplace_back(schema::bounded(schema::folded_prefix + w.folded));
        }
        return Xapian::Query(Xapian::Query::OP_AND_MAYBE, all,
                             Xapian::Query(Xapian::Query::OP_PHRASE, folded.begin(), folded.end(),
                                           static_cast<Xapian::termcount>(folded.size())));
    }

    Xapian::Query field(const Lexeme& lexeme) {
        const std::string& value = lexeme.text;
        if (value.empty()) {
            throw query_error(m_text, lexeme.name + ": has no value; write e.g. thang:2023-11");
        }
        if (lexeme.name == "thang") {
            std::size_t dots = value.find("..");
            std::string begin = dots == std::string::npos ? value : value.substr(0, dots);
            std::string end = dots == std::string::npos ? value : value.substr(dots + 2);
            Xapian::Query months = MonthRangeProcessor()(begin, end);
            if (months.get_type() == Xapian::Query::OP_INVALID) {
                throw query_error(m_text, "thang:" + value +
                                              " is not a month or range; write thang:2023-11 or "
                                              "thang:11/2023..12/2023");
            }
            return months;
        }
        if (lexeme.name == "so") {
            std::vector<Token> tokens = m_analyzer.tokenize(value);
            if (tokens.size() != 1) {
                throw query_error(m_text, "so:" + value +
                                              " is not a document number; write it as cited, "
                                              "e.g. so:76/TB-UBND");
            }
            return boolean(Xapian::Query(schema::bounded(
                schema::reference_prefix + m_analyzer.keys(tokens.front().text).key)));
        }
        if (lexeme.name == "muc") {
            return boolean(Xapian::Query(schema::bounded(schema::section_prefix + value)));
        }
        if (lexeme.name == "phan") {
            return boolean(Xapian::Query(schema::bounded(schema::part_prefix + value)));
        }
        throw query_error(m_text, "unknown field '" + lexeme.name +
                                      ":'; use thang:, so:, muc: or phan: (or quote the text)");
    }

    std::string m_text;
    std::vector<Lexeme> m_lexemes;
    std::size_t m_at = 0;
    const store::Analyzer& m_analyzer;
};

} // namespace

Xapian::Query word_query(const std::string& word, const store::Analyzer& analyzer) {
    return single(analyzer.keys(word));
}

Xapian::Query parse_query(const std::string& text, const store::Analyzer& analyzer) {
    return Parser(text, analyzer).parse();
}

} // namespace baocao::query
