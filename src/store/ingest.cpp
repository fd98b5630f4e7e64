// `ingest_into`: parser threads turn files into prepared documents, the
// calling thread is the single writer. The writer alone decides what happens
// to a file (skip, add, replace, alias), so the parsers never need a lock on
// the index; they only skip parsing content the index already had at start.
#include "baocao/store.h"

#include "baocao/ingest.h"
#include "store/analyzer.h"
#include "store/document_builder.h"
#include "store/writer.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

namespace baocao {

std::string default_database_path() {
    if (const char* env = std::getenv("BAOCAO_DB"); env != nullptr && *env != '\0') {
        return env;
    }
    return ".baocao/db";
}

namespace {

using Clock = std::chrono::steady_clock;

std::string absolute_path(const std::string& path) {
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(path, error);
    return error ? path : absolute.lexically_normal().string();
}

// What a parser thread hands to the writer for one input.
struct Parsed {
    std::size_t input = 0;
    std::string source; // absolute path
    std::string sha256; // empty when the file could not be read
    std::optional<store::PreparedReport> prepared;
    std::size_t pages = 0;
    std::optional<Diagnostic> failure;
};

// The file's SHA-256, or nullopt with `why` set to the system's reason.
std::optional<std::string> hash_file(const std::string& path, std::string& why) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = errno != 0 ? std::strerror(errno) : "cannot open";
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) {
        why = "read error";
        return std::nullopt;
    }
    return sha256_hex(bytes.str());
}

Diagnostic failure(const std::string& path, const std::string& message) {
    return {Severity::error, path, 0, message};
}

Diagnostic failure_of(const ProcessedFile& file, const std::string& path) {
    for (const Diagnostic& d : file.diagnostics()) {
        if (d.severity == Severity::error) {
            return d;
        }
    }
    return failure(path, "nothing could be read from this file; check that it is a report "
                         "(.pdf or .txt)");
}

std::string megabytes(std::uintmax_t bytes) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / 1e6 << " MB";
    return out.str();
}

// Bytes of paragraph text in a processed file.
std::uintmax_t text_bytes(const ProcessedFile& file) {
    std::uintmax_t out = 0;
    for (const Section& section : file.report.sections) {
        for (const Paragraph& paragraph : section.paragraphs) {
            out += paragraph.text.size();
        }
    }
    return out;
}

// Parses one file unless `known` already holds its content.
Parsed parse_one(std::size_t input, const std::string& path, const std::set<std::string>& known,
                 const Context& context, const store::Analyzer& analyzer,
                 const IngestOptions& options) {
    const std::uintmax_t max_text_bytes = options.max_text_bytes;
    Parsed out;
    out.input = input;
    out.source = absolute_path(path);
    try {
        // Refuse a text file far larger than any report before reading it
        // (see IngestOptions). PDFs are exempt: their size is mostly images.
        std::error_code error;
        std::uintmax_t size = std::filesystem::file_size(path, error);
        std::string extension = std::filesystem::path(path).extension().string();
        for (char& c : extension) {
            c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; // ASCII only
        }
        bool pdf = extension == ".pdf";
        if (!error && !pdf && max_text_bytes != 0 && size > max_text_bytes) {
            out.failure = failure(path, megabytes(size) +
                                            " of text, more than one report can be "
                                            "(the limit is " +
                                            megabytes(max_text_bytes) +
                                            "; a monthly report is well under 1 MB); not read; "
                                            "split it into one file per report, or index it "
                                            "whole with --max-text-mb 0");
            return out;
        }
        std::string why;
        std::optional<std::string> sha = hash_file(path, why);
        if (!sha) {
            out.failure = failure(path, "cannot be read (" + why +
                                            "); check that it exists and that this user may "
                                            "read it (ls -l, chmod), then run again");
            return out;
        }
        out.sha256 = *sha;
        if (known.count(out.sha256) != 0) {
            return out;
        }
        ProcessedFile file = process_file(path, context);
        out.pages = file.raw.pages.size();
        if (file.failed) {
            out.failure = failure_of(file, path);
            return out;
        }
        // Hash what the pipeline read, in case the file changed in between.
        out.sha256 = file.raw.sha256;
        if (text_bytes(file) > options.staging_bytes) {
            // The writer builds its documents a batch at a time.
            out.prepared = store::defer_report(
                std::make_shared<const ProcessedFile>(std::move(file)), out.source);
        } else {
            out.prepared = store::prepare_report(file, out.source, analyzer);
        }
    } catch (const std::exception& e) {
        out.failure = failure(path, std::string(e.what()) + "; please report it with this file");
    } catch (const Xapian::Error& e) {
        // Never let it escape a parser thread (that would end the process).
        out.failure = failure(path, "cannot be indexed (" + e.get_description() +
                                        "); please report it with this file");
    }
    return out;
}

