// Aegis "Export > JSON, unencrypted": { "version": 1, "header": { "slots": null, "params": null },
// "db": { "version": 2|3, "entries": [{ "type": "totp"|"hotp"|"steam"|…, "uuid", "name",
// "issuer", "note", "favorite", "groups": [uuid…] (v3), "info": { "secret" (base32), "algo",
// "digits", "period" | "counter" } }], "groups": [{ "uuid", "name" }] (v3) } }.
#include "io/Importers.h"
#include "otp/Base32.h"
#include "otp/OtpUri.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};
} // namespace

Result<ImportData> importAegisJson(QByteArrayView bytes, Clock& clock)
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
    const QJsonValue db = root.value(QLatin1String("db"));
    if (!root.value(QLatin1String("header")).isObject() || db.isUndefined())
        return Error(ErrorCode::InvalidInput, text::notFormat(QStringLiteral("Aegis JSON")));
    if (db.isString())
        return Error(ErrorCode::InvalidInput, Text::tr("This Aegis export is encrypted: export again without "
                                                       "encryption; nothing was imported."));
    ImportBuilder b(clock);
    QHash<QString, QUuid> groups;
    for (const QJsonValue& g : db.toObject().value(QLatin1String("groups")).toArray())
        groups.insert(g.toObject().value(QLatin1String("uuid")).toString(),
                      b.groupFor(g.toObject().value(QLatin1String("name")).toString()));
    const QJsonArray entries = db.toObject().value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries[i].toObject();
        const QJsonObject info = o.value(QLatin1String("info")).toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        const QString name = o.value(QLatin1String("name")).toString();
        const QString issuer = o.value(QLatin1String("issuer")).toString();
        const QString where = Text::tr("Entry %1 (%2)").arg(i + 1).arg(issuer.isEmpty() ? name : issuer);
        if (type != u"totp" && type != u"hotp") {
            b.skip(text::skippedItem(where, Text::tr("its code type \"%1\" is not TOTP or HOTP.").arg(type)));
            continue;
        }
        Result<SecureBuffer> secret = otp::base32Decode(info.value(QLatin1String("secret")).toString());
        if (!secret || secret->isEmpty()) {
            b.skip(
                text::skippedItem(where, secret ? Text::tr("its secret is empty.") : secret.error().message));
            continue;
        }
        otp::OtpParams p;
        p.type = type == u"hotp" ? otp::Type::Hotp : otp::Type::Totp;
        p.secret = std::move(secret).value();
        const QString algo = info.value(QLatin1String("algo")).toString().toUpper();
        p.algorithm = algo == u"SHA256"   ? otp::Algorithm::Sha256
                      : algo == u"SHA512" ? otp::Algorithm::Sha512
                                          : otp::Algorithm::Sha1;
        if (!algo.isEmpty() && algo != u"SHA1" && algo != u"SHA256" && algo != u"SHA512") {
            b.skip(text::skippedItem(where, Text::tr("its algorithm %1 is not supported.").arg(algo)));
            continue;
        }
        p.digits = info.value(QLatin1String("digits")).toInt(otp::kDefaultDigits);
        p.period = info.value(QLatin1String("period")).toInt(otp::kDefaultPeriodSeconds);
        p.counter = quint64(info.value(QLatin1String("counter")).toInteger(0));
        p.issuer = issuer.trimmed();
        p.account = name.trimmed();
        Result<otp::OtpParams> checked = otp::parseUri(otp::buildUri(p));
        if (!checked) {
            b.skip(text::skippedItem(where, checked.error().message));
            continue;
        }
        Entry& e = b.add(fallbackTitle(issuer, {}, name));
        e.username = name;
        b.setOtp(e, otp::buildUri(*checked), where);
        e.notes = o.value(QLatin1String("note")).toString();
        if (o.value(QLatin1String("favorite")).toBool())
            e.tags.append(QStringLiteral("favorite"));
        const QJsonArray gs = o.value(QLatin1String("groups")).toArray();
        if (!gs.isEmpty())
            e.groupId = groups.value(gs[0].toString());
    }
    return b.take();
}

} // namespace twofold::io
