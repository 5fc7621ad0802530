// The settings messages of Messages.h: one request shape for every change, one reply shape.
#include "auth/Messages.h"

#include <QCborArray>
#include <QCborValue>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray bytesOf(const SecureBuffer& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

SecureBuffer secretOf(const QCborValue& value)
{
    QByteArray bytes = value.toByteArray();
    SecureBuffer secret = SecureBuffer::fromBytes(bytes);
    wipe(bytes);
    return secret;
}

Error unreadable()
{
    return Error(ErrorCode::Internal, QString());
}

bool needsMethod(SettingsOp op)
{
    return op == SettingsOp::SendSetupCode || op == SettingsOp::ConfirmSetupCode ||
           op == SettingsOp::Disable || op == SettingsOp::SetDefault;
}

} // namespace

QCborMap SettingsRequest::toCbor() const
{
    QCborMap map;
    map.insert(k("op"), QLatin1StringView("settings"));
    map.insert(k("change"), int(op));
    if (needsMethod(op))
        map.insert(k("method"), methodKey(method));
    if (!target.isEmpty())
        map.insert(k("target"), target);
    if (!name.isEmpty())
        map.insert(k("name"), name);
    if (!challenge.isEmpty())
        map.insert(k("challenge"), challenge);
    if (!secret.isEmpty())
        map.insert(k("secret"), bytesOf(secret));
    if (!code.isEmpty())
        map.insert(k("code"), bytesOf(code));
    if (op == SettingsOp::SetPrompt)
        map.insert(k("prompt"), int(prompt));
    if (!salt.isEmpty())
        map.insert(k("salt"), salt);
    if (!keyset.isEmpty()) {
        QCborMap limits;
        limits.insert(k("m"), qint64(kdf.memoryKiB));
        limits.insert(k("t"), qint64(kdf.iterations));
        map.insert(k("kdf"), limits);
        map.insert(k("keyset"), keyset);
    }
    if (checkSend)
        map.insert(k("checkSend"), true);
    return map;
}

Result<SettingsRequest> SettingsRequest::fromCbor(const QCborMap& map)
{
    const qint64 op = map.value(k("change")).toInteger(0);
    if (op < int(SettingsOp::Status) || op > int(SettingsOp::SetSyncKey))
        return unreadable();
    SettingsRequest r;
    r.op = SettingsOp(op);
    if (needsMethod(r.op)) {
        const std::optional<SignInMethod> method = methodFromKey(map.value(k("method")).toString());
        if (!method)
            return unreadable();
        r.method = *method;
    }
    for (const char* key : {"target", "name"}) {
        const QCborValue v = map.value(k(key));
        if (!v.isUndefined() && !v.isString())
            return unreadable();
    }
    for (const char* key : {"challenge", "secret", "code", "salt", "keyset"}) {
        const QCborValue v = map.value(k(key));
        if (!v.isUndefined() && !v.isByteArray())
            return unreadable();
    }
    r.target = map.value(k("target")).toString();
    r.name = map.value(k("name")).toString();
    r.challenge = map.value(k("challenge")).toByteArray();
    r.secret = secretOf(map.value(k("secret")));
    r.code = secretOf(map.value(k("code")));
    r.salt = map.value(k("salt")).toByteArray();
    r.checkSend = map.value(k("checkSend")).toBool();
    r.keyset = map.value(k("keyset")).toByteArray();
    if (const QCborValue limits = map.value(k("kdf")); !limits.isUndefined()) {
        const QCborMap m = limits.toMap();
        const qint64 memory = m.value(k("m")).toInteger(-1), iterations = m.value(k("t")).toInteger(-1);
        if (!limits.isMap() || memory < 0 || memory > qint64(kdf::kMaxMemoryKiB) || iterations < 0 ||
            iterations > qint64(kdf::kMaxIterations))
            return unreadable();
        r.kdf = kdf::Params{quint32(iterations), quint32(memory)};
        if (!kdf::withinBounds(r.kdf))
            return unreadable();
    }
    if (r.op == SettingsOp::SetPrompt) {
        const qint64 prompt = map.value(k("prompt")).toInteger();
        if (prompt != int(SecondFactorPrompt::EverySignIn) &&
            prompt != int(SecondFactorPrompt::UnrememberedComputers))
            return unreadable();
        r.prompt = SecondFactorPrompt(prompt);
    }
    return r;
}

QCborMap SettingsReply::toCbor() const
{
    QCborMap map;
    map.insert(k("status"), status.toCbor());
    if (!recoveryCodes.empty()) {
        QCborArray codes;
        for (const SecureBuffer& code : recoveryCodes)
            codes.append(bytesOf(code));
        map.insert(k("recoveryCodes"), codes);
    }
    if (!secret.isEmpty())
        map.insert(k("secret"), bytesOf(secret));
    if (sent)
        map.insert(k("sent"), sent->toCbor());
    return map;
}

Result<SettingsReply> SettingsReply::fromCbor(const QCborMap& map)
{
    Result<TwoFactorStatus> status = TwoFactorStatus::fromCbor(map.value(k("status")).toMap());
    if (!status)
        return status.error();
    SettingsReply r;
    r.status = std::move(status).value();
    for (const QCborValue& code : map.value(k("recoveryCodes")).toArray())
        r.recoveryCodes.push_back(secretOf(code));
    r.secret = secretOf(map.value(k("secret")));
    if (map.contains(k("sent"))) {
        Result<SendCodeReply> sent = SendCodeReply::fromCbor(map.value(k("sent")).toMap());
        if (!sent)
            return sent.error();
        r.sent = std::move(sent).value();
    }
    return r;
}

} // namespace twofold
