#include "ui/signin/SignInText.h"

#include <algorithm>

namespace twofold {

QString SignInText::authenticatorInstruction()
{
    //: The code is the one-time number an authenticator app (TOTP) shows, not a password.
    return tr("Enter the 6-digit code from your authenticator app");
}

QString SignInText::codeSentInstruction(const QString& maskedTarget)
{
    //: %1 is a masked email address or phone number, e.g. "j•••@example.com". The code is a
    //: one-time sign-in number.
    return tr("We sent a code to %1").arg(maskedTarget);
}

QString SignInText::sendingInstruction(const QString& maskedTarget)
{
    //: %1 is a masked email address or phone number. The code is a one-time sign-in number.
    return tr("Sending a code to %1…").arg(maskedTarget);
}

QString SignInText::notSentInstruction(SignInMethod method, const QString& maskedTarget)
{
    //: %1 is a masked email address or phone number. The code is a one-time sign-in number.
    return method == SignInMethod::Sms ? tr("Send a code by text message to %1").arg(maskedTarget)
                                       : tr("Send a code by email to %1").arg(maskedTarget);
}

QString SignInText::promptLine(SecondFactorPrompt prompt)
{
    return prompt == SecondFactorPrompt::EverySignIn
               ? tr("This vault asks for a code at every sign-in.")
               : tr("This vault asks for a code only on computers it does not remember.");
}

QString SignInText::secondsLeftForCode(int seconds)
{
    //: How long the 6-digit number the authenticator app shows now stays valid.
    return tr("The code in your app changes in %n s", nullptr, seconds);
}

QString SignInText::resendIn(int seconds)
{
    //: A button, disabled until it can send another one-time code.
    return tr("Resend in %n s", nullptr, seconds);
}

QString SignInText::resend()
{
    //: A button: send another one-time sign-in code.
    return tr("Resend code");
}

QString SignInText::sendCodeIn(int seconds)
{
    //: A button, disabled while no more codes may be sent (five an hour); the wait.
    if (seconds < 60)
        return tr("Send code in %n s", nullptr, seconds);
    return tr("Send code in %n min", nullptr, (seconds + 59) / 60);
}

QString SignInText::sendCode()
{
    //: A button: send a one-time sign-in code.
    return tr("Send code");
}

QString SignInText::lockedOut(qint64 msLeft)
{
    const qint64 seconds = std::max<qint64>(0, (msLeft + 999) / 1000);
    const QString left = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: %1 is minutes:seconds, e.g. 0:28. Codes are the one-time sign-in numbers.
    return tr("Too many wrong codes. Try again in %1").arg(left);
}

QString SignInText::recoveryCodesLeft(int count)
{
    // "%n recovery codes" reads right untranslated from 2 on; 0 and 1 have their own words.
    if (count <= 0)
        return tr("You have no recovery codes left.");
    return count == 1 ? tr("You have one recovery code left.")
                      : tr("You have %n recovery codes left.", nullptr, count);
}

QString SignInText::recoveryCodeUsed(int count)
{
    if (count <= 0)
        return tr("Recovery code accepted. You have no recovery codes left: make new ones in Preferences > "
                  "Security now.");
    if (count == 1)
        return tr("Recovery code accepted. You have one recovery code left: make new ones in Preferences > "
                  "Security soon.");
    return tr("Recovery code accepted. You have %n recovery codes left.", nullptr, count);
}

QString SignInText::methodLine(const OfferedMethod& method)
{
    if (method.maskedTarget.isEmpty())
        return methodName(method.method);
    //: A sign-in method and where its codes go, e.g. "Email — j•••@example.com".
    return tr("%1 — %2").arg(methodName(method.method), method.maskedTarget);
}

} // namespace twofold
