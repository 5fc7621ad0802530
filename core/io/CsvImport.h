#pragma once
// The shared frame of the CSV importers: parse, check the header, hand each row to the
// format's handler, then keep every column the handler did not take as a custom field.
#include "io/Csv.h"
#include "io/ImportData.h"

namespace twofold::io {

// What a format does with one row: takes the columns it knows (CsvRow::take) and fills an
// entry of builder. Returns the entry it made, or nullptr when the row was skipped (and the
// handler said why with builder.skip).
using CsvRowHandler = Entry* (*)(ImportBuilder& builder, CsvRow& row);

// Imports bytes as a CSV export of formatName whose header must have every required column.
// Empty rows are skipped (and listed). Refuses a malformed line or a missing column.
Result<ImportData> importCsv(QByteArrayView bytes, const QString& formatName, const QStringList& required,
                             CsvRowHandler handler, Clock& clock);

// "Line N" for summaries.
QString lineName(int line);

} // namespace twofold::io
