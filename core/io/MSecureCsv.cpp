// mSecure 6 "Export > CSV": no header row (a first line "mSecure …" is skipped); each record
// is Name,Type,Tags,Notes followed by one item per field, "Label|kind|value" (kind: mSecure's
// field type number). Types: Login, Credit Card, Secure Note, Identity, and others.
#include "io/Csv.h"
#include "io/CsvImport.h"
#include "io/Importers.h"

#include <QCoreApplication>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

EntryKind kindOf(const QString& type)
{
    if (type == u"Credit Card" || type == u"Bank Accounts")
        return EntryKind::Card;
    if (type == u"Secure Note" || type == u"Note")
        return EntryKind::SecureNote;
    if (type == u"Identity" || type == u"Contact")
        return EntryKind::Identity;
    return EntryKind::Login;
}

bool isSecret(const QString& label, const QString& kind)
{
    // mSecure's password-like field types (8 password, 9 secure number) and telling labels.
    return kind == u"8" || kind == u"9" || label.contains(u"Password", Qt::CaseInsensitive) ||
           label == u"PIN" || label == u"Security Code" || label == u"Card Number";
}

void addRecord(ImportBuilder& b, const QStringList& f, int line)
{
    if (f.size() < 4) {
        b.skip(text::skippedItem(lineName(line),
                                 Text::tr("it has fewer than the four columns Name, Type, Tags, Notes.")));
        return;
    }
    Entry& e = b.add(f[0].trimmed().isEmpty() ? Text::tr("Untitled") : f[0]);
    const QString type = f[1].trimmed();
    e.kind = kindOf(type);
    if (e.kind == EntryKind::Login && type != u"Login" && !type.isEmpty())
        e.tags.append(type);
    for (const QString& tag : f[2].split(u',', Qt::SkipEmptyParts))
        e.tags.append(tag.trimmed());
    e.notes = f[3];
    for (qsizetype i = 4; i < f.size(); ++i) {
        const QStringList parts = f[i].split(u'|');
        if (parts.size() < 3) {
            b.addField(e, {}, f[i]);
            continue;
        }
        const QString label = parts[0];
        const QString value = parts.mid(2).join(u'|');
        if ((label == u"Website" || label == u"URL") && parts.size() >= 3)
            ImportBuilder::addUrl(e, value);
        else if (label == u"Username" && e.username.isEmpty())
            e.username = value;
        else if (label == u"Password" && e.password == kNoSecret)
            b.setPassword(e, value);
        else
            b.addField(e, label, value,
                       isSecret(label, parts[1]) ? CustomField::Type::Hidden : CustomField::Type::Text);
    }
}
} // namespace

Result<ImportData> importMSecureCsv(QByteArrayView bytes, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    Result<CsvTable> table = parseCsv(bytes);
    if (!table)
        return table.error();
    ImportBuilder b(clock);
    const QStringList& first = table->header;
    const bool banner = first.size() <= 2 && first.value(0).startsWith(u"mSecure");
    if (!banner) {
        if (first.size() < 4 || (first.size() > 4 && !first[4].contains(u'|')))
            return Error(ErrorCode::InvalidInput, text::notFormat(QStringLiteral("mSecure CSV")));
        addRecord(b, first, 1);
    }
    for (std::size_t i = 0; i < table->rows.size(); ++i) {
        QStringList row = table->rows[i];
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast(); // the padding parseCsv added
        if (row.isEmpty())
            continue;
        addRecord(b, row, table->lines[i]);
    }
    return b.take();
}

} // namespace twofold::io
