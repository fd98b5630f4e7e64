// Golden tests: `baocao inspect --stage segment --json` of each real corpus
// file against corpus/expected/<name>.segment.json, which a person checked
// against the paper report. Regenerate with scripts/update-golden.sh only
// after reading the diff.
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

class Golden : public testing::TestWithParam<std::string> {};

TEST_P(Golden, SegmentJsonMatchesReviewedExpectation) {
    std::string input = GetParam();
    std::string expected_path = baocao::test::source_path(
        "corpus/expected/" + std::filesystem::path(input).filename().string() + ".segment.json");
    ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path;
    // Run from the source dir so "source" is the relative path.
    std::string output =
        baocao::test::shell("cd " + std::string(BAOCAO_SOURCE_DIR) + " && " + BAOCAO_BINARY +
                            " inspect " + input + " --stage segment --json 2>/dev/null");
    EXPECT_EQ(output, read(expected_path));
}

INSTANTIATE_TEST_SUITE_P(RealCorpus, Golden,
                         testing::Values("corpus/lai-cach-2023-11.txt",
                                         "corpus/lai-cach-2023-11.pdf"));
