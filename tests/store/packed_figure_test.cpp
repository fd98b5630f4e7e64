// The packed figure of a value slot must give back exactly the record the
// JSON data holds, and refuse what it cannot read (then the JSON is used).
#include "store/packed_figure.h"

#include <gtest/gtest.h>

namespace baocao::store {
namespace {

FigureRecord sample() {
    FigureRecord record;
    record.origin = {"ab12", "UBND thị trấn Lai Cách", {2023, 11}, "/srv/bc/lai-cach 11:2023.pdf"};
    Figure& f = record.figure;
    f.part = "results";
    f.section = "1.2";
    f.label = "Tổng thu ngân sách tháng 11/2023: là";
    f.metric = "tong_thu_ngan_sach";
    f.value = 1327732848.5;
    f.unit = "VND";
    f.of = 0.1;
    f.raw = "1.327.732.848,5đ";
    f.paragraph = 7;
    f.begin = 40;
    f.end = 56;
    return record;
}

TEST(PackedFigure, RoundTripKeepsEveryField) {
    FigureRecord in = sample();
    FigureRecord out;
    ASSERT_TRUE(unpack_figure(pack_figure(in), out));
    EXPECT_EQ(out.origin.report, in.origin.report);
    EXPECT_EQ(out.origin.issuer, in.origin.issuer);
    EXPECT_EQ(out.origin.period, in.origin.period);
    EXPECT_EQ(out.origin.source, in.origin.source); // ':' inside a field
    EXPECT_EQ(out.figure.label, in.figure.label);
    EXPECT_EQ(out.figure.metric, in.figure.metric);
    EXPECT_EQ(out.figure.value, in.figure.value); // exact, not rounded
    EXPECT_EQ(out.figure.of, in.figure.of);
    EXPECT_EQ(out.figure.raw, in.figure.raw);
    EXPECT_EQ(out.figure.paragraph, 7u);
    EXPECT_EQ(out.figure.begin, 40u);
    EXPECT_EQ(out.figure.end, 56u);
}

TEST(PackedFigure, MissingDenominatorStaysMissing) {
    FigureRecord in = sample();
    in.figure.of.reset();
    FigureRecord out;
    out.figure.of = 3; // must be cleared
    ASSERT_TRUE(unpack_figure(pack_figure(in), out));
    EXPECT_FALSE(out.figure.of.has_value());
}

TEST(PackedFigure, RefusesWhatItCannotRead) {
    FigureRecord out;
    EXPECT_FALSE(unpack_figure("", out)); // an index written before the slot existed
    std::string packed = pack_figure(sample());
    EXPECT_FALSE(unpack_figure(packed.substr(0, packed.size() - 3), out)); // cut short
    EXPECT_FALSE(unpack_figure(packed + "1:x", out));                      // trailing field
    EXPECT_FALSE(unpack_figure("F0;" + packed.substr(3), out));            // another version
    EXPECT_FALSE(unpack_figure("F1;99999:ab12", out)); // a length longer than the rest
    EXPECT_FALSE(unpack_figure("F1;-1:ab12", out));    // not a length
}

} // namespace
} // namespace baocao::store
