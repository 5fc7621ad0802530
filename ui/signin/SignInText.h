#pragma once
// Every sentence the sign-in window shows around the core's own refusals, in one place
// (STYLE.md habit 10). The core's sentences (wrong code, lockout, delivery failures) come from
// core/auth and are shown as they are.
#include "auth/Messages.h"
#include "auth/SignInMethod.h"

#include <QCoreApplication>
#include <QString>

namespace twofold {

struct SignInText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::SignIn)

public:
    // "Enter the 6-digit code from your authenticator app".
    static QString authenticatorInstruction();
    // Email/SMS once a code went out: "We sent a code to j•••@example.com".
    static QString codeSentInstruction(const QString& maskedTarget);
    // Email/SMS while the first code is on its way, and when none could be sent yet.
    static QString sendingInstruction(const QString& maskedTarget);
    static QString notSentInstruction(SignInMethod method, const QString& maskedTarget);
    // The small line saying when this vault asks for a code.
    static QString promptLine(SecondFactorPrompt prompt);
    // Authenticator: "The code in your app changes in 12 s".
    static QString secondsLeftForCode(int seconds);
    // Email/SMS: the Resend button's text while it waits, and once it can be used.
    static QString resendIn(int seconds);
    static QString resend();
    static QString sendCodeIn(int seconds);
    static QString sendCode();
    // "Too many wrong codes. Try again in 0:28" (minutes:seconds, rounded up).
    static QString lockedOut(qint64 msLeft);
    // "You have 9 recovery codes left." (0 and 1 have their own words).
    static QString recoveryCodesLeft(int count);
    // After a recovery code opened the vault: how many remain, and what to do when few do.
    static QString recoveryCodeUsed(int count);
    // One line of the "Use another method" list: the method's name and where its codes go.
    static QString methodLine(const OfferedMethod& method);
};

} // namespace twofold