// A bounded queue: parsers wait when the writer falls behind, which keeps
// memory flat however many files there are.
class Results {
public:
    explicit Results(std::size_t capacity) : m_capacity(capacity) {}

    void push(Parsed parsed) {
        std::unique_lock lock(m_mutex);
        m_not_full.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        m_items.push_back(std::move(parsed));
        m_not_empty.notify_one();
    }
    std::optional<Parsed> pop() {
        std::unique_lock lock(m_mutex);
        m_not_empty.wait(lock, [&] { return !m_items.empty() || m_producers == 0; });
        if (m_items.empty()) {
            return std::nullopt;
        }
        Parsed parsed = std::move(m_items.front());
        m_items.pop_front();
        m_not_full.notify_one();
        return parsed;
    }
    void set_producers(std::size_t count) {
        std::lock_guard lock(m_mutex);
        m_producers = count;
    }
    void producer_done() {
        std::lock_guard lock(m_mutex);
        --m_producers;
        m_not_empty.notify_all();
    }
    // The writer failed: let the parsers finish without waiting.
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_capacity = SIZE_MAX;
        m_not_full.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_not_full;
    std::condition_variable m_not_empty;
    std::deque<Parsed> m_items;
    std::size_t m_capacity;
    std::size_t m_producers = 0;
    bool m_closed = false;
};

// The writer's view of the index: reports by content, and which content
// each known source path had.
class Catalogue {
public:
    Catalogue(store::Writer& writer) : m_writer(writer), m_reports(writer.load_reports()) {
        for (const auto& [sha, record] : m_reports) {
            for (const auto& source : record.sources) {
                m_by_source[source] = sha;
            }
        }
    }

    std::set<std::string> contents() const {
        std::set<std::string> out;
        for (const auto& entry : m_reports) {
            out.insert(entry.first);
        }
        return out;
    }
    std::optional<std::string> content_of(const std::string& source) const {
        auto found = m_by_source.find(source);
        return found == m_by_source.end() ? std::nullopt : std::optional(found->second);
    }
    bool has(const std::string& sha) const { return m_reports.count(sha) != 0; }
    std::vector<std::string> sources() const {
        std::vector<std::string> out;
        for (const auto& entry : m_by_source) {
            out.push_back(entry.first);
        }
        return out;
    }

    // Consumes the report's documents (see Writer::put). False when
    // `cancelled` stopped a large report half-way: nothing of it was kept.
    bool add(store::PreparedReport&& prepared, const std::function<bool()>& cancelled) {
        const store::PreparedReport& report = prepared;
        if (!m_writer.put(std::move(prepared), m_reports.count(report.record.sha256) == 0,
                          cancelled)) {
            return false;
        }
        m_reports[report.record.sha256] = report.record;
        for (const auto& source : report.record.sources) {
            m_by_source[source] = report.record.sha256;
        }
        return true;
    }
    void alias(const std::string& sha, const std::string& source) {
        ReportRecord& record = m_reports.at(sha);
        record.sources.push_back(source);
        m_writer.update(record);
        m_by_source[source] = sha;
    }
    // Forgets that `source` had `sha`; a report left without sources goes.
    // Returns true when the report was removed.
    bool detach(const std::string& sha, const std::string& source) {
        m_by_source.erase(source);
        auto found = m_reports.find(sha);
        if (found == m_reports.end()) {
            return false;
        }
        auto& sources = found->second.sources;
        sources.erase(std::remove(sources.begin(), sources.end(), source), sources.end());
        if (sources.empty()) {
            m_writer.remove(sha);
            m_reports.erase(found);
            return true;
        }
        m_writer.update(found->second);
        return false;
    }

private:
    store::Writer& m_writer;
    std::map<std::string, ReportRecord> m_reports;
    std::map<std::string, std::string> m_by_source;
};

} // namespace

