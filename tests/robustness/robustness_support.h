// Helpers for the robustness tests: run the real binary (through the shell
// helper of tests/store), a corpus of distinct reports, running as another
// user when the suite runs as root.
#pragma once

#include "../store/store_support.h"

#include <filesystem>
#include <string>

#include <unistd.h>

namespace baocao::test {

// Single-quoted for the shell (test paths hold no quote).
inline std::string shell_quoted(const std::string& text) {
    return "'" + text + "'";
}

struct Run {
    std::string output; // stdout and stderr together
    int status = -1;
};

// `baocao ARGUMENTS` (already quoted), with stderr folded into the output.
inline Run baocao(const std::string& arguments, const std::string& prefix = "") {
    Run run;
    run.output =
        shell(prefix + shell_quoted(BAOCAO_BINARY) + " " + arguments + " 2>&1", &run.status);
    return run;
}

// Reports with distinct content, `count` of them, spread over communes and
// months, each a few paragraphs long; written as DIR/<commune>/<month>.txt.
inline void write_corpus(const std::string& dir, int count, const std::string& tag = "") {
    static const char* communes[] = {"TÂN HÒA", "AN THẠNH", "BÌNH MỸ", "PHÚ LỘC", "LONG HƯNG"};
    for (int i = 0; i < count; ++i) {
        std::string commune = communes[i % 5] + std::string(i / 60 == 0 ? "" : " ") +
                              (i / 60 == 0 ? "" : std::to_string(i / 60));
        int month = i / 5 % 12 + 1;
        int year = 2020 + i / 5 / 12 % 5;
        std::string n = std::to_string(i);
        std::string text = sample_report(
            commune, month, year,
            {"Khám sơ tuyển NVQS cho " + n + " nam công dân " + tag + ".",
             "Tổng thu ngân sách tháng " + std::to_string(month) + " đạt " + n + ".250.000 đồng.",
             "Tuyên truyền PCCC tại chợ và các khu dân cư, " + n + " lượt người tham gia.",
             "Cấp " + n + " thẻ BHYT cho hộ nghèo, hộ cận nghèo."},
            {"Tổ chức giao quân trước ngày 15/" + std::to_string(month % 12 + 1) + "/" +
                 std::to_string(year) + ".",
             "Kiểm tra PCCC các hộ kinh doanh."});
        write_file(dir + "/" + std::to_string(i % 5) + "/" + std::to_string(year) + "-" +
                       (month < 10 ? "0" : "") + std::to_string(month) + "-" + n + ".txt",
                   text);
    }
}

// As root, file permissions stop nothing: run the command as `nobody`
// (setpriv, util-linux) so they do, after giving `owned` to that user.
// Returns the shell prefix to use, or "" when not root. Sets `skip_reason`
// when the check cannot be made honestly.
inline std::string unprivileged_prefix(const std::string& owned, std::string& skip_reason) {
    if (geteuid() != 0) {
        return "";
    }
    // The checkout may sit in a folder only root can enter (a clone under
    // `mktemp -d`): the other user gets its own copy of the dictionaries,
    // beside the inputs (ingest reads .txt and .pdf files only).
    std::string dictionaries = owned + "/.dictionaries";
    int status = -1;
    shell("command -v setpriv >/dev/null && cp -r " +
              shell_quoted(std::string(BAOCAO_SOURCE_DIR) + "/dictionaries") + " " +
              shell_quoted(dictionaries) + " && chown -R 65534:65534 " + shell_quoted(owned),
          &status);
    if (status != 0) {
        skip_reason = "running as root without setpriv: permissions cannot stop root's reads";
        return "";
    }
    std::string prefix = "BAOCAO_DICTIONARIES=" + shell_quoted(dictionaries) +
                         " setpriv --reuid=65534 --regid=65534 --clear-groups ";
    shell(prefix + "test -x " + shell_quoted(BAOCAO_BINARY), &status);
    if (status != 0) {
        skip_reason = "the build folder is closed to other users, so baocao cannot run as one";
        return "";
    }
    return prefix;
}

} // namespace baocao::test
