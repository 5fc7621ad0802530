// 1Password 8 "Export > 1PUX": a zip holding export.attributes and export.data, JSON:
// { "accounts": [{ "vaults": [{ "attrs": { "name" }, "items": [{ "uuid", "createdAt",
// "updatedAt" (seconds), "state" ("active"|"archived"), "categoryUuid" ("001" login, "002"
// credit card, "003" secure note, "004" identity, "005" password, …), "favIndex",
// "overview": { "title", "url", "urls": [{ "url" }], "tags": [] }, "details": {
// "loginFields": [{ "value", "name", "fieldType", "designation": "username"|"password" }],
// "notesPlain", "password", "sections": [{ "title", "fields": [{ "title", "value": {
// "concealed"|"string"|"totp"|"url"|"email": {"email_address"}|"phone"|"date"|… } }] }],
// "passwordHistory": [{ "value", "time" }] } }] }] }] }. Each 1Password vault is a group.
#include "io/Importers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

constexpr qint64 kMaxExportDataBytes = qint64(256) << 20;

EntryKind kindOf(const QString& category)
{
    if (category == u"002")
        return EntryKind::Card;
    if (category == u"003")
        return EntryKind::SecureNote;
    if (category == u"004")
        return EntryKind::Identity;
    return EntryKind::Login;
}

// A section field's value: its text and whether it is a secret (or a TOTP).
struct FieldValue
{
    QString text;
    CustomField::Type type = CustomField::Type::Text;
    bool totp = false;
};

FieldValue valueOf(const QJsonObject& value)
{
    FieldValue out;
    if (value.isEmpty())
        return out;
    const QString kind = value.begin().key();
    const QJsonValue v = value.begin().value();
    if (kind == u"totp") {
        out.totp = true;
        out.text = v.toString();
    } else if (kind == u"concealed" || kind == u"creditCardNumber") {
        out.type = CustomField::Type::Hidden;
        out.text = v.toString();
    } else if (kind == u"url") {
        out.type = CustomField::Type::Url;
        out.text = v.toString();
    } else if (kind == u"email") {
        out.text =
            v.isObject() ? v.toObject().value(QLatin1String("email_address")).toString() : v.toString();
    } else if (v.isDouble()) {
        out.text = QString::number(v.toInteger());
    } else if (v.isString()) {
        out.text = v.toString();
    } else if (v.isObject()) {
        QStringList parts; // an address and such: its members, in the file's order
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it->toString().isEmpty())
                parts.append(it->toString());
        out.text = parts.join(QStringLiteral(", "));
    }
    return out;
}

