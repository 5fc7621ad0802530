#include "auth/Messages.h"

#include "auth/AuthText.h"

#include <QCborArray>
#include <QCborValue>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

Error unreadable()
{
    return Error(
        ErrorCode::Internal,
        AuthText::tr("The sign-in verifier and this program do not understand each other. Update Twofold."));
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

std::optional<SignInMethod> methodOf(const QCborValue& value)
{
    return value.isString() ? methodFromKey(value.toString()) : std::nullopt;
}

QCborMap request(const char* op)
{
    QCborMap map;
    map.insert(k("op"), QLatin1StringView(op));
    return map;
}

} // namespace

QCborMap Refusal::toCbor() const
{
    QCborMap map;
    map.insert(k("code"), qint64(code));
    map.insert(k("message"), message);
    if (triesLeft >= 0)
        map.insert(k("triesLeft"), triesLeft);
    if (lockedUntilMs > 0)
        map.insert(k("lockedUntil"), lockedUntilMs);
    if (retryAtMs > 0)
        map.insert(k("retryAt"), retryAtMs);
    return map;
}

Refusal Refusal::fromCbor(const QCborMap& map)
{
    if (!map.value(k("code")).isInteger() || !map.value(k("message")).isString()) {
        const Error e = unreadable();
        return Refusal(e.code, e.message);
    }
    Refusal r(ErrorCode(map.value(k("code")).toInteger()), map.value(k("message")).toString());
    r.triesLeft = int(map.value(k("triesLeft")).toInteger(-1));
    r.lockedUntilMs = map.value(k("lockedUntil")).toInteger(0);
    r.retryAtMs = map.value(k("retryAt")).toInteger(0);
    return r;
}

QCborMap BeginRequest::toCbor() const
{
    return request("begin");
}

Result<BeginRequest> BeginRequest::fromCbor(const QCborMap&)
{
    return BeginRequest();
}

QCborMap BeginReply::toCbor() const
{
    QCborMap map;
    map.insert(k("on"), twoFactorOn);
    QCborArray list;
    for (const OfferedMethod& m : methods) {
        QCborMap item;
        item.insert(k("method"), methodKey(m.method));
        item.insert(k("target"), m.maskedTarget);
        list.append(item);
    }
    map.insert(k("methods"), list);
    map.insert(k("recoveryLeft"), recoveryCodesLeft);
    map.insert(k("prompt"), int(prompt));
    map.insert(k("challenge"), challenge);
    map.insert(k("lockedUntil"), lockedUntilMs);
    return map;
}

Result<BeginReply> BeginReply::fromCbor(const QCborMap& map)
{
    BeginReply r;
    r.twoFactorOn = map.value(k("on")).toBool();
    for (const QCborValue& value : map.value(k("methods")).toArray()) {
        const std::optional<SignInMethod> method = methodOf(value.toMap().value(k("method")));
        if (!method)
            return unreadable();
        r.methods.append(OfferedMethod{*method, value.toMap().value(k("target")).toString()});
    }
    r.recoveryCodesLeft = int(map.value(k("recoveryLeft")).toInteger());
    const qint64 prompt = map.value(k("prompt")).toInteger(int(SecondFactorPrompt::UnrememberedComputers));
    if (prompt != int(SecondFactorPrompt::EverySignIn) &&
        prompt != int(SecondFactorPrompt::UnrememberedComputers))
        return unreadable();
    r.prompt = SecondFactorPrompt(prompt);
    r.challenge = map.value(k("challenge")).toByteArray();
    r.lockedUntilMs = map.value(k("lockedUntil")).toInteger();
    return r;
}

QCborMap SendCodeRequest::toCbor() const
{
    QCborMap map = request("sendCode");
    map.insert(k("method"), methodKey(method));
    map.insert(k("challenge"), challenge);
    return map;
}

Result<SendCodeRequest> SendCodeRequest::fromCbor(const QCborMap& map)
{
    const std::optional<SignInMethod> method = methodOf(map.value(k("method")));
    if (!method)
        return unreadable();
    return SendCodeRequest{*method, map.value(k("challenge")).toByteArray()};
}

QCborMap SendCodeReply::toCbor() const
{
    QCborMap map;
    map.insert(k("method"), methodKey(method));
    map.insert(k("target"), maskedTarget);
    map.insert(k("resendAt"), resendAtMs);
    map.insert(k("expiresAt"), expiresAtMs);
    return map;
}

Result<SendCodeReply> SendCodeReply::fromCbor(const QCborMap& map)
{
    const std::optional<SignInMethod> method = methodOf(map.value(k("method")));
    if (!method)
        return unreadable();
    return SendCodeReply{*method, map.value(k("target")).toString(), map.value(k("resendAt")).toInteger(),
                         map.value(k("expiresAt")).toInteger()};
}

QCborMap CheckCodeRequest::toCbor() const
{
    QCborMap map = request("checkCode");
    map.insert(k("method"), methodKey(method));
    map.insert(k("code"), bytesOf(code));
    map.insert(k("remember"), rememberComputer);
    map.insert(k("computer"), computerName);
    return map;
}

Result<CheckCodeRequest> CheckCodeRequest::fromCbor(const QCborMap& map)
{
    const std::optional<SignInMethod> method = methodOf(map.value(k("method")));
    if (!method || !map.value(k("code")).isByteArray())
        return unreadable();
    CheckCodeRequest r;
    r.method = *method;
    r.code = secretOf(map.value(k("code")));
    r.rememberComputer = map.value(k("remember")).toBool();
    r.computerName = map.value(k("computer")).toString();
    return r;
}

QCborMap CheckTrustedRequest::toCbor() const
{
    QCborMap map = request("checkTrusted");
    map.insert(k("token"), token);
    return map;
}

Result<CheckTrustedRequest> CheckTrustedRequest::fromCbor(const QCborMap& map)
{
    if (!map.value(k("token")).isByteArray())
        return unreadable();
    return CheckTrustedRequest{map.value(k("token")).toByteArray()};
}

QCborMap ReleaseReply::toCbor() const
{
    QCborMap map;
    map.insert(k("share"), bytesOf(share));
    if (!trustedToken.isEmpty()) {
        map.insert(k("token"), trustedToken);
        map.insert(k("trustedUntil"), trustedUntilMs);
    }
    map.insert(k("recoveryLeft"), recoveryCodesLeft);
    map.insert(k("forgotten"), computersForgotten);
    return map;
}

Result<ReleaseReply> ReleaseReply::fromCbor(const QCborMap& map)
{
    if (!map.value(k("share")).isByteArray())
        return unreadable();
    ReleaseReply r;
    r.share = secretOf(map.value(k("share")));
    r.trustedToken = map.value(k("token")).toByteArray();
    r.trustedUntilMs = map.value(k("trustedUntil")).toInteger();
    r.recoveryCodesLeft = int(map.value(k("recoveryLeft")).toInteger(-1));
    r.computersForgotten = map.value(k("forgotten")).toBool();
    return r;
}

QString requestOp(const QCborMap& request)
{
    return request.value(k("op")).toString();
}

QCborMap okReply(QCborMap fields)
{
    fields.insert(k("ok"), true);
    return fields;
}

QCborMap refusedReply(const Refusal& refusal)
{
    QCborMap map;
    map.insert(k("ok"), false);
    map.insert(k("refusal"), refusal.toCbor());
    return map;
}

} // namespace twofold
