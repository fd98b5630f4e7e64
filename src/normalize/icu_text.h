// The ICU-backed text operations of normalize/, behind our own types.
// ICU stays inside this folder (DESIGN.md §2); every UErrorCode is checked.
#pragma once

#include <string>
#include <string_view>

namespace baocao::icu_text {

// Throws baocao::Error when ICU data cannot be loaded (an unusable install).
std::string nfc(std::string_view utf8);
std::string nfd(std::string_view utf8);
std::string lower(std::string_view utf8);      // Vietnamese locale rules
std::string title_case(std::string_view utf8); // "AN THẠNH" -> "An Thạnh"

} // namespace baocao::icu_text
