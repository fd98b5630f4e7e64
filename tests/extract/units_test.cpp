#include "extract/units.h"

#include "vocabulary.h"

#include <gtest/gtest.h>

namespace baocao::extract_detail {
namespace {

struct UnitCase {
    const char* after_number; // the text that follows a number
    const char* unit;
    double multiplier;
    UnitKind kind;
};

TEST(ExtractUnit, SurfaceFormsToUnits) {
    const auto& v = test::vocabulary();
    UnitTable units(v.dictionaries, v.normalizer);
    const UnitCase cases[] = {
        {"đ. Lũy kế", "VND", 1, UnitKind::money},
        {"đồng.", "VND", 1, UnitKind::money},
        {"triệu đồng;", "VND", 1e6, UnitKind::money},
        {"tỷ đồng", "VND", 1e9, UnitKind::money},
        {"đ/ sào.", "VND/sào", 1, UnitKind::money},
        {"%).", "percent", 1, UnitKind::percent},
        {"ha.", "ha", 1, UnitKind::measure},
        {"m3 từ", "m3", 1, UnitKind::measure},
        {"Hồ sơ chưa trả", "hồ sơ", 1, UnitKind::count},
        {"h/s lĩnh vực", "hồ sơ", 1, UnitKind::count},
        {"nam công dân đủ", "công dân", 1, UnitKind::count},
        {"người dân cài đặt", "người", 1, UnitKind::count},
        {"năm ngày thành lập", "", 1, UnitKind::skip},
        {"tuổi", "", 1, UnitKind::skip},
        {"giờ.", "", 1, UnitKind::skip},
        // Counting nouns of civil status, land, culture and public order.
        {"cặp.", "cặp", 1, UnitKind::count},
        {"bản;", "bản", 1, UnitKind::count},
        {"lô đất", "lô", 1, UnitKind::count},
        {"trang sổ", "trang", 1, UnitKind::count},
        {"thành viên.", "thành viên", 1, UnitKind::count},
        {"học viên", "học viên", 1, UnitKind::count},
        {"đội bóng", "đội", 1, UnitKind::count},
        {"cụm loa", "cụm", 1, UnitKind::count},
        {"xe.", "xe", 1, UnitKind::count},
        {"danh mục", "danh mục", 1, UnitKind::count},
        // The longer count noun wins over money and over a shorter noun.
        {"đồng chí tham gia", "đồng chí", 1, UnitKind::count},
        {"đơn vị.", "đơn vị", 1, UnitKind::count},
        {"tạ/ha.", "tạ/ha", 1, UnitKind::measure},
        {"lít", "lít", 1, UnitKind::measure},
        {"điểm,", "điểm", 1, UnitKind::measure},
        {"đao,", "", 1, UnitKind::none},
    };
    for (const auto& c : cases) {
        auto pieces = scan(c.after_number, v.normalizer);
        auto match = units.match(pieces, 0);
        EXPECT_EQ(match.unit, c.unit) << c.after_number;
        EXPECT_DOUBLE_EQ(match.multiplier, c.multiplier) << c.after_number;
        EXPECT_EQ(match.kind, c.kind) << c.after_number;
    }
}

TEST(ExtractUnit, BareMultiplierScalesWithoutUnit) {
    const auto& v = test::vocabulary();
    UnitTable units(v.dictionaries, v.normalizer);
    auto match = units.match(scan("tỷ, tăng", v.normalizer), 0);
    EXPECT_EQ(match.kind, UnitKind::none);
    EXPECT_DOUBLE_EQ(match.multiplier, 1e9);
}

} // namespace
} // namespace baocao::extract_detail
