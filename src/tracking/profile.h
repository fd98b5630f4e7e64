// A text as tracking reads it: syllables with search keys (abbreviations
// expanded), clauses, proper names after a name head ("thôn Lẻ Doi"),
// numbered things ("đợt 2", "năm 2024"), document numbers, percentages and
// partial counts. Built once per paragraph, compared many times.
#pragma once

#include "tracking/vocabulary.h"

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace baocao::tracking_detail {

struct Syllable {
    std::string key;     // search key; a number keeps its text
    std::string written; // as in the text (the abbreviation, for expanded words)
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t clause = 0;
    bool numeric = false;
    bool capital = false; // capitalised inside a sentence: part of a name
    double weight = 1;    // tracking_words multiplier (generic and function words weigh less)
    // One of the words an abbreviation stands for ("PCCC" → phòng cháy chữa
    // cháy): together they count as one word of the task's object.
    bool expanded = false;
    std::size_t expansion = 1; // syllables the abbreviation stands for
    // In the medium a message goes out on ("trên hệ thống loa truyền
    // thanh"): how, not what, so never part of the task's object.
    bool channel = false;
    // Inside quotation marks: a slogan or a title ("xanh nhà hơn già
    // đồng"), which says how or what for and which a report seldom repeats.
    bool quoted = false;
    // A unit of measure ("ha", "km", "tấn"): a figure in it is an amount,
    // and another amount (the area sprayed, the area flooded) is no sign of
    // another task the way "01 lớp" for "02 lớp" is.
    bool measure = false;
    // A figure the task aims at ("phấn đấu tăng thêm 30 người"): a report
    // of 34 people meets it, it does not name another task.
    bool target = false;
    // A count of what is left ("còn 3 em", tracking_status kind remainder):
    // the paragraph reports part of a task, so a smaller count of its
    // things is that part, not another task.
    bool remainder = false;
    // A count of what was added this month ("thêm 14 nhà trọ", kind
    // increment): this count itself is a part of the task, not another one.
    bool added = false;
    // A firm progress word ("đang", "chưa", "dự kiến"; tracking_status kind
    // progress, strength 1 or more): the paragraph says work goes on.
    bool progress = false;
    // Opens a verb that organises an event ("tổ chức", tracking_words kind
    // organise), one that takes part in it ("tham gia", kind take_part), or
    // the event's head ("giải", "hội thi"; kind event_head).
    bool organise = false;
    bool take_part = false;
    bool event = false;
};

struct Name {
    std::string head; // "thôn", "khu dân cư", … (search keys joined by spaces)
    std::vector<std::string> head_keys; // the same, one key each
    std::vector<std::string> words;     // search keys of the name
    std::size_t clause = 0;
    // Inside parentheses ("(đoạn từ chợ A đến trường B)"): a detail of the
    // task, which a report need not repeat.
    bool aside = false;
    std::size_t syllable = 0; // where its head starts
    // Right after a location word ("tại chợ Nà Đon", "ở Trường Tiểu học …";
    // tracking_words kind location): where the work is done.
    bool located = false;
};

struct Ordinal {
    std::string head;  // "đợt", "năm", …
    std::string value; // "2", "2024", "ii"
    std::size_t clause = 0;
};

// An event, programme or season named after its head ("Tháng Thanh niên",
// "vụ Mùa", "Quỹ Vì người nghèo", "Đề án 06"): the head and the first
// capitalised word or number after it. The same event in a report stands
// for object words the report does not repeat.
struct EventName {
    std::vector<std::string> keys;
    std::size_t clause = 0;
};

// A group of people named in a clause ("người cao tuổi": elderly).
struct Group {
    std::string label;
    std::size_t clause = 0;
    std::string slot; // people, disease, level: labels compare within a slot
};

struct Percent {
    double value = 0;
    std::size_t syllable = 0; // index of the number
};

struct TextProfile {
    std::string text;
    std::vector<Syllable> syllables;
    std::vector<std::size_t> clause_begin; // byte offset of each clause in text
    std::vector<std::size_t> clause_end;
    std::vector<std::size_t>
        clause_sentence; // sentence of each clause (';' splits clauses, '.' sentences)
    // Per clause: opened by a clause_opener word ("…, phấn đấu đạt 85%"), not
    // by punctuation; it goes on naming the task's object rather than
    // starting a new one.
    std::vector<char> clause_opened_by_word;
    std::vector<Name> names;
    // Every place or person named after its head, even by an abbreviation
    // ("Trường THCS …"): the head and its clause, words left empty.
    std::vector<Name> named_heads;
    std::vector<Ordinal> ordinals;
    std::vector<EventName> events;
    std::vector<Group> groups;
    std::vector<std::string> references; // "76/tb-ubnd"
    // terms_of(c, c + 1) for each clause, computed once: a paragraph is
    // compared with every directive of the month.
    std::vector<std::set<std::string>> clause_terms;
    std::size_t clauses() const { return clause_begin.size(); }
    std::vector<std::string> keys() const; // syllable keys in order
};

// `ignore` holds name words that say nothing (the commune's own name).
TextProfile build_profile(const std::string& text, const Vocabulary& vocabulary,
                          const Normalizer& normalizer);

// Unigram ("w:" key) and bigram ("b:" key key) terms of clauses [first, last).
std::set<std::string> terms_of(const TextProfile& profile, std::size_t first, std::size_t last);

// Is syllable i a number written before "%" ("62,9%", "100 %")?
bool followed_by_percent(const TextProfile& profile, std::size_t i);

// Vietnamese number ("1.327", "62,9") as a double; false when not one.
bool parse_vn_number(const std::string& text, double& value);

} // namespace baocao::tracking_detail
