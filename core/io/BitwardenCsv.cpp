// Bitwarden "Export vault > .csv" (individual vault): folder,favorite,type,name,notes,fields,
// reprompt,login_uri,login_username,login_password,login_totp. type is "login" or "note";
// fields holds "name: value" lines; login_uri several addresses separated by commas.
#include "io/CsvImport.h"
#include "io/Importers.h"

namespace twofold::io {

namespace {
Entry* bitwardenRow(ImportBuilder& b, CsvRow& row)
{
    const QString name = row.take(QStringLiteral("name"));
    const QString uris = row.take(QStringLiteral("login_uri"));
    const QString user = row.take(QStringLiteral("login_username"));
    const QStringList urls = uris.split(u',', Qt::SkipEmptyParts);
    Entry& e = b.add(fallbackTitle(name, urls.value(0), user));
    e.groupId = b.groupFor(row.take(QStringLiteral("folder")));
    if (row.take(QStringLiteral("type")).trimmed() == u"note")
        e.kind = EntryKind::SecureNote;
    if (row.take(QStringLiteral("favorite")).trimmed() == u"1")
        e.tags.append(QStringLiteral("favorite"));
    e.notes = row.take(QStringLiteral("notes"));
    e.username = user;
    for (const QString& url : urls)
        ImportBuilder::addUrl(e, url);
    b.setPassword(e, row.take(QStringLiteral("login_password")));
    b.setOtp(e, row.take(QStringLiteral("login_totp")), lineName(row.line()));
    for (const QString& line : row.take(QStringLiteral("fields")).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (colon < 0)
            b.addField(e, {}, line);
        else
            b.addField(e, line.left(colon), line.mid(colon + 2));
    }
    const QString reprompt = row.take(QStringLiteral("reprompt"));
    if (!reprompt.isEmpty() && reprompt != u"0")
        b.addField(e, QStringLiteral("reprompt"), reprompt);
    return &e;
}
} // namespace

Result<ImportData> importBitwardenCsv(QByteArrayView bytes, Clock& clock)
{
    return importCsv(bytes, QStringLiteral("Bitwarden CSV"),
                     {QStringLiteral("folder"), QStringLiteral("type"), QStringLiteral("name"),
                      QStringLiteral("login_uri"), QStringLiteral("login_username"),
                      QStringLiteral("login_password")},
                     bitwardenRow, clock);
}

} // namespace twofold::io
