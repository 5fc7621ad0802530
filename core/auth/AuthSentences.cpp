#include "auth/AuthSentences.h"

#include "auth/AuthText.h"
#include "auth/Messages.h"
#include "otp/Totp.h"

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

namespace twofold::sentences {

QString triesBeforeLockout(int tries)
{
    return tries == 1
               ? AuthText::tr("One more wrong code locks sign-in for a while.")
               : AuthText::tr("After %n more wrong codes, sign-in is locked for a while.", nullptr, tries);
}

QString deliveryRefused(ErrorCode code, std::optional<SignInMethod> method)
{
    const bool sms = method == SignInMethod::Sms;
    switch (code) {
    case ErrorCode::DeliveryAuthFailed:
        return sms ? AuthText::tr(
                         "The SMS gateway refused Twofold's sign-in: check the account and token in the "
                         "delivery settings.")
                   : AuthText::tr(
                         "The mail server refused the sign-in: check the SMTP user name and password in "
                         "the delivery settings.");
    case ErrorCode::DeliveryTimeout:
        return sms ? AuthText::tr(
                         "The SMS gateway did not answer in time. Check the network and the delivery "
                         "settings, then try again.")
                   : AuthText::tr(
                         "The mail server did not answer in time. Check the network and the delivery "
                         "settings, then try again.");
    case ErrorCode::DeliveryNotConfigured:
        return sms ? AuthText::tr(
                         "No SMS gateway is set up to send codes: set one up in the delivery settings first.")
                   : AuthText::tr(
                         "No mail server is set up to send codes: set one up in the delivery settings "
                         "first.");
    default:
        return sms ? AuthText::tr(
                         "The code could not be sent: the SMS gateway could not be reached or refused it. "
                         "Check the delivery settings and the number, then try again.")
                   : AuthText::tr(
                         "The code could not be sent: the mail server could not be reached or refused it. "
                         "Check the delivery settings and the address, then try again.");
    }
}

QString notRecorded(ErrorCode code)
{
    const QString why = code == ErrorCode::DiskFull   ? AuthText::tr("the disk is full")
                        : code == ErrorCode::ReadOnly ? AuthText::tr("the disk is read-only")
                        : code == ErrorCode::PermissionDenied
                            ? AuthText::tr("Twofold may not write to the vault's folder")
                            : AuthText::tr("the vault file could not be written");
    return AuthText::tr(
               "Twofold could not record this sign-in step in the vault file (%1), so no code can be "
               "accepted now. Free the disk or make it writable, then try again.")
        .arg(why);
}

QString settingsDamaged()
{
    return AuthText::tr("The two-factor settings kept in this vault are damaged, so the second factor cannot "
                        "be checked. Try the backup copy of the vault (the same name ending in .bak).");
}

QString notUnderstood()
{
    return AuthText::tr(
        "The sign-in verifier and this program do not understand each other. Update Twofold.");
}

QString wrongAccount()
{
    return AuthText::tr(
        "The sign-in verifier answered for another vault. Close the vault and sign in again.");
}

QString versionMismatch()
{
    return AuthText::tr("The sign-in verifier speaks another version of Twofold's sign-in protocol. Update "
                        "Twofold.");
}

QString passwordChanged()
{
    return AuthText::tr(
        "The vault's master password was changed in another program. Close the vault and sign in "
        "again with the new password.");
}

QString wrongPassword()
{
    return AuthText::tr("That password is not right for this vault.");
}

QString notFound()
{
    return AuthText::tr("That item does not exist any more: it may have been removed in another program.");
}

QString invalidName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return AuthText::tr("Give the app password a name, such as the script that uses it.");
    return AuthText::tr("An app password named \"%1\" exists already.").arg(name.trimmed());
}

QString tooManySlots()
{
    return AuthText::tr("This vault has as many app passwords as it can hold: revoke one first.");
}

QString deliveryCheckFailed(ErrorCode code, std::optional<SignInMethod> method)
{
    return AuthText::tr(
               "The new delivery settings were not saved, because a test code could not be sent with "
               "them: %1")
        .arg(deliveryRefused(code, method));
}

QString readOnly()
{
    return AuthText::tr("This vault was opened read-only, so its two-factor settings cannot be changed.");
}

QString serverManaged()
{
    return AuthText::tr(
        "Your sign-in server sends the codes itself, so its administrator keeps these settings.");
}

QString accountExists()
{
    return AuthText::tr("An account with this email exists on the server already: sign in to it instead.");
}

QString serverUnreachable(const QString& server)
{
    if (server.isEmpty())
        return AuthText::tr("The sign-in server could not be reached. Check the connection and try again.");
    return AuthText::tr("The sign-in server %1 could not be reached. Check the connection and try again.")
        .arg(server);
}

QString serverRefused(const QString& server, qint64 retryAfterMs)
{
    if (retryAfterMs > 0)
        return server.isEmpty()
                   ? AuthText::tr("The sign-in server is busy. Try again in %1.").arg(duration(retryAfterMs))
                   : AuthText::tr("The sign-in server %1 is busy. Try again in %2.")
                         .arg(server, duration(retryAfterMs));
    return server.isEmpty()
               ? AuthText::tr("The sign-in server could not take the request. Try again later, or "
                              "ask its administrator.")
               : AuthText::tr("The sign-in server %1 could not take the request. Try again later, or "
                              "ask its administrator.")
                     .arg(server);
}

