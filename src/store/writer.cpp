#include "store/writer.h"

#include "store/document_builder.h"
#include "store/figure_series.h"
#include "store/packed_figure.h"
#include "store/records.h"
#include "store/schema.h"
#include "store/xapian_error.h"

#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

namespace baocao::store {

namespace {

using Clock = std::chrono::steady_clock;

// A Xapian database directory marks its backend with a file of this name.
bool is_xapian_directory(const std::filesystem::path& path) {
    std::error_code error;
    for (const char* mark : {"iamglass", "iamchert", "iamhoney"}) {
        if (std::filesystem::exists(path / mark, error)) {
            return true;
        }
    }
    return false;
}

std::string seconds_text(double seconds) {
    std::ostringstream out;
    out << seconds << " s";
    return out.str();
}

// Refuses a database written by someone else, or by another layout.
void check_layout(Xapian::WritableDatabase& database, const std::string& directory) {
    std::string layout = database.get_metadata(schema::layout_key);
    if (layout.empty() && database.get_doccount() == 0) {
        database.set_metadata(schema::layout_key, schema::layout_version);
        database.set_metadata(schema::series_mark_key, schema::series_stamp(database));
    } else if (layout.empty()) {
        throw Error(directory +
                    ": a Xapian database but not a baocao index (it has no baocao layout "
                    "mark); nothing was written; give another --db");
    } else if (layout != schema::layout_version) {
        throw Error(directory + ": a baocao index of another layout (version '" + layout +
                    "', this baocao writes '" + schema::layout_version +
                    "'); nothing was written; remove it and run 'baocao ingest' again, or "
                    "give another --db");
    }
}

Xapian::WritableDatabase open_directory(const std::string& directory, double wait_seconds,
                                        const std::function<void(const std::string&)>& waiting) {
    std::error_code error;
    std::filesystem::path path(directory);
    // Xapian would happily create its files among someone's documents.
    if (std::filesystem::is_directory(path, error) && !std::filesystem::is_empty(path, error) &&
        !error && !is_xapian_directory(path)) {
        throw Error(directory +
                    ": a folder with other files in it, not a baocao index; nothing was "
                    "written; give a new or empty folder with --db or $BAOCAO_DB");
    }
    if (path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) {
            throw Error(directory + ": cannot create the parent folder (" + error.message() +
                        "); choose another place with --db or $BAOCAO_DB");
        }
    }
    Clock::time_point deadline =
        Clock::now() + std::chrono::milliseconds(static_cast<long>(wait_seconds * 1000));
    bool told = false;
    while (true) {
        try {
            Xapian::WritableDatabase database(directory, Xapian::DB_CREATE_OR_OPEN);
            check_layout(database, directory);
            // Commits the layout mark of a new index, then holds every change
            // until commit() (see writer.h).
            database.begin_transaction();
            return database;
        } catch (const Xapian::DatabaseLockError& e) {
            // Xapian says "already locked" when another process holds the
            // lock (or a killed one whose lock is being released); any other
            // reason (a lock file we may not create) will not go away.
            if (e.get_msg().find("already locked") == std::string::npos) {
                throw Error(directory + ": cannot write to the index (" + e.get_msg() +
                            "); check that this user may write to it (ls -l), or choose "
                            "another place with --db or $BAOCAO_DB");
            }
            if (Clock::now() >= deadline) {
                throw Error(directory + ": another 'baocao ingest' is writing to this index " +
                                "(still locked after " + seconds_text(wait_seconds) +
                                "); nothing was written; run again when it has finished, or "
                                "wait longer with --wait SECONDS",
                            ExitCode::busy);
            }
            if (!told && waiting) {
                waiting(directory +
                        ": another 'baocao ingest' is writing to this index; "
                        "waiting up to " +
                        seconds_text(wait_seconds) + " for it to finish (--wait)");
                told = true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        } catch (const Xapian::DatabaseCreateError& e) {
            throw Error(directory + ": cannot create the index (" + e.get_msg() +
                        "); check that the place is writable, or choose another with --db or "
                        "$BAOCAO_DB");
        } catch (const Xapian::DatabaseOpeningError& e) {
            throw Error(directory + ": cannot open the index for writing (" + e.get_msg() +
                        "); check that --db names a baocao index in a writable place, or "
                        "choose another");
        } catch (const Xapian::Error& e) {
            throw Error(describe_xapian_error(e, directory));
        }
    }
}

} // namespace

Writer::Writer(const std::string& directory, const Analyzer& analyzer, double wait_seconds,
               const std::function<void(const std::string&)>& waiting)
    : m_name(directory), m_analyzer(analyzer),
      m_database(open_directory(directory, wait_seconds, waiting)) {
    guarded(m_name, [&] {
        std::string mark = m_database.get_metadata(schema::series_mark_key);
        m_series = !mark.empty() && mark == schema::series_stamp(m_database);
        if (!mark.empty() && !m_series) {
            // Written since by a baocao that does not keep the series: they
            // are stale, drop them (readers already ignore them).
            m_database.set_metadata(schema::series_mark_key, "");
            const std::string prefix = schema::series_key_prefix;
            std::vector<std::string> keys;
            for (auto it = m_database.metadata_keys_begin(prefix);
                 it != m_database.metadata_keys_end(prefix); ++it) {
                keys.push_back(*it);
            }
            for (const auto& key : keys) {
                m_database.set_metadata(key, "");
            }
        }
    });
    recover_staged();
}

void Writer::recover_staged() {
    guarded(m_name, [&] {
        const std::string prefix = schema::staging_prefix;
        for (auto it = m_database.allterms_begin(prefix); it != m_database.allterms_end(prefix);
             ++it) {
            std::string sha = (*it).substr(prefix.size());
            if (schema::is_sha256(sha)) {
                m_recovered.push_back(sha);
            }
        }
        for (const auto& sha : m_recovered) {
            // The marker carries XR<sha> too, so this removes it as well.
            m_database.delete_document(schema::report_term(sha));
            m_database.delete_document(schema::staging_id(sha));
        }
    });
    if (!m_recovered.empty()) {
        commit();
    }
}

Writer::Writer(const Analyzer& analyzer)
    : m_name("(in memory)"), m_analyzer(analyzer),
      m_database(std::string(), Xapian::DB_BACKEND_INMEMORY) {
    // The in-memory backend has no transactions (and nothing to lose to a
    // crash): commit() commits.
    m_database.set_metadata(schema::layout_key, schema::layout_version);
    m_transactions = false;
    // No series either: the backend cannot list metadata keys, which
    // removing a report from them needs; Index never opens it anyway.
}

std::map<std::string, ReportRecord> Writer::load_reports() const {
    return guarded(m_name, [&] {
        std::map<std::string, ReportRecord> out;
        std::string type = schema::type_term(schema::type_report);
        for (auto it = m_database.postlist_begin(type); it != m_database.postlist_end(type); ++it) {
            ReportRecord record =
                report_from_json(parse_data(m_database.get_document(*it).get_data(), m_name));
            out.emplace(record.sha256, std::move(record));
        }
        return out;
    });
}

bool Writer::put(PreparedReport&& report, bool fresh, const std::function<bool()>& cancelled) {
    if (report.deferred) {
        return put_staged(report, fresh, cancelled);
    }
    guarded(m_name, [&] {
        const std::string& sha = report.record.sha256;
        if (!fresh) {
            forget_series(sha);
        }
        for (auto& entry : report.documents) {
            add_to_series(entry.second, sha, m_series_added);
        }
        if (fresh) {
            // No lookups of id terms: most of an ingest is new content.
            for (auto& entry : report.documents) {
                m_database.add_document(entry.second);
                entry.second = Xapian::Document();
            }
        } else {
            m_database.delete_document(schema::report_term(report.record.sha256));
            for (auto& [id, document] : report.documents) {
                m_database.replace_document(id, document);
                document = Xapian::Document();
            }
        }
        report.documents.clear();
        m_database.replace_document(schema::report_id(report.record.sha256),
                                    report_document(report.record, m_analyzer));
    });
    return true;
}

bool Writer::put_staged(PreparedReport& report, bool fresh,
                        const std::function<bool()>& cancelled) {
    const std::string sha = report.record.sha256;
    // What came before this report lands first, on its own.
    commit();
    guarded(m_name, [&] {
        if (!fresh) {
            forget_series(sha);
            m_database.delete_document(schema::report_term(sha));
        }
        Xapian::Document marker;
        marker.add_boolean_term(schema::staging_id(sha));
        marker.add_boolean_term(schema::staging_term(sha));
        marker.add_boolean_term(schema::report_term(sha));
        m_database.replace_document(schema::staging_id(sha), marker);
    });
    commit();
    bool stopped = false;
    // Its series entries wait for its last commit, like its report record.
    std::map<std::string, std::string> series;
    guarded(m_name, [&] {
        std::size_t bytes = 0;
        build_documents(*report.deferred, report.record, m_analyzer,
                        [&](std::string, Xapian::Document document) {
                            if (stopped) {
                                return;
                            }
                            bytes += document.get_data().size();
                            add_to_series(document, sha, series);
                            m_database.add_document(document);
                            if (bytes >= m_staging_batch) {
                                commit();
                                bytes = 0;
                                stopped = cancelled && cancelled();
                            }
                        });
        if (stopped) {
            // Readers never saw these documents (the marker hides them):
            // take them out again, marker included.
            if (m_transactions) {
                m_database.cancel_transaction();
                m_database.begin_transaction();
            }
            m_database.delete_document(schema::report_term(sha));
            return;
        }
        m_database.replace_document(schema::report_id(sha),
                                    report_document(report.record, m_analyzer));
        m_database.delete_document(schema::staging_id(sha));
        for (auto& [metric, entries] : series) {
            m_series_added[metric] += entries;
        }
    });
    commit();
    report.deferred.reset();
    return !stopped;
}

void Writer::update(const ReportRecord& record) {
    guarded(m_name, [&] {
        m_database.replace_document(schema::report_id(record.sha256),
                                    report_document(record, m_analyzer));
    });
}

void Writer::remove(const std::string& sha256) {
    forget_series(sha256);
    guarded(m_name, [&] { m_database.delete_document(schema::report_term(sha256)); });
}

void Writer::add_to_series(const Xapian::Document& document, const std::string& sha,
                           std::map<std::string, std::string>& series) const {
    if (!m_series) {
        return;
    }
    std::string packed = document.get_value(schema::slot_figure);
    FigureRecord record;
    if (packed.empty() || !unpack_figure(packed, record) || record.figure.metric.empty()) {
        return;
    }
    append_series_entry(series[record.figure.metric], sha, packed);
}

void Writer::forget_series(const std::string& sha) {
    if (!m_series) {
        return;
    }
    m_series_removed.insert(sha);
    // Entries of this batch not yet stored go too.
    for (auto& [metric, entries] : m_series_added) {
        entries = series_without(entries, {sha});
    }
}

void Writer::store_series() {
    if (m_series_added.empty() && m_series_removed.empty()) {
        return;
    }
    guarded(m_name, [&] {
        std::map<std::string, std::string> changed; // key -> new value
        if (!m_series_removed.empty()) {
            // Which metrics a removed report had is not recorded: look at
            // every series (removals are rare: a changed or deleted file).
            const std::string prefix = schema::series_key_prefix;
            for (auto it = m_database.metadata_keys_begin(prefix);
                 it != m_database.metadata_keys_end(prefix); ++it) {
                std::string old = m_database.get_metadata(*it);
                std::string kept = series_without(old, m_series_removed);
                if (kept.size() != old.size()) {
                    changed[*it] = std::move(kept);
                }
            }
        }
        for (auto& [metric, entries] : m_series_added) {
            if (entries.empty()) {
                continue;
            }
            std::string key = series_key(metric);
            auto found = changed.find(key);
            if (found == changed.end()) {
                found = changed.emplace(key, m_database.get_metadata(key)).first;
            }
            found->second += entries;
        }
        for (const auto& [key, value] : changed) {
            m_database.set_metadata(key, value); // empty: the key goes
        }
    });
    m_series_added.clear();
    m_series_removed.clear();
}

void Writer::commit() {
    store_series();
    guarded(m_name, [&] {
        if (m_series) {
            m_database.set_metadata(schema::series_mark_key, schema::series_stamp(m_database));
        }
        if (!m_transactions) {
            m_database.commit();
            return;
        }
        m_database.commit_transaction();
        m_database.begin_transaction();
    });
}

} // namespace baocao::store
