#include "baocao/ingest.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace baocao;

namespace {

class TempDir {
public:
    TempDir() {
        m_path = fs::temp_directory_path() /
                 ("baocao-test-" + std::to_string(::getpid()) + "-" + std::to_string(++s_count));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    std::string write(const std::string& name, const std::string& bytes) const {
        fs::path path = m_path / name;
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << bytes;
        return path.string();
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
    static inline int s_count = 0;
};

} // namespace

TEST(Sha256, KnownVectors) {
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256_hex(std::string(1000, 'a')),
              "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

struct DecodeCase {
    const char* name;
    std::string bytes;
    std::string text;
    std::string encoding;
};

TEST(DecodeText, SniffsBomsAndFallsBackToWindows1258) {
    const DecodeCase cases[] = {
        {"utf8", "Báo cáo", "Báo cáo", "utf-8"},
        {"utf8 bom",
         "\xEF\xBB\xBF"
         "Báo cáo",
         "Báo cáo", "utf-8 (BOM)"},
        {"utf16le bom",
         std::string("\xFF\xFE"
                     "B\0\xE1\0o\0",
                     8),
         "Báo", "utf-16le"},
        {"utf16be bom", std::string("\xFE\xFF\0B\0\xE1\0o", 8), "Báo", "utf-16be"},
        // Windows-1258: 0xD0 is Đ, 0xEC is the combining acute in that code page.
        {"windows-1258",
         "\xD0i\xEC"
         "a",
         "\xC4\x90i\xCC\x81"
         "a",
         "windows-1258"},
    };
    for (const auto& c : cases) {
        std::string encoding;
        EXPECT_EQ(decode_text(c.bytes, encoding), c.text) << c.name;
        EXPECT_EQ(encoding, c.encoding) << c.name;
    }
}

TEST(IngestFile, TextWithCrlfAndFormFeedPages) {
    TempDir dir;
    auto path = dir.write("a.txt", "Trang một\r\ndòng hai\r\n\fTrang hai\r\n");
    RawDocument raw = ingest_file(path);
    EXPECT_FALSE(raw.failed);
    ASSERT_EQ(raw.pages.size(), 2u);
    EXPECT_EQ(raw.pages[1].number, 2);
    EXPECT_EQ(raw.format, "txt");
    EXPECT_EQ(raw.sha256.size(), 64u);
}

TEST(IngestFile, BadInputsAreDiagnosticsNamingTheFile) {
    TempDir dir;
    struct Case {
        std::string name;
        std::string bytes;
        std::string message;
    };
    const Case cases[] = {
        {"empty.txt", "", "empty file (0 bytes); check that it was copied fully"},
        {"junk.txt", std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", 10) + "abc",
         "not a text file (binary content); give the original report as .txt (UTF-8) or .pdf"},
        {"fake.pdf", "hello, not a pdf",
         "named .pdf but is not a PDF (no %PDF- header); check the file"},
        {"broken.pdf", "%PDF-1.4\n garbage garbage",
         "not a readable PDF (damaged, truncated or another format); open it in a PDF viewer, "
         "re-export it, and ingest again"},
    };
    for (const auto& c : cases) {
        auto path = dir.write(c.name, c.bytes);
        RawDocument raw = ingest_file(path);
        EXPECT_TRUE(raw.failed) << c.name;
        ASSERT_FALSE(raw.diagnostics.empty()) << c.name;
        EXPECT_EQ(raw.diagnostics.back().file, path);
        EXPECT_EQ(raw.diagnostics.back().message, c.message) << c.name;
    }
    RawDocument missing = ingest_file((dir.path() / "nope.txt").string());
    EXPECT_TRUE(missing.failed);
    EXPECT_EQ(missing.diagnostics.at(0).message, "no such file; check the path");
}

TEST(IngestFile, Utf16WithoutBomIsGuessedAndSaidSo) {
    TempDir dir;
    std::string bytes;
    for (char c : std::string("Bao cao thang 11 nam 2023")) {
        bytes += c;
        bytes += '\0';
    }
    RawDocument raw = ingest_file(dir.write("u16.txt", bytes));
    EXPECT_FALSE(raw.failed);
    EXPECT_EQ(raw.pages.at(0).text, "Bao cao thang 11 nam 2023");
    ASSERT_FALSE(raw.diagnostics.empty());
    EXPECT_NE(raw.diagnostics[0].message.find("no byte-order mark"), std::string::npos);
}

TEST(CollectInputs, WalksFoldersForPdfAndTxtOnly) {
    TempDir dir;
    dir.write("a/1.txt", "x");
    dir.write("a/b/2.PDF", "x");
    dir.write("a/b/skip.doc", "x");
    Diagnostics diagnostics;
    auto files =
        collect_inputs({(dir.path() / "a").string(), (dir.path() / "nope").string()}, diagnostics);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_NE(files[0].find("1.txt"), std::string::npos);
    EXPECT_NE(files[1].find("2.PDF"), std::string::npos);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].message, "no such file or folder; check the path");
}

TEST(CollectInputs, SymlinkLoopIsVisitedOnce) {
    TempDir dir;
    dir.write("a/1.txt", "x");
    fs::create_directory_symlink(dir.path() / "a", dir.path() / "a" / "loop");
    Diagnostics diagnostics;
    auto files = collect_inputs({(dir.path() / "a").string()}, diagnostics);
    EXPECT_EQ(files.size(), 1u);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_NE(diagnostics[0].message.find("symlink loop"), std::string::npos);
}

TEST(IngestPdf, TextPdfKeepsDiacritics) {
    RawDocument raw = ingest_file(test::source_path("tests/data/text.pdf"));
    EXPECT_FALSE(raw.failed);
    ASSERT_EQ(raw.pages.size(), 1u);
    EXPECT_NE(raw.pages[0].text.find("Tổng thu ngân sách tháng 11/2023 là: 1.327.732.848đ."),
              std::string::npos);
    EXPECT_TRUE(raw.diagnostics.empty());
}

TEST(IngestPdf, ProblemsAreDiagnosticsWithFileAndPage) {
    struct Case {
        const char* file;
        bool failed;
        int page; // page of the first diagnostic
        const char* message;
    };
    const Case cases[] = {
        {"encrypted-user.pdf", true, 0,
         "PDF is encrypted with a password; save a copy without the password (for example qpdf "
         "--decrypt --password=PASSWORD in.pdf out.pdf) and ingest that"},
        {"scanned.pdf", true, 1,
         "page has no text layer (a scan or an image); run OCR on the file (for example ocrmypdf "
         "-l vie) and ingest it again"},
        {"half-scanned.pdf", false, 2,
         "page has no text layer (a scan or an image); run OCR on the file (for example ocrmypdf "
         "-l vie) and ingest it again"},
        {"truncated.pdf", true, 0,
         "not a readable PDF (damaged, truncated or another format); open it in a PDF viewer, "
         "re-export it, and ingest again"},
    };
    for (const auto& c : cases) {
        std::string path = test::source_path(std::string("tests/data/") + c.file);
        RawDocument raw = ingest_file(path);
        EXPECT_EQ(raw.failed, c.failed) << c.file;
        ASSERT_FALSE(raw.diagnostics.empty()) << c.file;
        EXPECT_EQ(raw.diagnostics[0].file, path);
        EXPECT_EQ(raw.diagnostics[0].page, c.page) << c.file;
        EXPECT_EQ(raw.diagnostics[0].message, c.message) << c.file;
    }
}

TEST(IngestPdf, EncryptedWithoutUserPasswordIsRead) {
    RawDocument raw = ingest_file(test::source_path("tests/data/encrypted-owner.pdf"));
    EXPECT_FALSE(raw.failed);
    ASSERT_EQ(raw.pages.size(), 1u);
    EXPECT_NE(raw.pages[0].text.find("BÁO CÁO"), std::string::npos);
}
