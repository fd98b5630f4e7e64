// References to legal and administrative documents: "Thông báo số 76/TB-UBND
// ngày 03/11/2023", "Nghị định 131/2021/NĐ-CP", "Chỉ thị số 33-CT/HU", and
// bare numbers whose code names the kind ("theo 22/KH-UBND"). Kinds come from
// dictionaries/reference_kinds.tsv.
#pragma once

#include "extract/dates.h"
#include "extract/text_scan.h"

#include "baocao/document.h"

namespace baocao::extract_detail {

struct FoundReference {
    Reference reference;
    Span span; // bytes of the whole citation, date included
};

class ReferenceFinder {
public:
    ReferenceFinder(const Dictionaries& dictionaries, const Normalizer& normalizer,
                    const DateFinder& dates);

    std::vector<FoundReference> find(std::string_view text, const std::vector<Piece>& pieces) const;

private:
    // Length in bytes of the document number starting at `begin`, 0 if none.
    static std::size_t number_length(std::string_view text, std::size_t begin);
    std::string kind_of_code(std::string_view number) const;

    const DateFinder& m_dates;
    PhraseSet m_kinds;
    std::vector<std::string> m_kind_names;
    std::vector<std::pair<std::string, std::string>> m_codes; // code → kind
    std::string m_number_word;                                // key of "số"
};

} // namespace baocao::extract_detail
