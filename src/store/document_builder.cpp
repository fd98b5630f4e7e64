#include "store/document_builder.h"

#include "store/packed_figure.h"
#include "store/records.h"
#include "store/schema.h"

namespace baocao::store {

namespace {

double period_number(const YearMonth& period) {
    return period.valid() ? period.year * 100 + period.month : 0;
}

// Terms every document of the report carries: id, report, type, month, issuer.
void add_common_terms(Xapian::Document& document, const std::string& id, const ReportRecord& report,
                      const char* type, const std::vector<std::string>& issuer) {
    document.add_boolean_term(id);
    document.add_boolean_term(schema::report_term(report.sha256));
    document.add_boolean_term(schema::type_term(type));
    if (report.period.valid()) {
        document.add_boolean_term(schema::month_term(report.period.year, report.period.month));
    }
    for (const auto& term : issuer) {
        document.add_boolean_term(term);
    }
    document.add_value(schema::slot_period,
                       Xapian::sortable_serialise(period_number(report.period)));
}

void add_part_and_section(Xapian::Document& document, const std::string& part,
                          const std::string& section) {
    if (!part.empty()) {
        document.add_boolean_term(schema::bounded(schema::part_prefix + part));
    }
    for (const auto& term : section_terms(section)) {
        document.add_boolean_term(term);
    }
}

// Postings of one field from `start`; returns the first position after it.
Xapian::termpos index_field(Xapian::Document& document, const std::string& text,
                            Xapian::termpos start, const Analyzer& analyzer) {
    Xapian::termpos last = start;
    for (const Posting& posting : analyzer.analyse(text)) {
        Xapian::termpos position = start + posting.position;
        last = std::max(last, position);
        WordKeys keys = analyzer.keys(posting.term);
        // A word without marks is its own folded form: the F term alone
        // serves both kinds of query (see schema.h), which saves a quarter
        // of the postings.
        if (keys.has_marks()) {
            document.add_posting(schema::bounded(posting.term), position);
        }
        document.add_posting(schema::bounded(schema::folded_prefix + keys.folded), position);
        // A document reference ("76/TB-UBND", "43/2022/QH15") is also a
        // boolean term for so: filters. Dates have no letters and are not.
        if (!posting.alternative && !posting.term.empty() && posting.term.front() >= '0' &&
            posting.term.front() <= '9' && posting.term.find_first_of("/-") != std::string::npos &&
            posting.term.find_first_not_of("0123456789/-.,") != std::string::npos) {
            document.add_boolean_term(schema::bounded(schema::reference_prefix + posting.term));
        }
    }
    return last + 1;
}

} // namespace

std::vector<std::string> issuer_terms(const std::string& issuer, const Analyzer& analyzer) {
    std::vector<std::string> out;
    for (const Token& token : analyzer.tokenize(issuer)) {
        out.push_back(schema::bounded(schema::issuer_prefix + analyzer.keys(token.text).folded));
    }
    return out;
}

std::vector<std::string> section_terms(const std::string& number) {
    std::vector<std::string> out;
    std::string current = number;
    while (!current.empty()) {
        out.push_back(schema::bounded(schema::section_prefix + current));
        std::size_t dot = current.rfind('.');
        current = dot == std::string::npos ? std::string() : current.substr(0, dot);
    }
    return out;
}

Xapian::Document report_document(const ReportRecord& record, const Analyzer& analyzer) {
    Xapian::Document document;
    add_common_terms(document, schema::report_id(record.sha256), record, schema::type_report,
                     issuer_terms(record.issuer, analyzer));
    for (const auto& source : record.sources) {
        document.add_boolean_term(schema::bounded(schema::source_prefix + source));
    }
    document.set_data(
        report_to_json(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return document;
}

ReportRecord report_record(const ProcessedFile& file, const std::string& source) {
    const Report& report = file.report;
    ReportRecord record;
    record.sha256 = file.raw.sha256;
    record.sources = {source};
    record.issuer = report.issuer;
    record.report_number = report.report_number;
    record.title = report.title;
    record.kind = report.kind;
    record.period = report.period;
    record.plan_period = report.plan_period;
    record.pages = file.raw.pages.size();
    record.paragraphs = 0;
    for (const Section& section : report.sections) {
        record.paragraphs += section.paragraphs.size();
    }
    record.figures = file.findings.figures.size();
    record.directives = file.findings.directives.size();
    record.diagnostics = file.diagnostics();
    return record;
}

PreparedReport prepare_report(const ProcessedFile& file, const std::string& source,
                              const Analyzer& analyzer) {
    PreparedReport out;
    out.record = report_record(file, source);
    build_documents(file, out.record, analyzer, [&](std::string id, Xapian::Document document) {
        out.documents.emplace_back(std::move(id), std::move(document));
    });
    return out;
}

PreparedReport defer_report(std::shared_ptr<const ProcessedFile> file, const std::string& source) {
    PreparedReport out;
    out.record = report_record(*file, source);
    out.deferred = std::move(file);
    return out;
}

void build_documents(const ProcessedFile& file, const ReportRecord& record,
                     const Analyzer& analyzer, const DocumentSink& sink) {
    const Report& report = file.report;
    const std::string& source = record.sources.front();
    RecordOrigin origin{record.sha256, report.issuer, report.period, source};
    std::vector<std::string> issuer = issuer_terms(report.issuer, analyzer);
    auto dump = [](const nlohmann::json& json) {
        return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };

    std::size_t index = 0;
    for (const Section& section : report.sections) {
        for (const Paragraph& paragraph : section.paragraphs) {
            std::string id = schema::item_id('p', record.sha256, index);
            Xapian::Document document;
            add_common_terms(document, id, record, schema::type_paragraph, issuer);
            add_part_and_section(document, section.part, section.number);
            // The section title is searchable with the paragraph, a field
            // apart so that no phrase runs from the title into the text.
            Xapian::termpos next = index_field(document, section.title, 1, analyzer);
            index_field(document, paragraph.text, next + schema::field_gap, analyzer);
            document.add_value(schema::slot_order,
                               Xapian::sortable_serialise(static_cast<double>(index)));
            ParagraphRecord paragraph_record{origin,         index,         section.part,
                                             section.number, section.title, paragraph.text,
                                             paragraph.page};
            document.set_data(dump(paragraph_to_json(paragraph_record)));
            sink(std::move(id), std::move(document));
            ++index;
        }
    }

    for (std::size_t i = 0; i < file.findings.figures.size(); ++i) {
        const Figure& figure = file.findings.figures[i];
        std::string id = schema::item_id('f', record.sha256, i);
        Xapian::Document document;
        add_common_terms(document, id, record, schema::type_figure, issuer);
        add_part_and_section(document, figure.part, figure.section);
        if (!figure.metric.empty()) {
            document.add_boolean_term(schema::bounded(schema::metric_prefix + figure.metric));
        }
        document.add_value(schema::slot_value, Xapian::sortable_serialise(figure.value));
        document.add_value(schema::slot_order, Xapian::sortable_serialise(static_cast<double>(i)));
        document.add_value(schema::slot_figure, pack_figure({origin, figure}));
        document.set_data(dump(figure_to_json({origin, figure})));
        sink(std::move(id), std::move(document));
    }

    for (std::size_t i = 0; i < file.findings.directives.size(); ++i) {
        const Directive& directive = file.findings.directives[i];
        std::string id = schema::item_id('d', record.sha256, i);
        Xapian::Document document;
        add_common_terms(document, id, record, schema::type_directive, issuer);
        add_part_and_section(document, "plan", directive.section);
        if (directive.deadline) {
            const Date& d = *directive.deadline;
            document.add_value(
                schema::slot_deadline,
                Xapian::sortable_serialise(d.year * 10000.0 + d.month * 100 + d.day));
        }
        document.add_value(schema::slot_order, Xapian::sortable_serialise(static_cast<double>(i)));
        document.set_data(dump(directive_to_json({origin, directive})));
        sink(std::move(id), std::move(document));
    }
}

} // namespace baocao::store
