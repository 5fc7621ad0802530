#pragma once
// TwoFactorStatus: what a settings page (Preferences > Security, `twofold-cli 2fa status`) shows
// of a vault's two-factor sign-in. Nothing in it is secret; it travels over the verifier link
// (Messages.h) as CBOR. Dates (added, last used, expires) are calendar dates of the verifier's
// clock, shown as dates; nothing here is used to time a wait.
#include "auth/SignInMethod.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

namespace twofold {

// When the second factor is asked (a visible setting, DESIGN.md 4.2).
enum class SecondFactorPrompt : quint8 {
    EverySignIn = 1,           // always, even on a remembered computer (nothing is remembered)
    UnrememberedComputers = 2, // only on computers not remembered in the last 30 days
};

struct MethodStatus
{
    SignInMethod method = SignInMethod::Authenticator;
    bool on = false;
    bool isDefault = false;
    QString target;       // the address, the E.164 number, or the authenticator's account label
    QString maskedTarget; // as the sign-in page shows it
    qint64 addedMs = 0;
};

struct TrustedComputerInfo
{
    QByteArray id;
    QString name;
    qint64 addedMs = 0;
    qint64 expiresMs = 0;
    qint64 lastUsedMs = 0;
};

struct AppPasswordInfo
{
    QString name;
    qint64 createdMs = 0;
    qint64 lastUsedMs = 0; // 0: never
};

struct TwoFactorStatus
{
    bool on = false;
    QList<MethodStatus> methods; // one per kSignInMethods, in that order, on or off
    SignInMethod defaultMethod = SignInMethod::Authenticator;
    int recoveryCodesLeft = 0;
    SecondFactorPrompt prompt = SecondFactorPrompt::UnrememberedComputers;
    QList<TrustedComputerInfo> trustedComputers;
    bool deliveryConfigured = false; // delivery settings have been saved
    QList<AppPasswordInfo> appPasswords;

    // The entry for method (a default one for RecoveryCode).
    MethodStatus method(SignInMethod method) const;

    QCborMap toCbor() const;
    // Refuses (Internal) a map that is not a status.
    static Result<TwoFactorStatus> fromCbor(const QCborMap& map);
};

} // namespace twofold