IngestSummary ingest_into(const IngestOptions& options, const Context& context) {
    Clock::time_point started = Clock::now();
    IngestSummary summary;
    std::vector<std::string> inputs = collect_inputs(options.inputs, summary.failures);
    summary.failed = summary.failures.size();
    summary.files_seen = inputs.size();

    store::Analyzer analyzer(context.dictionaries, context.normalizer);
    store::Writer writer(options.database, analyzer, options.wait_seconds, options.waiting);
    // Commits of a staged report: half the threshold, so that a report just
    // over it takes a few, within bounds that keep each commit worth it.
    writer.set_staging_batch(static_cast<std::size_t>(
        std::clamp<std::uintmax_t>(options.staging_bytes / 2, 4'096, 512 * 1024)));
    for (const auto& sha : writer.recovered()) {
        summary.notes.push_back(
            {Severity::warning, options.database, 0,
             "removed the part already written of a large report (content " + sha.substr(0, 12) +
                 "…) that an earlier ingest left unfinished; it was hidden from every command; "
                 "give its file to ingest again if it is not among these inputs"});
    }
    Catalogue catalogue(writer);
    const std::set<std::string> known = catalogue.contents();

    unsigned jobs =
        options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs =
        static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, inputs.size())));
    Results results(2 * static_cast<std::size_t>(jobs));
    results.set_producers(jobs);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    auto cancelled = [&] { return options.cancel != nullptr && options.cancel->load(); };
    std::atomic<std::size_t> started_files{0};
    std::vector<std::thread> parsers;
    for (unsigned j = 0; j < jobs; ++j) {
        parsers.emplace_back([&] {
            // A cancelled run stops taking files but hands over what it
            // parsed: those reports are complete and get committed.
            for (std::size_t i = next++; i < inputs.size() && !stop && !cancelled(); i = next++) {
                ++started_files;
                results.push(parse_one(i, inputs[i], known, context, analyzer, options));
            }
            results.producer_done();
        });
    }

    IngestProgress progress;
    progress.files_total = inputs.size();
    std::size_t pending = 0;       // reports changed since the last commit
    std::size_t stopped_large = 0; // large reports Ctrl-C stopped half-way
    auto apply = [&](Parsed& parsed) {
        if (parsed.failure) {
            ++summary.failed;
            summary.failures.push_back(*parsed.failure);
            return;
        }
        std::optional<std::string> before = catalogue.content_of(parsed.source);
        if (before == parsed.sha256) {
            ++summary.skipped;
            return;
        }
        if (catalogue.has(parsed.sha256)) {
            catalogue.alias(parsed.sha256, parsed.source); // same content, another name
            ++summary.skipped;
        } else {
            if (!parsed.prepared) {
                // Known at start but removed since (moved content): parse now.
                parsed =
                    parse_one(parsed.input, inputs[parsed.input], {}, context, analyzer, options);
                if (parsed.failure || !parsed.prepared) {
                    ++summary.failed;
                    summary.failures.push_back(
                        parsed.failure.value_or(failure(parsed.source, "changed while read; run "
                                                                       "'baocao ingest' again")));
                    return;
                }
            }
            if (!catalogue.add(std::move(*parsed.prepared), cancelled)) {
                ++stopped_large; // the next run reads it again
                return;
            }
            ++(before ? summary.replaced : summary.added);
            const Diagnostics& notes = parsed.prepared->record.diagnostics;
            summary.notes.insert(summary.notes.end(), notes.begin(), notes.end());
        }
        if (before) {
            catalogue.detach(*before, parsed.source);
        }
        ++pending;
    };

    try {
        while (std::optional<Parsed> parsed = results.pop()) {
            summary.pages += parsed->pages;
            apply(*parsed);
            if (pending >= options.batch_reports) {
                writer.commit();
                pending = 0;
            }
            ++progress.files_done;
            progress.pages = summary.pages;
            progress.seconds = std::chrono::duration<double>(Clock::now() - started).count();
            if (options.progress) {
                options.progress(progress);
            }
        }
        // An interrupted run has not seen every input: pruning now would
        // forget reports whose files are merely unread.
        if (options.prune && started_files == inputs.size()) {
            for (const auto& source : catalogue.sources()) {
                std::error_code error;
                if (!std::filesystem::exists(source, error) && !error) {
                    std::optional<std::string> sha = catalogue.content_of(source);
                    if (sha && catalogue.detach(*sha, source)) {
                        ++summary.pruned;
                    }
                    ++pending;
                }
            }
        }
        writer.commit();
    } catch (...) {
        stop = true;
        results.close();
        for (auto& parser : parsers) {
            parser.join();
        }
        throw;
    }
    for (auto& parser : parsers) {
        parser.join();
    }
    if (started_files < inputs.size() || stopped_large > 0) {
        summary.interrupted = true;
        summary.unread = inputs.size() - started_files + stopped_large;
    }
    summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return summary;
}

} // namespace baocao
