// 1Password 8 "Export > CSV": Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes.
#include "io/CsvImport.h"
#include "io/Importers.h"

namespace twofold::io {

namespace {
Entry* onePasswordRow(ImportBuilder& b, CsvRow& row)
{
    const QString title = row.take(QStringLiteral("Title"));
    const QString url = row.take(QStringLiteral("Url"));
    const QString user = row.take(QStringLiteral("Username"));
    Entry& e = b.add(fallbackTitle(title, url, user));
    e.username = user;
    ImportBuilder::addUrl(e, url);
    b.setPassword(e, row.take(QStringLiteral("Password")));
    b.setOtp(e, row.take(QStringLiteral("OTPAuth")), lineName(row.line()));
    e.notes = row.take(QStringLiteral("Notes"));
    for (const QString& tag : row.take(QStringLiteral("Tags")).split(u',', Qt::SkipEmptyParts))
        e.tags.append(tag.trimmed());
    if (row.take(QStringLiteral("Favorite")).compare(u"true", Qt::CaseInsensitive) == 0)
        e.tags.append(QStringLiteral("favorite"));
    if (row.take(QStringLiteral("Archived")).compare(u"true", Qt::CaseInsensitive) == 0)
        e.tags.append(QStringLiteral("archived"));
    return &e;
}
} // namespace

Result<ImportData> importOnePasswordCsv(QByteArrayView bytes, Clock& clock)
{
    return importCsv(bytes, QStringLiteral("1Password CSV"),
                     {QStringLiteral("Title"), QStringLiteral("Url"), QStringLiteral("Username"),
                      QStringLiteral("Password")},
                     onePasswordRow, clock);
}

} // namespace twofold::io
