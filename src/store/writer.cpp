#include "store/writer.h"

#include "store/records.h"
#include "store/schema.h"
#include "store/xapian_error.h"

#include <filesystem>

namespace baocao::store {

namespace {

Xapian::WritableDatabase open_directory(const std::string& directory) {
    std::error_code error;
    std::filesystem::path path(directory);
    if (path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) {
            throw Error(directory + ": cannot create the parent folder (" + error.message() +
                        "); choose another place with --db or $BAOCAO_DB");
        }
    }
    return guarded(directory, [&] {
        Xapian::WritableDatabase database(directory, Xapian::DB_CREATE_OR_OPEN);
        std::string layout = database.get_metadata(schema::layout_key);
        if (layout.empty() && database.get_doccount() == 0) {
            database.set_metadata(schema::layout_key, schema::layout_version);
        } else if (layout != schema::layout_version) {
            throw Error(directory + ": not a baocao index of this version (layout '" + layout +
                        "'); remove it or choose another --db, then run 'baocao ingest' again");
        }
        return database;
    });
}

} // namespace

Writer::Writer(const std::string& directory, const Analyzer& analyzer)
    : m_name(directory), m_analyzer(analyzer), m_database(open_directory(directory)) {}

Writer::Writer(const Analyzer& analyzer)
    : m_name("(in memory)"), m_analyzer(analyzer),
      m_database(std::string(), Xapian::DB_BACKEND_INMEMORY) {
    m_database.set_metadata(schema::layout_key, schema::layout_version);
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

void Writer::put(const PreparedReport& report, bool fresh) {
    guarded(m_name, [&] {
        if (fresh) {
            // No lookups of id terms: most of an ingest is new content.
            for (const auto& entry : report.documents) {
                m_database.add_document(entry.second);
            }
        } else {
            m_database.delete_document(schema::report_term(report.record.sha256));
            for (const auto& [id, document] : report.documents) {
                m_database.replace_document(id, document);
            }
        }
        m_database.replace_document(schema::report_id(report.record.sha256),
                                    report_document(report.record, m_analyzer));
    });
}

void Writer::update(const ReportRecord& record) {
    guarded(m_name, [&] {
        m_database.replace_document(schema::report_id(record.sha256),
                                    report_document(record, m_analyzer));
    });
}

void Writer::remove(const std::string& sha256) {
    guarded(m_name, [&] { m_database.delete_document(schema::report_term(sha256)); });
}

void Writer::commit() {
    guarded(m_name, [&] { m_database.commit(); });
}

} // namespace baocao::store
