#include "io/Csv.h"

#include "io/ImportData.h"

#include <csv.h>

namespace twofold::io {

namespace {

struct ParseState
{
    CsvTable table;
    QStringList current;
    bool first = true;
    int recordLine = 1; // line the current record started on
    int line = 1;       // line being parsed
};

void onField(void* s, std::size_t len, void* data)
{
    auto* st = static_cast<ParseState*>(data);
    st->current.append(QString::fromUtf8(static_cast<const char*>(s), qsizetype(len)));
}

void onRecord(int, void* data)
{
    auto* st = static_cast<ParseState*>(data);
    if (st->first) {
        st->table.header = std::move(st->current);
        st->first = false;
    } else {
        st->table.rows.push_back(std::move(st->current));
        st->table.lines.push_back(st->recordLine);
    }
    st->current = {};
    st->recordLine = st->line + 1;
}

} // namespace

Result<CsvTable> parseCsv(QByteArrayView bytes, char delimiter)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return Error(ErrorCode::Internal, text::lineIsMalformed(1));
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    ParseState st;
    // Fed one line at a time, so each record knows the line it started on.
    qsizetype pos = 0;
    int line = 1;
    bool failed = false;
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        st.line = line;
        const std::size_t n =
            csv_parse(&parser, bytes.data() + pos, std::size_t(end - pos), onField, onRecord, &st);
        if (n != std::size_t(end - pos)) {
            failed = true;
            line = st.recordLine;
            break;
        }
        pos = end;
        ++line;
    }
    if (!failed && csv_fini(&parser, onField, onRecord, &st) != 0) {
        failed = true;
        line = st.recordLine;
    }
    csv_free(&parser);
    if (failed)
        return Error(ErrorCode::FileDamaged, text::lineIsMalformed(line));
    for (QStringList& row : st.table.rows)
        while (row.size() < st.table.header.size())
            row.append(QString());
    return std::move(st.table);
}

QByteArray csvRecord(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        const QByteArray utf8 = fields[i].toUtf8();
        QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
        const std::size_t n =
            csv_write(quoted.data(), std::size_t(quoted.size()), utf8.constData(), std::size_t(utf8.size()));
        quoted.truncate(qsizetype(n));
        out += quoted;
    }
    out += "\r\n";
    return out;
}

CsvRow::CsvRow(const QStringList& header, const QStringList& fields, int line)
    : m_header(header), m_fields(fields), m_taken(std::size_t(fields.size()), false), m_line(line)
{
}

QString CsvRow::take(const QString& name)
{
    for (qsizetype i = 0; i < m_header.size() && i < m_fields.size(); ++i)
        if (!m_taken[std::size_t(i)] && m_header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            m_taken[std::size_t(i)] = true;
            return m_fields[i];
        }
    return {};
}

bool CsvRow::has(const QString& name) const
{
    for (const QString& h : m_header)
        if (h.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

std::vector<std::pair<QString, QString>> CsvRow::rest() const
{
    std::vector<std::pair<QString, QString>> out;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (!m_taken[std::size_t(i)] && !m_fields[i].isEmpty())
            out.emplace_back(i < m_header.size() ? m_header[i].trimmed() : QString(), m_fields[i]);
    return out;
}

bool CsvRow::isEmpty() const
{
    for (const QString& f : m_fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

bool hasColumns(const QStringList& header, const QStringList& columns, QString* missing)
{
    for (const QString& c : columns) {
        bool found = false;
        for (const QString& h : header)
            found = found || h.trimmed().compare(c, Qt::CaseInsensitive) == 0;
        if (!found) {
            if (missing)
                *missing = c;
            return false;
        }
    }
    return true;
}

} // namespace twofold::io
