// read_pdf: finds and loads the PDF module once, then calls into it.
//
// Why a module: every command used to load poppler and its 24 dependencies
// at start-up, about 10 ms of the 22-26 ms a `baocao trend` spent before
// main(); only ingest of a PDF needs them.
#include "ingest/pdf_reader.h"

#ifdef BAOCAO_LAZY_PDF

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include <dlfcn.h>

namespace baocao {

namespace {

using ReadPdf = void (*)(const std::string&, RawDocument&);

struct Module {
    ReadPdf read = nullptr;
    std::string error; // why it could not be loaded
};

// Where to look: $BAOCAO_PDF_MODULE alone when set (the user said where);
// else beside the running program (a build directory, or wherever it was
// copied with the module), then where this build put it.
std::vector<std::string> candidates() {
    if (const char* env = std::getenv("BAOCAO_PDF_MODULE"); env != nullptr && *env != '\0') {
        return {env};
    }
    std::vector<std::string> out;
    std::error_code error;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        out.push_back((self.parent_path() / BAOCAO_PDF_MODULE_NAME).string());
    }
    if (out.empty() || out.back() != BAOCAO_PDF_MODULE_PATH) {
        out.emplace_back(BAOCAO_PDF_MODULE_PATH);
    }
    return out;
}

Module load() {
    Module module;
    for (const auto& path : candidates()) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            module.error += (module.error.empty() ? "" : "; ") + path + ": not found";
            continue;
        }
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = dlerror();
            module.error += (module.error.empty() ? "" : "; ") + std::string(why ? why : path);
            continue;
        }
        // Never closed: poppler keeps global state for the process's life.
        void* entry = dlsym(handle, "baocao_pdf_read_v1");
        if (entry == nullptr) {
            module.error += (module.error.empty() ? "" : "; ") + path + ": not a baocao PDF module";
            continue;
        }
        module.read = reinterpret_cast<ReadPdf>(entry);
        module.error.clear();
        return module;
    }
    return module;
}

const Module& module() {
    static std::once_flag once;
    static Module loaded;
    std::call_once(once, [] { loaded = load(); });
    return loaded;
}

} // namespace

void read_pdf(const std::string& bytes, RawDocument& raw) {
    const Module& pdf = module();
    if (pdf.read == nullptr) {
        raw.failed = true;
        raw.diagnostics.push_back(
            {Severity::error, raw.path, 0,
             "cannot read PDFs: the PDF module of this baocao could not be loaded (" + pdf.error +
                 "); keep " BAOCAO_PDF_MODULE_NAME
                 " beside the baocao program, or set BAOCAO_PDF_MODULE to its path; text files "
                 "are still read"});
        return;
    }
    pdf.read(bytes, raw);
}

} // namespace baocao

#else

namespace baocao {

void read_pdf(const std::string& bytes, RawDocument& raw) {
    read_pdf_with_poppler(bytes, raw);
}

} // namespace baocao

#endif
