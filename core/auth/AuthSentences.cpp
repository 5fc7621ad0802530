#include "auth/AuthSentences.h"

#include "auth/AuthText.h"

namespace twofold::sentences {

QString duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    // "%n seconds" reads right untranslated from 2 on; one has its own words.
    if (seconds < 60)
        return seconds == 1 ? AuthText::tr("a second") : AuthText::tr("%n seconds", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    return minutes == 1 ? AuthText::tr("a minute") : AuthText::tr("%n minutes", nullptr, int(minutes));
}

QString methodOff(SignInMethod method)
{
    return AuthText::tr("%1 is not turned on for this vault.").arg(methodName(method));
}

QString nothingToSend()
{
    return AuthText::tr("Authenticator codes are made by the app on your phone: nothing is sent.");
}

QString lockedOut(qint64 msLeft)
{
    return AuthText::tr("Too many wrong codes in a row. Try again in %1.").arg(duration(msLeft));
}

QString resendTooSoon(qint64 msLeft)
{
    return AuthText::tr("A code was sent just now. You can ask for another in %1.").arg(duration(msLeft));
}

QString hourlyLimit(qint64 msLeft)
{
    return AuthText::tr(
               "Five codes were sent in the last hour, the most allowed. You can ask for another in %1.")
        .arg(duration(msLeft));
}

QString wrongCode(int triesLeft)
{
    if (triesLeft <= 0)
        return codeTriedTooOften();
    return triesLeft == 1
               ? AuthText::tr("That code is not right. You can try it once more.")
               : AuthText::tr("That code is not right. You can try it %n more times.", nullptr, triesLeft);
}

QString codeTriedTooOften()
{
    return AuthText::tr("That code is not right, and it has now been tried three times: ask for a new one.");
}

QString codeExpired()
{
    return AuthText::tr("That code has expired (codes last 10 minutes): ask for a new one.");
}

QString noCodeSent(SignInMethod method)
{
    return method == SignInMethod::Sms
               ? AuthText::tr("No code by text message is waiting to be checked: ask for a new one.")
               : AuthText::tr("No code by email is waiting to be checked: ask for a new one.");
}

QString codeReplayed()
{
    return AuthText::tr("That code has been used already. Wait for the next one in your authenticator app.");
}

QString wrongAuthenticatorCode()
{
    return AuthText::tr(
        "That code is not right. Enter the code your authenticator app shows for Twofold now.");
}

QString wrongRecoveryCode()
{
    return AuthText::tr("That recovery code is not right, or it has been used already.");
}

QString computerForgotten()
{
    return AuthText::tr("This computer is no longer remembered: enter a code.");
}

QString everySignIn()
{
    return AuthText::tr("This vault asks for a code at every sign-in, so computers are not remembered.");
}

QString twoFactorOff()
{
    return AuthText::tr("Two-factor sign-in is not on for this vault: turn on a method first.");
}

QString wrongSetupCode(int triesLeft)
{
    if (triesLeft <= 0)
        return codeTriedTooOften();
    return triesLeft == 1 ? AuthText::tr("That is not the code that was sent. You can try it once more.")
                          : AuthText::tr("That is not the code that was sent. You can try it %n more times.",
                                         nullptr, triesLeft);
}

QString wrongNewAuthenticatorCode()
{
    return AuthText::tr("That code is not right. Check that the setup key was entered exactly and that your "
                        "phone's clock is right, then enter the code the app shows now.");
}

} // namespace twofold::sentences