void readItem(ImportBuilder& b, const QJsonObject& item, const QUuid& group, const QString& where)
{
    const QJsonObject overview = item.value(QLatin1String("overview")).toObject();
    const QJsonObject details = item.value(QLatin1String("details")).toObject();
    QString user, password;
    for (const QJsonValue& lf : details.value(QLatin1String("loginFields")).toArray()) {
        const QJsonObject f = lf.toObject();
        const QString d = f.value(QLatin1String("designation")).toString();
        if (d == u"username" && user.isEmpty())
            user = f.value(QLatin1String("value")).toString();
        else if (d == u"password" && password.isEmpty())
            password = f.value(QLatin1String("value")).toString();
    }
    if (password.isEmpty())
        password = details.value(QLatin1String("password")).toString();
    Entry& e = b.add(fallbackTitle(overview.value(QLatin1String("title")).toString(),
                                   overview.value(QLatin1String("url")).toString(), user));
    e.groupId = group;
    e.kind = kindOf(item.value(QLatin1String("categoryUuid")).toString());
    e.username = user;
    b.setPassword(e, password);
    e.notes = details.value(QLatin1String("notesPlain")).toString();
    ImportBuilder::addUrl(e, overview.value(QLatin1String("url")).toString());
    for (const QJsonValue& u : overview.value(QLatin1String("urls")).toArray())
        ImportBuilder::addUrl(e, u.toObject().value(QLatin1String("url")).toString());
    for (const QJsonValue& t : overview.value(QLatin1String("tags")).toArray())
        e.tags.append(t.toString());
    if (item.value(QLatin1String("favIndex")).toInt() > 0)
        e.tags.append(QStringLiteral("favorite"));
    if (item.value(QLatin1String("state")).toString() == u"archived")
        e.tags.append(QStringLiteral("archived"));
    if (const qint64 c = item.value(QLatin1String("createdAt")).toInteger())
        e.createdMs = c * 1000;
    if (const qint64 m = item.value(QLatin1String("updatedAt")).toInteger())
        e.modifiedMs = m * 1000;
    // Login fields other than user name and password (a PIN on a sign-in form, say).
    for (const QJsonValue& lf : details.value(QLatin1String("loginFields")).toArray()) {
        const QJsonObject f = lf.toObject();
        const QString d = f.value(QLatin1String("designation")).toString();
        if (d == u"username" || d == u"password")
            continue;
        b.addField(e, f.value(QLatin1String("name")).toString(), f.value(QLatin1String("value")).toString(),
                   f.value(QLatin1String("fieldType")).toString() == u"P" ? CustomField::Type::Hidden
                                                                          : CustomField::Type::Text);
    }
    for (const QJsonValue& sv : details.value(QLatin1String("sections")).toArray()) {
        const QJsonObject section = sv.toObject();
        const QString prefix = section.value(QLatin1String("title")).toString();
        for (const QJsonValue& fv : section.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = fv.toObject();
            const FieldValue v = valueOf(f.value(QLatin1String("value")).toObject());
            const QString title = f.value(QLatin1String("title")).toString();
            if (v.totp && e.otpUri == kNoSecret) {
                b.setOtp(e, v.text, where);
                continue;
            }
            b.addField(e,
                       prefix.isEmpty() || e.kind != EntryKind::Login ? title
                                                                      : prefix + QStringLiteral(": ") + title,
                       v.text, v.type);
        }
    }
    for (const QJsonValue& h : details.value(QLatin1String("passwordHistory")).toArray())
        b.addHistory(e, h.toObject().value(QLatin1String("value")).toString(),
                     h.toObject().value(QLatin1String("time")).toInteger() * 1000);
    if (details.contains(QLatin1String("documentAttributes")))
        b.skip(text::skippedItem(where,
                                 Text::tr("its document \"%1\" is a file, and files are not imported yet.")
                                     .arg(details.value(QLatin1String("documentAttributes"))
                                              .toObject()
                                              .value(QLatin1String("fileName"))
                                              .toString())));
}
} // namespace

Result<ImportData> importOnePassword1pux(QByteArrayView bytes, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("export.data")))
        return Error(ErrorCode::InvalidInput, text::notFormat(QStringLiteral("1Password 1PUX")));
    QuaZipFile file(&zip);
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info) || info.uncompressedSize > quint64(kMaxExportDataBytes))
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileDamaged, text::itemIsMalformed(QStringLiteral("export.data")));
    const QByteArray data = file.read(kMaxExportDataBytes + 1);
    if (file.getZipError() != 0 || data.size() > kMaxExportDataBytes)
        return Error(ErrorCode::FileDamaged, text::itemIsMalformed(QStringLiteral("export.data")));
    file.close();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.object().value(QLatin1String("accounts")).isArray())
        return Error(ErrorCode::FileDamaged, text::itemIsMalformed(QStringLiteral("export.data")));
    ImportBuilder b(clock);
    int n = 0;
    for (const QJsonValue& a : doc.object().value(QLatin1String("accounts")).toArray())
        for (const QJsonValue& vv : a.toObject().value(QLatin1String("vaults")).toArray()) {
            const QJsonObject vault = vv.toObject();
            const QUuid group = b.groupFor(vault.value(QLatin1String("attrs"))
                                               .toObject()
                                               .value(QLatin1String("name"))
                                               .toString()
                                               .replace(u'/', u'-'));
            for (const QJsonValue& iv : vault.value(QLatin1String("items")).toArray()) {
                ++n;
                const QJsonObject item = iv.toObject();
                const QString where = Text::tr("item %1 (%2)")
                                          .arg(n)
                                          .arg(item.value(QLatin1String("overview"))
                                                   .toObject()
                                                   .value(QLatin1String("title"))
                                                   .toString());
                if (item.value(QLatin1String("state")).toString() == u"deleted") {
                    b.skip(text::skippedItem(where, Text::tr("it was deleted in 1Password.")));
                    continue;
                }
                readItem(b, item, group, where);
            }
        }
    return b.take();
}

} // namespace twofold::io
