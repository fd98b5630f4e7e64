#include "extract/metric_key.h"

#include "vocabulary.h"

#include <gtest/gtest.h>

namespace baocao::extract_detail {
namespace {

TEST(ExtractMetricKey, PeriodWordsRemovedAndSynonymsMapped) {
    const auto& v = test::vocabulary();
    MetricKeys keys(v.dictionaries, v.normalizer);
    const std::pair<const char*, const char*> cases[] = {
        {"Tổng thu ngân sách tháng 11/2023", "tong_thu_ngan_sach"},
        {"Tổng thu NS tháng 12", "tong_thu_ngan_sach"},
        {"Tổng chi ngân sách năm 2023", "tong_chi_ngan_sach"},
        {"Khám phụ khoa", "kham_phu_khoa"},
        {"Số trẻ em được tiêm chủng đầy đủ trong tháng", "so_tre_em_duoc_tiem_chung_day_du"},
        // A quarter is another series than the month (period_words.tsv "series").
        {"Đìa, Đông quý III", "dia_dong_quy"},
        {"Thu ngân sách quý III/2022", "tong_thu_ngan_sach_quy"},
        // Wordings of one series across communes: abbreviations, the unit
        // name (xã / phường / thị trấn), old tone placement.
        {"Thu ngân sách phường tháng 3/2022", "tong_thu_ngan_sach"},
        {"Khám, chữa bệnh có thẻ BHYT trong tháng", "kham_chua_benh_bhyt"},
        {"Số người khám chữa bệnh bảo hiểm y tế", "kham_chua_benh_bhyt"},
        {"số trang sổ hộ tịch đã số hoá", "trang_ho_tich_so_hoa"},
        {"Đăng ký kết hôn", "ket_hon"},
    };
    for (const auto& [label, key] : cases) {
        EXPECT_EQ(keys.key(label), key) << label;
    }
    EXPECT_EQ(keys.slug("Tổng thu NS tháng 12"), "tong_thu_ns");
    std::string suffix;
    EXPECT_EQ(keys.slug("Đìa, Đông quý III", &suffix), "dia_dong");
    EXPECT_EQ(suffix, "quy");
    EXPECT_TRUE(keys.known("tong_thu_ngan_sach_quy"));
    EXPECT_FALSE(keys.known("dia_dong_quy"));
}

} // namespace
} // namespace baocao::extract_detail
