// A user's query -> Xapian::Query, built from our tokenizer so that queries
// and the index see the same words (DESIGN.md §4). Xapian's QueryParser is
// not used: its tokenizer and term generator differ from ours (numbers such
// as "1.327.732.848", references such as "76/TB-UBND", folded twins).
//
// Syntax:
//   words            all must match (adjacent words in the text rank higher)
//   "a phrase"       the words in this order
//   a OR b, a AND b, NOT a, -a, ( … )
//   thang:2023-11, thang:11/2023..12/2023, thang:2023   report month(s)
//   so:76/TB-UBND    paragraphs citing this document
//   muc:3.1          section (and its subsections)
//   phan:results     part (results, plan, …)
// A word typed with diacritics matches its exact form (ranked higher) and
// its folded form; a word typed without them matches the folded form only.
#pragma once

#include "store/analyzer.h"

#include <string>

#include <xapian.h>

namespace baocao::query {

// Throws baocao::Error (exit code "usage") for a malformed query.
Xapian::Query parse_query(const std::string& text, const store::Analyzer& analyzer);

// Query for one word as typed (see above).
Xapian::Query word_query(const std::string& word, const store::Analyzer& analyzer);

} // namespace baocao::query
