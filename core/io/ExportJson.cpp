// twofold-json and bitwarden-json exports (QJsonDocument).
#include "io/Exporters.h"

#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Export)
};

QString idText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
const char* fieldTypeName(CustomField::Type t)
{
    return t == CustomField::Type::Hidden ? "hidden" : t == CustomField::Type::Url ? "url" : "text";
}
constexpr char kEncryptedFormat[] = "twofold-json-encrypted";
constexpr QByteArrayView kAd = "twofold-json-encrypted/1";
} // namespace

int attachmentsLeftOut(const Vault& vault, ExportFormat format)
{
    if (format == ExportFormat::TwofoldJson)
        return 0;
    int n = 0;
    for (const Entry& e : vault.entries())
        n += e.inTrash ? 0 : int(e.attachments.size());
    return n;
}

int exportedEntryCount(const Vault& vault)
{
    int n = 0;
    for (const Entry& e : vault.entries())
        n += e.inTrash ? 0 : 1;
    return n;
}

QByteArray exportTwofoldJson(const Vault& vault)
{
    const SecretArena& s = vault.secrets();
    QJsonArray groups;
    for (const Group& g : vault.groups())
        groups.append(QJsonObject{{QStringLiteral("id"), idText(g.id)},
                                  {QStringLiteral("name"), g.name},
                                  {QStringLiteral("parent"), idText(g.parentId)}});
    QJsonArray entries;
    for (const Entry& e : vault.entries()) {
        if (e.inTrash)
            continue;
        QJsonArray fields;
        for (const CustomField& f : e.fields)
            fields.append(
                QJsonObject{{QStringLiteral("name"), f.name},
                            {QStringLiteral("type"), QLatin1String(fieldTypeName(f.type))},
                            {QStringLiteral("value"),
                             f.type == CustomField::Type::Hidden ? s.toStringUnsafe(f.secret) : f.text}});
        QJsonArray history;
        for (const PasswordHistoryItem& h : e.history)
            history.append(QJsonObject{{QStringLiteral("password"), s.toStringUnsafe(h.password)},
                                       {QStringLiteral("retired"), isoTime(h.retiredMs)}});
        // Attachments whole (base64); one this computer cannot open is listed with the reason.
        QJsonArray attachments;
        for (const Attachment& a : e.attachments) {
            QJsonObject o{{QStringLiteral("name"), a.name},
                          {QStringLiteral("size"), a.size},
                          {QStringLiteral("added"), isoTime(a.addedMs)}};
            Result<SecureBuffer> content = vault.attachmentContent(a);
            if (content)
                o.insert(QStringLiteral("content"),
                         QString::fromLatin1(
                             QByteArray::fromRawData(reinterpret_cast<const char*>(content->data()),
                                                     qsizetype(content->size()))
                                 .toBase64()));
            else
                o.insert(QStringLiteral("unavailable"), content.error().message);
            attachments.append(o);
        }
        QJsonArray urls;
        if (!e.url.isEmpty())
            urls.append(e.url);
        for (const QString& u : e.extraUrls)
            urls.append(u);
        entries.append(
            QJsonObject{{QStringLiteral("id"), idText(e.id)},
                        {QStringLiteral("kind"), kindKey(e.kind)},
                        {QStringLiteral("title"), e.title},
                        {QStringLiteral("username"), e.username},
                        {QStringLiteral("password"), s.toStringUnsafe(e.password)},
                        {QStringLiteral("urls"), urls},
                        {QStringLiteral("notes"), e.notes},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                        {QStringLiteral("group"), idText(e.groupId)},
                        {QStringLiteral("otp"), vault.hasOtp(e) ? s.toStringUnsafe(e.otpUri) : QString()},
                        {QStringLiteral("fields"), fields},
                        {QStringLiteral("history"), history},
                        {QStringLiteral("attachments"), attachments},
                        {QStringLiteral("created"), isoTime(e.createdMs)},
                        {QStringLiteral("modified"), isoTime(e.modifiedMs)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("twofold-json")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), vault.name()},
                           {QStringLiteral("groups"), groups},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> exportTwofoldJsonEncrypted(const Vault& vault, const SecureBuffer& password,
                                              const kdf::Params& params)
{
    const QByteArray salt = kdf::randomSalt();
    Result<SecureBuffer> key = kdf::derive(password, salt, params);
    if (!key)
        return key.error();
    QByteArray plain = exportTwofoldJson(vault);
    const QByteArray nonce = aead::randomNonce();
    const QByteArray sealed = aead::encrypt(*key, nonce, plain, kAd);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    const QJsonObject kdfObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                                {QStringLiteral("iterations"), qint64(params.iterations)},
                                {QStringLiteral("memoryKiB"), qint64(params.memoryKiB)},
                                {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kEncryptedFormat)},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("kdf"), kdfObject},
                           {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                           {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                           {QStringLiteral("ciphertext"), QString::fromLatin1(sealed.toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SecureBuffer> openTwofoldJsonEncrypted(QByteArrayView file, const SecureBuffer& password)
{
    const Error damaged(ErrorCode::FileDamaged,
                        Text::tr("This is not an encrypted Twofold export, or it is damaged."));
    const QJsonObject root = QJsonDocument::fromJson(file.toByteArray()).object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kEncryptedFormat) ||
        root.value(QLatin1String("version")).toInt() != 1)
        return damaged;
    const QJsonObject k = root.value(QLatin1String("kdf")).toObject();
    kdf::Params params;
    params.iterations = quint32(k.value(QLatin1String("iterations")).toInteger());
    params.memoryKiB = quint32(k.value(QLatin1String("memoryKiB")).toInteger());
    const QByteArray salt = QByteArray::fromBase64(k.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(root.value(QLatin1String("nonce")).toString().toLatin1());
    const QByteArray sealed =
        QByteArray::fromBase64(root.value(QLatin1String("ciphertext")).toString().toLatin1());
    if (!kdf::withinBounds(params) || salt.size() != qsizetype(kdf::kSaltBytes) ||
        nonce.size() != qsizetype(aead::kNonceBytes))
        return damaged;
    Result<SecureBuffer> key = kdf::derive(password, salt, params);
    if (!key)
        return key.error();
    return aead::decrypt(
        *key, nonce, sealed, kAd,
        Error(ErrorCode::WrongPassword, Text::tr("The password does not open this export.")));
}

QByteArray exportBitwardenJson(const Vault& vault)
{
    const SecretArena& s = vault.secrets();
    QJsonArray folders;
    for (const Group& g : vault.groups())
        folders.append(QJsonObject{{QStringLiteral("id"), idText(g.id)},
                                   {QStringLiteral("name"), vault.groupPath(g.id)}});
    QJsonArray items;
    for (const Entry& e : vault.entries()) {
        if (e.inTrash)
            continue;
        QJsonArray fields;
        for (const CustomField& f : e.fields) {
            const bool hidden = f.type == CustomField::Type::Hidden;
            fields.append(QJsonObject{{QStringLiteral("name"), f.name},
                                      {QStringLiteral("value"), hidden ? s.toStringUnsafe(f.secret) : f.text},
                                      {QStringLiteral("type"), hidden ? 1 : 0},
                                      {QStringLiteral("linkedId"), QJsonValue::Null}});
        }
        QJsonObject item{
            {QStringLiteral("id"), idText(e.id)},
            {QStringLiteral("organizationId"), QJsonValue::Null},
            {QStringLiteral("folderId"),
             e.groupId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(idText(e.groupId))},
            {QStringLiteral("name"), e.title},
            {QStringLiteral("notes"), e.notes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.notes)},
            {QStringLiteral("favorite"), e.tags.contains(QStringLiteral("favorite"))},
            {QStringLiteral("reprompt"), 0},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("creationDate"), isoTime(e.createdMs)},
            {QStringLiteral("revisionDate"), isoTime(e.modifiedMs)},
            {QStringLiteral("collectionIds"), QJsonValue::Null}};
        QJsonArray history;
        for (const PasswordHistoryItem& h : e.history)
            history.append(QJsonObject{{QStringLiteral("lastUsedDate"), isoTime(h.retiredMs)},
                                       {QStringLiteral("password"), s.toStringUnsafe(h.password)}});
        item.insert(QStringLiteral("passwordHistory"),
                    history.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(history));
        if (e.kind == EntryKind::SecureNote) {
            item.insert(QStringLiteral("type"), 2);
            item.insert(QStringLiteral("secureNote"), QJsonObject{{QStringLiteral("type"), 0}});
        } else {
            // Cards and identities keep their fields as custom fields: Bitwarden's card and
            // identity objects have fixed members that ours need not match.
            QJsonArray uris;
            if (!e.url.isEmpty())
                uris.append(
                    QJsonObject{{QStringLiteral("match"), QJsonValue::Null}, {QStringLiteral("uri"), e.url}});
            for (const QString& u : e.extraUrls)
                uris.append(
                    QJsonObject{{QStringLiteral("match"), QJsonValue::Null}, {QStringLiteral("uri"), u}});
            item.insert(QStringLiteral("type"), 1);
            item.insert(
                QStringLiteral("login"),
                QJsonObject{{QStringLiteral("uris"), uris},
                            {QStringLiteral("username"), e.username},
                            {QStringLiteral("password"), s.toStringUnsafe(e.password)},
                            {QStringLiteral("totp"), vault.hasOtp(e) ? QJsonValue(s.toStringUnsafe(e.otpUri))
                                                                     : QJsonValue(QJsonValue::Null)}});
        }
        items.append(item);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("encrypted"), false},
                                     {QStringLiteral("folders"), folders},
                                     {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Indented);
}

} // namespace twofold::io
