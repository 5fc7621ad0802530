// Chrome / Edge / Brave "Export passwords": name,url,username,password[,note]
// (chrome://password-manager/settings; the note column exists since Chrome 118).
#include "io/CsvImport.h"
#include "io/Importers.h"

namespace twofold::io {

namespace {
Entry* chromeRow(ImportBuilder& b, CsvRow& row)
{
    const QString name = row.take(QStringLiteral("name"));
    const QString url = row.take(QStringLiteral("url"));
    const QString user = row.take(QStringLiteral("username"));
    Entry& e = b.add(fallbackTitle(name, url, user));
    e.username = user;
    ImportBuilder::addUrl(e, url);
    b.setPassword(e, row.take(QStringLiteral("password")));
    e.notes = row.take(QStringLiteral("note"));
    return &e;
}
} // namespace

Result<ImportData> importChromeCsv(QByteArrayView bytes, Clock& clock)
{
    return importCsv(bytes, QStringLiteral("Chrome"),
                     {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("username"),
                      QStringLiteral("password")},
                     chromeRow, clock);
}

} // namespace twofold::io
