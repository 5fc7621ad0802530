// LastPass "Export > LastPass CSV File": url,username,password,totp,extra,name,grouping,fav.
// Secure notes have url "http://sn"; their extra holds "NoteType:Credit Card" and then
// "Label:value" lines for typed notes (cards, addresses, …), or the free text of a note.
#include "io/CsvImport.h"
#include "io/Importers.h"

namespace twofold::io {

namespace {
bool isSecretLabel(const QString& label)
{
    static const QStringList secret = {
        QStringLiteral("Number"),   QStringLiteral("Security Code"),  QStringLiteral("PIN"),
        QStringLiteral("Password"), QStringLiteral("Account Number"), QStringLiteral("Routing Number")};
    return secret.contains(label, Qt::CaseInsensitive);
}

void readNote(ImportBuilder& b, Entry& e, const QString& extra)
{
    if (!extra.startsWith(u"NoteType:")) {
        e.kind = EntryKind::SecureNote;
        e.notes = extra;
        return;
    }
    const QStringList lines = extra.split(u'\n');
    const QString type = lines.first().mid(9).trimmed();
    e.kind = type == u"Credit Card" ? EntryKind::Card
             : type == u"Address"   ? EntryKind::Identity
                                    : EntryKind::SecureNote;
    if (e.kind == EntryKind::SecureNote)
        b.addField(e, QStringLiteral("NoteType"), type);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines[i];
        const qsizetype colon = line.indexOf(u':');
        const QString label = colon < 0 ? QString() : line.left(colon);
        if (label == u"Notes") {
            // Notes run to the end: they may hold colons and newlines of their own.
            e.notes = (QStringList{line.mid(colon + 1)} + lines.mid(i + 1)).join(u'\n');
            return;
        }
        if (colon < 0)
            b.addField(e, {}, line);
        else
            b.addField(e, label, line.mid(colon + 1),
                       isSecretLabel(label) ? CustomField::Type::Hidden : CustomField::Type::Text);
    }
}

Entry* lastPassRow(ImportBuilder& b, CsvRow& row)
{
    const QString url = row.take(QStringLiteral("url"));
    const QString name = row.take(QStringLiteral("name"));
    const QString user = row.take(QStringLiteral("username"));
    const bool note = url.trimmed() == u"http://sn";
    Entry& e = b.add(fallbackTitle(name, note ? QString() : url, user));
    e.groupId = b.groupFor(row.take(QStringLiteral("grouping")).replace(u'\\', u'/'));
    e.username = user;
    b.setPassword(e, row.take(QStringLiteral("password")));
    b.setOtp(e, row.take(QStringLiteral("totp")), lineName(row.line()));
    if (row.take(QStringLiteral("fav")).trimmed() == u"1")
        e.tags.append(QStringLiteral("favorite"));
    const QString extra = row.take(QStringLiteral("extra"));
    if (note) {
        readNote(b, e, extra);
    } else {
        ImportBuilder::addUrl(e, url);
        e.notes = extra;
    }
    return &e;
}
} // namespace

Result<ImportData> importLastPassCsv(QByteArrayView bytes, Clock& clock)
{
    return importCsv(bytes, QStringLiteral("LastPass"),
                     {QStringLiteral("url"), QStringLiteral("username"), QStringLiteral("password"),
                      QStringLiteral("extra"), QStringLiteral("name"), QStringLiteral("grouping")},
                     lastPassRow, clock);
}

} // namespace twofold::io
