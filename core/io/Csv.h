#pragma once
// CSV (RFC 4180) through libcsv: a table of rows read from bytes, and lines written back.
// CsvRow lets a format take the columns it knows by name; whatever it did not take is left
// for custom fields, so no column is ever dropped silently.
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <vector>

namespace twofold::io {

struct CsvTable
{
    QStringList header;            // the first record
    std::vector<QStringList> rows; // the records after it
    std::vector<int> lines;        // the line each row starts on (1-based)
};

// Parses bytes (UTF-8, an optional byte-order mark) as CSV with delimiter. Refuses with a
// sentence naming the line of the first malformed record (an unclosed quote, a quote inside
// an unquoted field). Rows shorter than the header are padded with empty fields.
Result<CsvTable> parseCsv(QByteArrayView bytes, char delimiter = ',');

// One record, every field quoted, ending in CRLF (RFC 4180).
QByteArray csvRecord(const QStringList& fields);

class CsvRow
{
public:
    CsvRow(const QStringList& header, const QStringList& fields, int line);
    // The value of the first column named name (case-insensitive), marked as taken; "" if none.
    QString take(const QString& name);
    // Whether the header has a column name.
    bool has(const QString& name) const;
    // The columns not taken that hold something, in file order: (header, value).
    std::vector<std::pair<QString, QString>> rest() const;
    bool isEmpty() const;
    int line() const { return m_line; }

private:
    const QStringList& m_header;
    const QStringList& m_fields;
    std::vector<bool> m_taken;
    int m_line;
};

// Whether header has every one of columns (case-insensitive); the first missing one in missing.
bool hasColumns(const QStringList& header, const QStringList& columns, QString* missing = nullptr);

} // namespace twofold::io
