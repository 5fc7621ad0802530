#pragma once
// Every sentence core/auth shows a person, in one place (STYLE.md habit 10), so each is
// written, translated and tested once.
#include "auth/SignInMethod.h"
#include "common/Error.h"

#include <QString>

#include <optional>

namespace twofold {
struct Refusal;
}

namespace twofold::sentences {

// The sentence for a verifier's refusal (Messages.h), from its reason and numbers.
QString refusal(const Refusal& refusal);

// "30 seconds", "a minute", "15 minutes": a wait, rounded up.
QString duration(qint64 ms);

QString methodOff(SignInMethod method);
QString nothingToSend();
QString lockedOut(qint64 msLeft);
QString resendTooSoon(qint64 msLeft);
QString hourlyLimit(qint64 msLeft);
QString wrongCode(int triesLeft);
QString codeTriedTooOften();
QString codeExpired();
QString noCodeSent(SignInMethod method);
QString codeReplayed();
QString wrongAuthenticatorCode();
QString wrongRecoveryCode();
QString computerForgotten();
QString everySignIn();
QString twoFactorOff();
QString wrongSetupCode(int triesLeft);
QString wrongNewAuthenticatorCode();
QString triesBeforeLockout(int tries);
// A refused or failed send of method's code (email when not known).
QString deliveryRefused(ErrorCode code, std::optional<SignInMethod> method = std::nullopt);
QString notRecorded(ErrorCode code);
QString notUnderstood();
// The vault's two-factor settings (the verifier state) cannot be read: the file is damaged.
QString settingsDamaged();
QString wrongAccount();
QString versionMismatch();
QString passwordChanged();
QString wrongPassword();
QString notFound();
QString invalidName(const QString& name);
QString tooManySlots();
QString deliveryCheckFailed(ErrorCode code, std::optional<SignInMethod> method = std::nullopt);
QString readOnly();
QString serverManaged();
QString accountExists();
// The server's address may be empty (not known).
QString serverUnreachable(const QString& server);
QString serverRefused(const QString& server, qint64 retryAfterMs);

} // namespace twofold::sentences
