// Firefox "Export Logins…" (about:logins): url,username,password,httpRealm,formActionOrigin,
// guid,timeCreated,timeLastUsed,timePasswordChanged (times in ms since the epoch).
#include "io/CsvImport.h"
#include "io/Importers.h"

namespace twofold::io {

namespace {
Entry* firefoxRow(ImportBuilder& b, CsvRow& row)
{
    const QString url = row.take(QStringLiteral("url"));
    const QString user = row.take(QStringLiteral("username"));
    Entry& e = b.add(fallbackTitle({}, url, user));
    e.username = user;
    ImportBuilder::addUrl(e, url);
    b.setPassword(e, row.take(QStringLiteral("password")));
    bool ok = false;
    if (const qint64 created = row.take(QStringLiteral("timeCreated")).toLongLong(&ok); ok && created > 0)
        e.createdMs = created;
    if (const qint64 changed = row.take(QStringLiteral("timePasswordChanged")).toLongLong(&ok);
        ok && changed > 0)
        e.modifiedMs = changed;
    // Bookkeeping of Firefox's own, with no meaning elsewhere.
    (void)row.take(QStringLiteral("guid"));
    (void)row.take(QStringLiteral("timeLastUsed"));
    const QString form = row.take(QStringLiteral("formActionOrigin"));
    if (form != url)
        b.addField(e, QStringLiteral("formActionOrigin"), form, CustomField::Type::Url);
    return &e;
}
} // namespace

Result<ImportData> importFirefoxCsv(QByteArrayView bytes, Clock& clock)
{
    return importCsv(bytes, QStringLiteral("Firefox"),
                     {QStringLiteral("url"), QStringLiteral("username"), QStringLiteral("password"),
                      QStringLiteral("httpRealm")},
                     firefoxRow, clock);
}

} // namespace twofold::io
