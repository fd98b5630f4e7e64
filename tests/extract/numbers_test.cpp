#include "extract/numbers.h"

#include <gtest/gtest.h>

namespace baocao::extract_detail {
namespace {

using Status = ParsedNumber::Status;

struct NumberCase {
    const char* text;
    Status status;
    double value;
    bool leading_zero;
};

TEST(ExtractNumber, VietnameseFormats) {
    const NumberCase cases[] = {
        {"1.327.732.848", Status::ok, 1327732848, false},
        {"4.474", Status::ok, 4474, false},
        {"160.000", Status::ok, 160000, false},
        {"0,74", Status::ok, 0.74, false},
        {"6,5", Status::ok, 6.5, false},
        {"05", Status::ok, 5, true},
        {"2023", Status::ok, 2023, false},
        {"0", Status::ok, 0, false},
    };
    for (const auto& c : cases) {
        auto parsed = parse_number(c.text);
        EXPECT_EQ(parsed.status, c.status) << c.text;
        EXPECT_DOUBLE_EQ(parsed.value, c.value) << c.text;
        EXPECT_EQ(parsed.leading_zero, c.leading_zero) << c.text;
    }
}

TEST(ExtractNumber, DotThousandsCommaDecimal) {
    auto parsed = parse_number("8.505,3");
    ASSERT_EQ(parsed.status, Status::ok);
    EXPECT_DOUBLE_EQ(parsed.value, 8505.3);
    EXPECT_DOUBLE_EQ(parse_number("1.234.567,25").value, 1234567.25);
}

TEST(ExtractNumber, SeparatorsInEnglishOrderAreAmbiguous) {
    auto parsed = parse_number("1,327.5");
    EXPECT_EQ(parsed.status, Status::ambiguous);
    EXPECT_EQ(parsed.why, "'.' and ',' are not in the Vietnamese order (dot for thousands, "
                          "comma for decimals)");
}

TEST(ExtractNumber, DotWithFewDigitsIsAmbiguous) {
    auto parsed = parse_number("2.5");
    EXPECT_EQ(parsed.status, Status::ambiguous);
    EXPECT_EQ(parsed.why, "a dot separates thousands in Vietnamese, but it is followed by 1 "
                          "digit(s) here, like an English decimal point");
}

TEST(ExtractNumber, CommaWithThreeDigitsIsAmbiguous) {
    EXPECT_EQ(parse_number("1,250").status, Status::ambiguous);
    EXPECT_EQ(parse_number("0,250").status, Status::ok); // "0," can only be decimals
    EXPECT_EQ(parse_number("1,327,732").status, Status::ambiguous);
}

TEST(ExtractNumber, CodesAndDatesAreNotNumbers) {
    for (const char* text : {"1.2.3", "10.11.2023", "3.1"}) {
        EXPECT_NE(parse_number(text).status, Status::ok) << text;
    }
    EXPECT_EQ(parse_number("1.2.3").status, Status::not_number);
}

} // namespace
} // namespace baocao::extract_detail
