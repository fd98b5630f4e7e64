// ingest: bytes on disk -> RawDocument (pages of UTF-8 text).
// The only stage that knows about poppler and legacy encodings.
#pragma once

#include "baocao/document.h"

#include <string>
#include <vector>

namespace baocao {

// Expands files and folders (recursively, following no symlink loops) into
// the list of .pdf and .txt inputs, sorted. Paths that do not exist or cannot
// be read are reported in `diagnostics`.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        Diagnostics& diagnostics);

// Reads one file. Never throws for bad content: problems are diagnostics and
// `failed` is set when nothing usable came out.
RawDocument ingest_file(const std::string& path);

// The same for bytes already in memory; `path` names them in messages and
// its extension (.pdf/.txt) says the expected format.
RawDocument ingest_bytes(const std::string& path, const std::string& bytes);

// Decodes text-file bytes: BOM sniffing (UTF-8, UTF-16LE/BE), UTF-8, then the
// Windows-1258 fallback. `encoding` receives the name of what was used.
std::string decode_text(const std::string& bytes, std::string& encoding);

// Hex SHA-256 of bytes.
std::string sha256_hex(const std::string& bytes);

} // namespace baocao
