#include "normalize/icu_text.h"

#include "baocao/error.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>

namespace baocao::icu_text {

namespace {

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) {
        throw Error(std::string("ICU failed in ") + what + ": " + u_errorName(status) +
                    "; check the libicu72 installation");
    }
}

icu::UnicodeString from_utf8(std::string_view text) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

const icu::Normalizer2& instance(bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = compose ? icu::Normalizer2::getNFCInstance(status)
                                                 : icu::Normalizer2::getNFDInstance(status);
    check(status, compose ? "getNFCInstance" : "getNFDInstance");
    return *normalizer;
}

std::string normalize(std::string_view text, bool compose) {
    const icu::Normalizer2& normalizer = instance(compose);
    icu::UnicodeString source = from_utf8(text);
    UErrorCode status = U_ZERO_ERROR;
    if (normalizer.isNormalized(source, status) && U_SUCCESS(status)) {
        return std::string(text);
    }
    check(status, "isNormalized");
    icu::UnicodeString result = normalizer.normalize(source, status);
    check(status, "normalize");
    return to_utf8(result);
}

const icu::Locale& vietnamese() {
    static const icu::Locale locale("vi");
    return locale;
}

} // namespace

std::string nfc(std::string_view utf8) {
    return normalize(utf8, true);
}

std::string nfd(std::string_view utf8) {
    return normalize(utf8, false);
}

std::string lower(std::string_view utf8) {
    icu::UnicodeString text = from_utf8(utf8);
    text.toLower(vietnamese());
    return to_utf8(text);
}

std::string title_case(std::string_view utf8) {
    icu::UnicodeString text = from_utf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(vietnamese(), status));
    check(status, "createWordInstance");
    text.toTitle(words.get(), vietnamese());
    return to_utf8(text);
}

} // namespace baocao::icu_text