// The sentence of a refusal that gives only an error code (a file error of the verifier's).
QString byCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileDamaged:
        return settingsDamaged();
    case ErrorCode::FileNotFound:
        return AuthText::tr("The vault file was moved or deleted while you were signing in. Choose it again, "
                            "then sign in.");
    case ErrorCode::FileReadFailed:
    case ErrorCode::PermissionDenied:
        return AuthText::tr(
            "The vault file could not be read while you were signing in. Check that its disk is "
            "connected and that you may read it, then try again.");
    case ErrorCode::FileTooNew:
        return AuthText::tr("The vault was saved by a newer Twofold. Update Twofold to open it.");
    default:
        return notUnderstood();
    }
}

QString refusal(const Refusal& r)
{
    const SignInMethod method = r.method.value_or(SignInMethod::Email);
    QString s;
    switch (r.reason) {
    case RefusalReason::MethodOff:
        s = methodOff(method);
        break;
    case RefusalReason::NothingToSend:
        s = nothingToSend();
        break;
    case RefusalReason::LockedOut:
        return lockedOut(r.lockedForMs);
    case RefusalReason::ResendTooSoon:
        return resendTooSoon(r.retryAfterMs);
    case RefusalReason::HourlyLimit:
        return hourlyLimit(r.retryAfterMs);
    case RefusalReason::WrongCode:
        s = wrongCode(r.triesLeft);
        break;
    case RefusalReason::CodeTriedTooOften:
        s = codeTriedTooOften();
        break;
    case RefusalReason::CodeExpired:
        s = codeExpired();
        break;
    case RefusalReason::NoCodeSent:
        s = noCodeSent(method);
        break;
    case RefusalReason::CodeReplayed:
        s = codeReplayed();
        break;
    case RefusalReason::WrongAuthenticatorCode:
        s = wrongAuthenticatorCode();
        break;
    case RefusalReason::ClockSkew:
        s = otp::describeClockSkew(r.skewSeconds);
        break;
    case RefusalReason::WrongRecoveryCode:
        s = wrongRecoveryCode();
        break;
    case RefusalReason::ComputerForgotten:
        s = computerForgotten();
        break;
    case RefusalReason::EverySignIn:
        s = everySignIn();
        break;
    case RefusalReason::TwoFactorOff:
        s = twoFactorOff();
        break;
    case RefusalReason::WrongSetupCode:
        s = wrongSetupCode(r.triesLeft);
        break;
    case RefusalReason::WrongNewAuthenticatorCode:
        s = wrongNewAuthenticatorCode();
        break;
    case RefusalReason::DeliveryRefused:
        s = deliveryRefused(r.code, r.method);
        break;
    case RefusalReason::NotRecorded:
        s = notRecorded(r.code);
        break;
    case RefusalReason::WrongAccount:
        s = wrongAccount();
        break;
    case RefusalReason::VersionMismatch:
        s = versionMismatch();
        break;
    case RefusalReason::PasswordChanged:
        s = passwordChanged();
        break;
    case RefusalReason::WrongPassword:
        s = wrongPassword();
        break;
    case RefusalReason::NotFound:
        s = notFound();
        break;
    case RefusalReason::InvalidName:
        s = invalidName(r.name);
        break;
    case RefusalReason::TooManySlots:
        s = tooManySlots();
        break;
    case RefusalReason::DeliveryCheckFailed:
        s = deliveryCheckFailed(r.code, r.method);
        break;
    case RefusalReason::ReadOnly:
        s = readOnly();
        break;
    case RefusalReason::ServerManaged:
        s = serverManaged();
        break;
    case RefusalReason::AccountExists:
        s = accountExists();
        break;
    case RefusalReason::ServerUnreachable:
        s = serverUnreachable(r.name);
        break;
    case RefusalReason::ServerNotTrusted:
        s = AuthText::tr(
                "The certificate of the sign-in server %1 is not trusted on this computer, so nothing was "
                "sent to it. If your administrator uses a certificate authority of their own, set "
                "TWOFOLD_SERVER_CA to its certificate file (twofold-cli also takes --server-ca FILE).")
                .arg(r.name);
        break;
    case RefusalReason::ServerRefused:
        s = serverRefused(r.name, r.retryAfterMs);
        break;
    case RefusalReason::PolicyForbids:
        s = AuthText::tr("Your administrator does not allow %1 for signing in.")
                .arg(methodName(r.method.value_or(SignInMethod::Authenticator)));
        break;
    case RefusalReason::PolicyRequires:
        s = AuthText::tr("Your administrator requires two-factor sign-in, so the last method cannot be "
                         "turned off. Turn on another method first.");
        break;
    case RefusalReason::SyncStale:
        s = AuthText::tr(
            "Another computer changed the vault on the server first. Twofold fetches its changes "
            "and sends yours again.");
        break;
    case RefusalReason::Unspecified: // only the code is known: say what it means
        s = byCode(r.code);
        break;
    case RefusalReason::NotUnderstood:
        s = notUnderstood();
        break;
    }
    if (s.isEmpty()) // a reason from a newer verifier
        s = notUnderstood();
    if (r.lockedNow)
        return s + QLatin1Char(' ') + lockedOut(r.lockedForMs);
    if (r.triesBeforeLockout > 0)
        return s + QLatin1Char(' ') + triesBeforeLockout(r.triesBeforeLockout);
    return s;
}

} // namespace twofold::sentences

namespace twofold {

QString Refusal::sentence() const
{
    return sentences::refusal(*this);
}

} // namespace twofold
