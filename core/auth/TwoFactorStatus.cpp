#include "auth/TwoFactorStatus.h"

#include "auth/AuthText.h"

#include <QCborArray>
#include <QCborValue>

namespace twofold {

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

Error notAStatus()
{
    return Error(
        ErrorCode::Internal,
        AuthText::tr("The sign-in verifier and this program do not understand each other. Update Twofold."));
}

} // namespace

MethodStatus TwoFactorStatus::method(SignInMethod m) const
{
    for (const MethodStatus& s : methods) {
        if (s.method == m)
            return s;
    }
    MethodStatus none;
    none.method = m;
    return none;
}

QCborMap TwoFactorStatus::toCbor() const
{
    QCborMap map;
    map.insert(k("on"), on);
    QCborArray list;
    for (const MethodStatus& m : methods) {
        QCborMap e;
        e.insert(k("method"), methodKey(m.method));
        e.insert(k("on"), m.on);
        e.insert(k("default"), m.isDefault);
        e.insert(k("target"), m.target);
        e.insert(k("masked"), m.maskedTarget);
        e.insert(k("added"), m.addedMs);
        list.append(e);
    }
    map.insert(k("methods"), list);
    map.insert(k("defaultMethod"), methodKey(defaultMethod));
    map.insert(k("recoveryLeft"), recoveryCodesLeft);
    map.insert(k("prompt"), int(prompt));
    QCborArray computers;
    for (const TrustedComputerInfo& t : trustedComputers) {
        QCborMap e;
        e.insert(k("id"), t.id);
        e.insert(k("name"), t.name);
        e.insert(k("added"), t.addedMs);
        e.insert(k("expires"), t.expiresMs);
        e.insert(k("used"), t.lastUsedMs);
        computers.append(e);
    }
    map.insert(k("computers"), computers);
    map.insert(k("delivery"), deliveryConfigured);
    QCborArray apps;
    for (const AppPasswordInfo& a : appPasswords) {
        QCborMap e;
        e.insert(k("name"), a.name);
        e.insert(k("created"), a.createdMs);
        e.insert(k("used"), a.lastUsedMs);
        apps.append(e);
    }
    map.insert(k("appPasswords"), apps);
    return map;
}

Result<TwoFactorStatus> TwoFactorStatus::fromCbor(const QCborMap& map)
{
    TwoFactorStatus s;
    if (!map.value(k("on")).isBool() || !map.value(k("methods")).isArray())
        return notAStatus();
    s.on = map.value(k("on")).toBool();
    for (const QCborValue& v : map.value(k("methods")).toArray()) {
        const QCborMap e = v.toMap();
        const std::optional<SignInMethod> method = methodFromKey(e.value(k("method")).toString());
        if (!method)
            return notAStatus();
        MethodStatus m;
        m.method = *method;
        m.on = e.value(k("on")).toBool();
        m.isDefault = e.value(k("default")).toBool();
        m.target = e.value(k("target")).toString();
        m.maskedTarget = e.value(k("masked")).toString();
        m.addedMs = e.value(k("added")).toInteger();
        s.methods.append(m);
    }
    const std::optional<SignInMethod> def = methodFromKey(map.value(k("defaultMethod")).toString());
    if (!def)
        return notAStatus();
    s.defaultMethod = *def;
    s.recoveryCodesLeft = int(map.value(k("recoveryLeft")).toInteger());
    const qint64 prompt = map.value(k("prompt")).toInteger();
    if (prompt != int(SecondFactorPrompt::EverySignIn) &&
        prompt != int(SecondFactorPrompt::UnrememberedComputers))
        return notAStatus();
    s.prompt = SecondFactorPrompt(prompt);
    for (const QCborValue& v : map.value(k("computers")).toArray()) {
        const QCborMap e = v.toMap();
        s.trustedComputers.append(TrustedComputerInfo{
            e.value(k("id")).toByteArray(), e.value(k("name")).toString(), e.value(k("added")).toInteger(),
            e.value(k("expires")).toInteger(), e.value(k("used")).toInteger()});
    }
    s.deliveryConfigured = map.value(k("delivery")).toBool();
    for (const QCborValue& v : map.value(k("appPasswords")).toArray()) {
        const QCborMap e = v.toMap();
        s.appPasswords.append(AppPasswordInfo{e.value(k("name")).toString(),
                                              e.value(k("created")).toInteger(),
                                              e.value(k("used")).toInteger()});
    }
    return s;
}

} // namespace twofold
