// Bitwarden "Export vault > .json" (unencrypted): { "encrypted": false, "folders": [{id, name}],
// "items": [{ id, folderId, type (1 login, 2 note, 3 card, 4 identity), name, notes, favorite,
// fields: [{name, value, type (0 text, 1 hidden, 2 boolean, 3 linked)}], login: {uris: [{uri}],
// username, password, totp}, card: {…}, identity: {…}, passwordHistory: [{lastUsedDate,
// password}], creationDate, revisionDate }] }.
#include "io/Importers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

qint64 isoMs(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

// Every string member of o, in Bitwarden's documented order, as custom fields.
void addObjectFields(ImportBuilder& b, Entry& e, const QJsonObject& o, const QList<const char*>& keys,
                     const QList<const char*>& secret)
{
    for (const char* key : keys) {
        bool hidden = false;
        for (const char* s : secret)
            hidden = hidden || qstrcmp(s, key) == 0;
        b.addField(e, QString::fromLatin1(key), str(o, key),
                   hidden ? CustomField::Type::Hidden : CustomField::Type::Text);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char* key : keys)
            known = known || it.key() == QLatin1String(key);
        if (!known && it->isString())
            b.addField(e, it.key(), it->toString());
    }
}
} // namespace

Result<ImportData> importBitwardenJson(QByteArrayView bytes, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    QJsonParseError err;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &err);
    if (err.error != QJsonParseError::NoError)
        return Error(ErrorCode::FileDamaged,
                     Text::tr("The file is not valid JSON (%1 at byte %2); nothing was imported.")
                         .arg(err.errorString())
                         .arg(err.offset));
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("items")).isArray())
        return Error(ErrorCode::InvalidInput, text::notFormat(QStringLiteral("Bitwarden JSON")));
    if (root.value(QLatin1String("encrypted")).toBool())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("This Bitwarden export is encrypted: export again choosing the unencrypted "
                              ".json format; nothing was imported."));
    ImportBuilder b(clock);
    QHash<QString, QUuid> folders;
    for (const QJsonValue& f : root.value(QLatin1String("folders")).toArray()) {
        const QJsonObject o = f.toObject();
        folders.insert(o.value(QLatin1String("id")).toString(),
                       b.groupFor(o.value(QLatin1String("name")).toString()));
    }
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    b.data().entries.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = Text::tr("item %1").arg(i + 1);
        if (!items[i].isObject())
            return Error(ErrorCode::FileDamaged, text::itemIsMalformed(where));
        const QJsonObject item = items[i].toObject();
        const int type = item.value(QLatin1String("type")).toInt();
        const QJsonObject login = item.value(QLatin1String("login")).toObject();
        const QJsonArray uris = login.value(QLatin1String("uris")).toArray();
        const QString firstUri =
            uris.isEmpty() ? QString() : uris[0].toObject().value(QLatin1String("uri")).toString();
        Entry& e = b.add(fallbackTitle(item.value(QLatin1String("name")).toString(), firstUri,
                                       login.value(QLatin1String("username")).toString()));
        e.groupId = folders.value(item.value(QLatin1String("folderId")).toString());
        e.notes = item.value(QLatin1String("notes")).toString();
        if (item.value(QLatin1String("favorite")).toBool())
            e.tags.append(QStringLiteral("favorite"));
        if (const qint64 c = isoMs(item.value(QLatin1String("creationDate"))))
            e.createdMs = c;
        if (const qint64 m = isoMs(item.value(QLatin1String("revisionDate"))))
            e.modifiedMs = m;
        switch (type) {
        case 1:
            e.username = login.value(QLatin1String("username")).toString();
            for (const QJsonValue& u : uris)
                ImportBuilder::addUrl(e, u.toObject().value(QLatin1String("uri")).toString());
            b.setPassword(e, login.value(QLatin1String("password")).toString());
            b.setOtp(e, login.value(QLatin1String("totp")).toString(), where);
            break;
        case 2:
            e.kind = EntryKind::SecureNote;
            break;
        case 3:
            e.kind = EntryKind::Card;
            addObjectFields(b, e, item.value(QLatin1String("card")).toObject(),
                            {"cardholderName", "brand", "number", "expMonth", "expYear", "code"},
                            {"number", "code"});
            break;
        case 4:
            e.kind = EntryKind::Identity;
            addObjectFields(b, e, item.value(QLatin1String("identity")).toObject(),
                            {"title", "firstName", "middleName", "lastName", "company", "email", "phone",
                             "address1", "address2", "address3", "city", "state", "postalCode", "country",
                             "username", "ssn", "passportNumber", "licenseNumber"},
                            {"ssn", "passportNumber", "licenseNumber"});
            break;
        default:
            b.skip(text::skippedItem(where + QStringLiteral(" (") + e.title + u')',
                                     Text::tr("its type %1 is not one Bitwarden documents.").arg(type)));
            b.data().entries.pop_back();
            continue;
        }
        for (const QJsonValue& fv : item.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = fv.toObject();
            const int ft = f.value(QLatin1String("type")).toInt();
            const QString name = f.value(QLatin1String("name")).toString();
            if (ft == 3) { // "linked": a pointer to another field of the item, no value of its own
                b.skip(text::skippedItem(
                    where + QStringLiteral(" (") + e.title + u')',
                    Text::tr("its linked field \"%1\" has no value of its own.").arg(name)));
                continue;
            }
            const QJsonValue v = f.value(QLatin1String("value"));
            const QString value =
                v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
            b.addField(e, name, value, ft == 1 ? CustomField::Type::Hidden : CustomField::Type::Text);
        }
        const QJsonArray history = item.value(QLatin1String("passwordHistory")).toArray();
        for (const QJsonValue& h : history)
            b.addHistory(e, h.toObject().value(QLatin1String("password")).toString(),
                         isoMs(h.toObject().value(QLatin1String("lastUsedDate"))));
    }
    return b.take();
}

} // namespace twofold::io
