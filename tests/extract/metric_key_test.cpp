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
        {"Đìa, Đông quý III", "dia_dong"},
    };
    for (const auto& [label, key] : cases) {
        EXPECT_EQ(keys.key(label), key) << label;
    }
    EXPECT_EQ(keys.slug("Tổng thu NS tháng 12"), "tong_thu_ns");
}

} // namespace
} // namespace baocao::extract_detail
