// KeePassXC "Export to CSV": Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,
// Created (groups as paths below "Root", times in ISO 8601).
#include "io/CsvImport.h"
#include "io/Importers.h"

#include <QDateTime>

namespace twofold::io {

namespace {
qint64 isoMs(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

Entry* keepassxcRow(ImportBuilder& b, CsvRow& row)
{
    QString group = row.take(QStringLiteral("Group"));
    if (group == u"Root" || group.startsWith(u"Root/"))
        group = group.mid(4);
    const QString title = row.take(QStringLiteral("Title"));
    const QString user = row.take(QStringLiteral("Username"));
    const QString url = row.take(QStringLiteral("URL"));
    Entry& e = b.add(fallbackTitle(title, url, user));
    e.groupId = b.groupFor(group);
    e.username = user;
    ImportBuilder::addUrl(e, url);
    b.setPassword(e, row.take(QStringLiteral("Password")));
    e.notes = row.take(QStringLiteral("Notes"));
    b.setOtp(e, row.take(QStringLiteral("TOTP")), lineName(row.line()));
    (void)row.take(QStringLiteral("Icon")); // an index into KeePass's icon set
    if (const qint64 m = isoMs(row.take(QStringLiteral("Last Modified"))))
        e.modifiedMs = m;
    if (const qint64 c = isoMs(row.take(QStringLiteral("Created"))))
        e.createdMs = c;
    return &e;
}
} // namespace

Result<ImportData> importKeePassXcCsv(QByteArrayView bytes, Clock& clock)
{
    return importCsv(bytes, QStringLiteral("KeePassXC CSV"),
                     {QStringLiteral("Group"), QStringLiteral("Title"), QStringLiteral("Username"),
                      QStringLiteral("Password"), QStringLiteral("URL")},
                     keepassxcRow, clock);
}

} // namespace twofold::io
