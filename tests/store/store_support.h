// Helpers for the index tests: a temporary directory that removes itself,
// a hand-made Report (no segmentation involved), shell runs.
#pragma once

#include "../test_support.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace baocao::test {

class TempDir {
public:
    TempDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("baocao-test-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path(const std::string& relative = "") const {
        return relative.empty() ? m_path.string() : (m_path / relative).string();
    }

private:
    std::filesystem::path m_path;
};

inline void write_file(const std::string& path, const std::string& content) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

// A small monthly report in the shape of the real ones, one paragraph per
// line after the section headings.
inline std::string sample_report(const std::string& commune, int month, int year,
                                 const std::vector<std::string>& results,
                                 const std::vector<std::string>& plan) {
    std::string m = std::to_string(month);
    std::string next = std::to_string(month % 12 + 1);
    std::string text = "UBND XÃ " + commune +
                       "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 10/BC-UBND\n" +
                       commune + ", ngày 25 tháng " + m + " năm " + std::to_string(year) +
                       "\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ tháng " + m +
                       "; phương hướng, nhiệm vụ tháng " + next + " năm " + std::to_string(year) +
                       "\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG " + m +
                       "\n1. Công tác quốc phòng\n";
    for (const auto& p : results) {
        text += p + "\n\n";
    }
    text += "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG " + next + "\n1. Công tác quốc phòng\n";
    for (const auto& p : plan) {
        text += p + "\n\n";
    }
    return text;
}

} // namespace baocao::test
