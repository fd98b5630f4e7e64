// A failure outside any test (a fixture's SetUpTestSuite that throws) makes
// googletest mark the suite's tests SKIPPED, and ctest counts a skipped test
// as no failure: a broken fixture would turn CI green. This listener ends
// the run with status 1 at the first such failure, before any SKIPPED line.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace {

// Whether a test is running is tracked here: asking UnitTest from inside
// OnTestPartResult would deadlock on the lock it holds while calling us.
class SuiteFailureGuard : public testing::EmptyTestEventListener {
    void OnTestStart(const testing::TestInfo&) override { m_in_test = true; }
    void OnTestEnd(const testing::TestInfo&) override { m_in_test = false; }
    void OnTestPartResult(const testing::TestPartResult& result) override {
        if (result.failed() && !m_in_test) {
            std::fprintf(stderr,
                         "suite_failure_guard: a failure outside any test (a fixture's "
                         "SetUpTestSuite?): %s\n",
                         result.message());
            std::fflush(nullptr);
            std::_Exit(1);
        }
    }

    bool m_in_test = false;
};

// Registered before main() (gtest_main's) runs the tests.
const bool registered = [] {
    testing::UnitTest::GetInstance()->listeners().Append(new SuiteFailureGuard);
    return true;
}();

} // namespace
