#include "io/CsvImport.h"

#include <QCoreApplication>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};
} // namespace

QString lineName(int line)
{
    return Text::tr("line %1").arg(line);
}

Result<ImportData> importCsv(QByteArrayView bytes, const QString& formatName, const QStringList& required,
                             CsvRowHandler handler, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    Result<CsvTable> table = parseCsv(bytes);
    if (!table)
        return table.error();
    QString missing;
    if (!hasColumns(table->header, required, &missing))
        return Error(ErrorCode::InvalidInput, text::missingColumn(formatName, missing));
    ImportBuilder builder(clock);
    builder.data().entries.reserve(table->rows.size());
    for (std::size_t i = 0; i < table->rows.size(); ++i) {
        CsvRow row(table->header, table->rows[i], table->lines[i]);
        if (row.isEmpty()) {
            builder.skip(text::skippedEmptyRow(row.line()));
            continue;
        }
        Entry* e = handler(builder, row);
        if (!e)
            continue;
        for (const auto& [name, value] : row.rest())
            builder.addField(*e, name, value);
    }
    return builder.take();
}

} // namespace twofold::io
