#include "auth/VerifierState.h"

#include "auth/Messages.h"

#include "auth/AuthSentences.h"
#include "delivery/MailMessage.h"
#include "delivery/PhoneNumber.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace twofold {

namespace {

constexpr qint64 kStateVersion = 1;

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray bytesOf(const SecureBuffer& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

Error damaged()
{
    return Error(ErrorCode::FileDamaged, sentences::settingsDamaged());
}

// Reads a byte string into secure memory; the QCborValue's own copy cannot be wiped.
bool readSecret(const QCborValue& value, SecureBuffer* out, std::size_t requiredSize = 0)
{
    if (value.isUndefined())
        return true;
    if (!value.isByteArray())
        return false;
    QByteArray bytes = value.toByteArray();
    if (requiredSize && !bytes.isEmpty() && std::size_t(bytes.size()) != requiredSize)
        return false;
    *out = SecureBuffer::fromBytes(bytes);
    wipe(bytes);
    return true;
}

std::optional<SignInMethod> methodOf(const QCborValue& value)
{
    return value.isString() ? methodFromKey(value.toString()) : std::nullopt;
}

QCborMap encodeDelivered(const DeliveredMethodConfig& m)
{
    QCborMap map;
    map.insert(k("to"), m.target);
    map.insert(k("added"), m.addedMs);
    return map;
}

std::optional<DeliveredMethodConfig> decodeDelivered(const QCborValue& value, bool* ok)
{
    if (value.isUndefined())
        return std::nullopt;
    const QCborMap map = value.toMap();
    if (!value.isMap() || !map.value(k("to")).isString()) {
        *ok = false;
        return std::nullopt;
    }
    return DeliveredMethodConfig{map.value(k("to")).toString(), map.value(k("added")).toInteger()};
}

} // namespace

bool VerifierState::isOn(SignInMethod method) const
{
    switch (method) {
    case SignInMethod::Authenticator:
        return authenticator.has_value();
    case SignInMethod::Email:
        return email.has_value();
    case SignInMethod::Sms:
        return sms.has_value();
    case SignInMethod::RecoveryCode:
        return twoFactorOn() && !recoveryHashes.isEmpty();
    }
    return false;
}

QString VerifierState::target(SignInMethod method) const
{
    if (method == SignInMethod::Email && email)
        return email->target;
    if (method == SignInMethod::Sms && sms)
        return sms->target;
    return {};
}

QString maskTarget(SignInMethod method, const QString& target)
{
    if (method == SignInMethod::Email)
        return maskEmailAddress(target);
    if (method == SignInMethod::Sms) {
        Result<PhoneNumber> number = PhoneNumber::fromE164(target);
        return number ? number->masked() : QString();
    }
    return {};
}

TwoFactorStatus VerifierState::status(qint64 nowMs) const
{
    TwoFactorStatus s;
    s.on = twoFactorOn();
    s.defaultMethod = defaultMethod;
    s.recoveryCodesLeft = int(recoveryHashes.size());
    s.prompt = prompt;
    s.deliveryConfigured = !deliverySettings.isEmpty();
    for (SignInMethod m : kSignInMethods) {
        MethodStatus ms;
        ms.method = m;
        ms.on = isOn(m);
        ms.isDefault = ms.on && m == defaultMethod;
        if (m == SignInMethod::Authenticator && authenticator) {
            ms.target = authenticator->account;
            ms.addedMs = authenticator->addedMs;
        } else if (const std::optional<DeliveredMethodConfig>& d = m == SignInMethod::Email ? email : sms;
                   d) {
            ms.target = d->target;
            ms.maskedTarget = maskTarget(m, d->target);
            ms.addedMs = d->addedMs;
        }
        s.methods.append(ms);
    }
    for (const TrustedComputer& t : trusted) {
        if (t.expiresMs > nowMs)
            s.trustedComputers.append(
                TrustedComputerInfo{t.id, t.name, t.addedMs, t.expiresMs, t.lastUsedMs});
    }
    return s;
}

SecureBuffer VerifierState::encode() const
{
    QCborMap map;
    map.insert(k("v"), kStateVersion);
    if (authenticator) {
        QCborMap a;
        a.insert(k("secret"), bytesOf(authenticator->secret));
        a.insert(k("account"), authenticator->account);
        a.insert(k("added"), authenticator->addedMs);
        a.insert(k("last"), authenticator->lastStep);
        map.insert(k("authenticator"), a);
    }
    if (email)
        map.insert(k("email"), encodeDelivered(*email));
    if (sms)
        map.insert(k("sms"), encodeDelivered(*sms));
    map.insert(k("default"), methodKey(defaultMethod));
    map.insert(k("hashKey"), bytesOf(hashKey));
    QCborArray recovery;
    for (const QByteArray& h : recoveryHashes)
        recovery.append(h);
    map.insert(k("recovery"), recovery);
    QCborArray sends;
    for (const SendRecord& r : this->sends) {
        QCborArray record;
        record.append(methodKey(r.method));
        record.append(r.setup);
        record.append(r.atMs);
        sends.append(record);
    }
    map.insert(k("sentCodes"), sends);
    QCborArray pendingList;
    for (const PendingCode& p : pending) {
        QCborMap item;
        item.insert(k("method"), methodKey(p.method));
        item.insert(k("setup"), p.setup);
        item.insert(k("to"), p.target);
        item.insert(k("challenge"), p.challenge);
        item.insert(k("hash"), p.hash);
        item.insert(k("sent"), p.sentMs);
        item.insert(k("expires"), p.expiresMs);
        item.insert(k("tries"), p.triesLeft);
        pendingList.append(item);
    }
    map.insert(k("pending"), pendingList);
    map.insert(k("failures"), failures);
    map.insert(k("lockedUntil"), lockedUntilMs);
    map.insert(k("share"), bytesOf(share));
    map.insert(k("trustedKey"), bytesOf(trustedKey));
    QCborArray trustedList;
    for (const TrustedComputer& t : trusted) {
        QCborMap item;
        item.insert(k("id"), t.id);
        item.insert(k("name"), t.name);
        item.insert(k("added"), t.addedMs);
        item.insert(k("expires"), t.expiresMs);
        item.insert(k("used"), t.lastUsedMs);
        trustedList.append(item);
    }
    map.insert(k("trusted"), trustedList);
    map.insert(k("prompt"), int(prompt));
    map.insert(k("delivery"), bytesOf(deliverySettings));
    QByteArray bytes = map.toCborValue().toCbor();
    SecureBuffer out = SecureBuffer::fromBytes(bytes);
    wipe(bytes);
    return out;
}

Result<VerifierState> VerifierState::decode(const SecureBuffer& plaintext)
{
    VerifierState s;
    if (plaintext.isEmpty())
        return s;
    // The strict reader of Messages.h: QCborValue::fromCbor alone throws bad_alloc on a crafted
    // length in Qt 6.4 (found by fuzz_settings_delivery).
    const QCborMap map = parseMessage(
        QByteArrayView(reinterpret_cast<const char*>(plaintext.data()), qsizetype(plaintext.size())));
    if (map.isEmpty())
        return damaged();
    if (map.value(k("v")).toInteger() != kStateVersion)
        return damaged();
    bool ok = true;
    if (const QCborValue a = map.value(k("authenticator")); !a.isUndefined()) {
        AuthenticatorConfig config;
        const QCborMap am = a.toMap();
        ok = ok && a.isMap() && am.value(k("secret")).isByteArray() &&
             readSecret(am.value(k("secret")), &config.secret);
        config.account = am.value(k("account")).toString();
        config.addedMs = am.value(k("added")).toInteger();
        config.lastStep = am.value(k("last")).toInteger(std::numeric_limits<qint64>::min());
        s.authenticator = std::move(config);
    }
    s.email = decodeDelivered(map.value(k("email")), &ok);
    s.sms = decodeDelivered(map.value(k("sms")), &ok);
    const std::optional<SignInMethod> def = methodOf(map.value(k("default")));
    ok = ok && def && *def != SignInMethod::RecoveryCode;
    s.defaultMethod = def.value_or(SignInMethod::Authenticator);
    ok = ok && readSecret(map.value(k("hashKey")), &s.hashKey, 32);
    for (const QCborValue& h : map.value(k("recovery")).toArray()) {
        ok = ok && h.isByteArray();
        s.recoveryHashes.append(h.toByteArray());
    }
    // "sends" (times only, before the caps were per method) is left behind: at worst an hour's
    // sends are forgotten once.
    for (const QCborValue& value : map.value(k("sentCodes")).toArray()) {
        const QCborArray record = value.toArray();
        const std::optional<SignInMethod> method = methodOf(record.at(0));
        ok = ok && record.size() == 3 && method && record.at(1).isBool() && record.at(2).isInteger();
        if (!ok)
            break;
        s.sends.append(SendRecord{*method, record.at(1).toBool(), record.at(2).toInteger()});
    }
    for (const QCborValue& value : map.value(k("pending")).toArray()) {
        const QCborMap item = value.toMap();
        const std::optional<SignInMethod> method = methodOf(item.value(k("method")));
        ok = ok && method && methodNeedsSend(*method) && item.value(k("hash")).isByteArray();
        if (!ok)
            break;
        s.pending.push_back(
            PendingCode{*method, item.value(k("setup")).toBool(), item.value(k("to")).toString(),
                        item.value(k("challenge")).toByteArray(), item.value(k("hash")).toByteArray(),
                        item.value(k("sent")).toInteger(), item.value(k("expires")).toInteger(),
                        int(item.value(k("tries")).toInteger())});
    }
    s.failures = int(std::clamp<qint64>(map.value(k("failures")).toInteger(), 0, 1'000'000));
    s.lockedUntilMs = map.value(k("lockedUntil")).toInteger();
    ok = ok && readSecret(map.value(k("share")), &s.share, 32);
    ok = ok && readSecret(map.value(k("trustedKey")), &s.trustedKey, 32);
    for (const QCborValue& value : map.value(k("trusted")).toArray()) {
        const QCborMap item = value.toMap();
        s.trusted.push_back(
            TrustedComputer{item.value(k("id")).toByteArray(), item.value(k("name")).toString(),
                            item.value(k("added")).toInteger(), item.value(k("expires")).toInteger(),
                            item.value(k("used")).toInteger()});
    }
    const qint64 prompt = map.value(k("prompt")).toInteger(int(SecondFactorPrompt::UnrememberedComputers));
    ok = ok && (prompt == int(SecondFactorPrompt::EverySignIn) ||
                prompt == int(SecondFactorPrompt::UnrememberedComputers));
    s.prompt = SecondFactorPrompt(prompt);
    ok = ok && readSecret(map.value(k("delivery")), &s.deliverySettings);
    if (!ok)
        return damaged();
    return s;
}

VerifierState VerifierState::clone() const
{
    return decode(encode()).value();
}

} // namespace twofold
