#include "auth/Messages.h"
#include "common/StrictCbor.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>

#include <algorithm>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

Error unreadable()
{
    return Error(ErrorCode::Internal, QString());
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
    map.insert(k("reason"), qint64(reason));
    if (method)
        map.insert(k("method"), methodKey(*method));
    if (triesLeft >= 0)
        map.insert(k("triesLeft"), triesLeft);
    if (triesBeforeLockout >= 0)
        map.insert(k("beforeLockout"), triesBeforeLockout);
    if (lockedNow)
        map.insert(k("lockedNow"), true);
    if (lockedForMs > 0)
        map.insert(k("lockedFor"), lockedForMs);
    if (retryAfterMs > 0)
        map.insert(k("retryAfter"), retryAfterMs);
    if (skewSeconds != 0)
        map.insert(k("skew"), skewSeconds);
    if (!name.isEmpty())
        map.insert(k("name"), name);
    return map;
}

Refusal Refusal::fromCbor(const QCborMap& map)
{
    const qint64 reason = map.value(k("reason")).toInteger(-1);
    if (!map.value(k("code")).isInteger() || reason < 0 || reason > 255)
        return Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood);
    Refusal r(ErrorCode(map.value(k("code")).toInteger()), RefusalReason(reason));
    r.method = methodOf(map.value(k("method")));
    r.triesLeft = int(std::clamp<qint64>(map.value(k("triesLeft")).toInteger(-1), -1, 1000));
    r.triesBeforeLockout = int(std::clamp<qint64>(map.value(k("beforeLockout")).toInteger(-1), -1, 1000));
    r.lockedNow = map.value(k("lockedNow")).toBool();
    r.lockedForMs = std::max<qint64>(0, map.value(k("lockedFor")).toInteger(0));
    r.retryAfterMs = std::max<qint64>(0, map.value(k("retryAfter")).toInteger(0));
    r.skewSeconds = map.value(k("skew")).toInteger(0);
    r.name = map.value(k("name")).toString();
    return r;
}

QCborMap envelope(QCborMap request, const QByteArray& account, const QByteArray& proof)
{
    request.insert(k("v"), kProtocolVersion);
    request.insert(k("account"), account);
    if (!proof.isEmpty())
        request.insert(k("proof"), proof);
    return request;
}

Answer<Envelope> readEnvelope(const QCborMap& request)
{
    if (request.value(k("v")).toInteger(-1) != kProtocolVersion)
        return Refusal(ErrorCode::Internal, RefusalReason::VersionMismatch);
    Envelope e{request.value(k("op")).toString(), request.value(k("account")).toByteArray(),
               request.value(k("proof")).toByteArray()};
    if (e.op.isEmpty() || !request.value(k("account")).isByteArray())
        return Refusal(ErrorCode::Internal, RefusalReason::NotUnderstood);
    return e;
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
    if (lockedForMs > 0)
        map.insert(k("lockedFor"), lockedForMs);
    if (!share.isEmpty())
        map.insert(k("share"), bytesOf(share));
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
    r.lockedForMs = std::max<qint64>(0, map.value(k("lockedFor")).toInteger());
    if (map.value(k("share")).isByteArray())
        r.share = secretOf(map.value(k("share")));
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

SendCodeReply& SendCodeReply::anchor(qint64 nowMs)
{
    resendAtMs = nowMs + resendAfterMs;
    expiresAtMs = nowMs + expiresInMs;
    return *this;
}

QCborMap SendCodeReply::toCbor() const
{
    QCborMap map;
    map.insert(k("method"), methodKey(method));
    map.insert(k("target"), maskedTarget);
    map.insert(k("resendAfter"), resendAfterMs);
    map.insert(k("expiresIn"), expiresInMs);
    return map;
}

Result<SendCodeReply> SendCodeReply::fromCbor(const QCborMap& map)
{
    const std::optional<SignInMethod> method = methodOf(map.value(k("method")));
    if (!method)
        return unreadable();
    SendCodeReply r;
    r.method = *method;
    r.maskedTarget = map.value(k("target")).toString();
    r.resendAfterMs = std::max<qint64>(0, map.value(k("resendAfter")).toInteger());
    r.expiresInMs = std::max<qint64>(0, map.value(k("expiresIn")).toInteger());
    return r;
}

QCborMap CheckCodeRequest::toCbor() const
{
    QCborMap map = request("checkCode");
    map.insert(k("method"), methodKey(method));
    map.insert(k("code"), bytesOf(code));
    map.insert(k("remember"), rememberComputer);
    map.insert(k("computer"), computerName);
    if (!computerId.isEmpty())
        map.insert(k("computerId"), computerId);
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
    if (map.contains(k("computerId"))) {
        const QCborValue id = map.value(k("computerId"));
        if (!id.isByteArray() || id.toByteArray().size() != kComputerIdBytes)
            return unreadable();
        r.computerId = id.toByteArray();
    }
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
        map.insert(k("trustedFor"), trustedForMs);
    }
    map.insert(k("recoveryLeft"), recoveryCodesLeft);
    map.insert(k("forgotten"), computersForgotten);
    if (!keyset.isEmpty())
        map.insert(k("keyset"), keyset);
    return map;
}

Result<ReleaseReply> ReleaseReply::fromCbor(const QCborMap& map)
{
    if (!map.value(k("share")).isByteArray())
        return unreadable();
    ReleaseReply r;
    r.share = secretOf(map.value(k("share")));
    r.trustedToken = map.value(k("token")).toByteArray();
    r.trustedForMs = std::max<qint64>(0, map.value(k("trustedFor")).toInteger());
    r.recoveryCodesLeft = int(map.value(k("recoveryLeft")).toInteger(-1));
    r.computersForgotten = map.value(k("forgotten")).toBool();
    r.keyset = map.value(k("keyset")).toByteArray();
    return r;
}

QCborMap parseMessage(QByteArrayView bytes)
{
    return strictCborMap(bytes);
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
