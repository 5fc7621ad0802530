// TwoFactorSettings: turning methods on — the authenticator (secret, URI, setup key, a current
// code), email and SMS (send a code to the address or number, then check it).
#include "auth/TwoFactorSettings.h"

#include "auth/AuthSentences.h"
#include "auth/AuthText.h"
#include "delivery/MailMessage.h"
#include "delivery/PhoneNumber.h"
#include "otp/Base32.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QFileInfo>
#include <QSysInfo>

namespace twofold {

namespace {

const QString kIssuer = QStringLiteral("Twofold");

Error notAllowed(const Policy& policy, SignInMethod method)
{
    if (policy.twoFactor == TwoFactorRequirement::Off)
        return Error(ErrorCode::PolicyRefused,
                     AuthText::tr("Your administrator has turned two-factor sign-in off on this computer."));
    return Error(
        ErrorCode::PolicyRefused,
        AuthText::tr("Your administrator does not allow %1 for signing in.").arg(methodName(method)));
}

Error noSetup()
{
    return Error(ErrorCode::InvalidInput, AuthText::tr("No method is being set up: start again."));
}

} // namespace

Result<AuthenticatorSetup> TwoFactorSettings::beginAuthenticator(const QString& account)
{
    if (Status s = checkReady(); !s)
        return s.error();
    if (!m_policy.allows(SignInMethod::Authenticator))
        return notAllowed(m_policy, SignInMethod::Authenticator);
    // The name the app lists the codes under: the vault's name, the email address codes go
    // to, the file's name unless it is the default "vault", else "user@computer".
    QString label = account.trimmed();
    if (label.isEmpty())
        label = m_vault.vault().name().trimmed();
    if (label.isEmpty() && m_status.method(SignInMethod::Email).on)
        label = m_status.method(SignInMethod::Email).target;
    if (label.isEmpty() && QFileInfo(m_vault.path()).completeBaseName() != u"vault")
        label = QFileInfo(m_vault.path()).completeBaseName();
    if (label.isEmpty()) {
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        label = user.isEmpty() ? QSysInfo::machineHostName() : user + u'@' + QSysInfo::machineHostName();
    }
    otp::OtpParams params = otp::newTotpParams(kIssuer, label, m_random);
    m_pendingSecret = params.secret.clone();
    m_pendingAccount = label;
    return AuthenticatorSetup{otp::buildUri(params), otp::groupedSetupKey(params.secret), kIssuer, label};
}

namespace {
// The recovery codes a turned-on method gave (empty unless it was the first).
std::function<void(Result<SettingsReply>)>
codesOf(std::function<void(Result<TwoFactorSettings::RecoveryCodes>)> done)
{
    return [done](Result<SettingsReply> reply) {
        if (!reply)
            return done(reply.error());
        done(std::move(reply->recoveryCodes));
    };
}
} // namespace

void TwoFactorSettings::confirmAuthenticator(SecureBuffer code, Then<RecoveryCodes> done)
{
    Status s = checkReady();
    if (s && m_pendingSecret.isEmpty())
        s = noSetup();
    if (s && !m_policy.allows(SignInMethod::Authenticator))
        s = notAllowed(m_policy, SignInMethod::Authenticator);
    if (!s)
        return later([done, s] { done(s.error()); });
    SettingsRequest request{SettingsOp::EnableAuthenticator};
    request.secret = m_pendingSecret.clone();
    request.name = m_pendingAccount;
    request.code = std::move(code);
    forgetOwnToken();
    exchange(std::move(request), codesOf([this, done](Result<RecoveryCodes> codes) {
                 if (codes)
                     cancelSetup();
                 done(std::move(codes));
             }));
}

void TwoFactorSettings::beginEmail(const QString& address, Then<SendCodeReply> done)
{
    Status s = checkReady();
    if (s && !m_policy.allows(SignInMethod::Email))
        s = notAllowed(m_policy, SignInMethod::Email);
    if (s)
        s = checkEmailAddress(address.trimmed());
    if (!s)
        return later([done, s] { done(s.error()); });
    sendSetup(SignInMethod::Email, address.trimmed(), std::move(done));
}

void TwoFactorSettings::beginSms(const QString& number, const QString& region, Then<SendCodeReply> done)
{
    Status s = checkReady();
    if (s && !m_policy.allows(SignInMethod::Sms))
        s = notAllowed(m_policy, SignInMethod::Sms);
    Result<PhoneNumber> phone = PhoneNumber::parse(number, region);
    if (s && !phone)
        s = phone.error();
    if (!s)
        return later([done, s] { done(s.error()); });
    sendSetup(SignInMethod::Sms, phone->e164(), std::move(done));
}

void TwoFactorSettings::resendSetupCode(Then<SendCodeReply> done)
{
    Status s = checkReady();
    if (s && !m_setupMethod)
        s = noSetup();
    if (!s)
        return later([done, s] { done(s.error()); });
    sendSetup(*m_setupMethod, m_setupTarget, std::move(done));
}

void TwoFactorSettings::sendSetup(SignInMethod method, const QString& target, Then<SendCodeReply> done)
{
    // A new address or number is a new challenge (Resend waits 30 s within one).
    if (m_setupMethod != method || m_setupTarget != target || m_setupChallenge.isEmpty()) {
        m_setupChallenge = QByteArray(16, Qt::Uninitialized);
        m_random.fill(m_setupChallenge.data(), std::size_t(m_setupChallenge.size()));
    }
    m_setupMethod = method;
    m_setupTarget = target;
    SettingsRequest request{SettingsOp::SendSetupCode};
    request.method = method;
    request.target = target;
    request.challenge = m_setupChallenge;
    exchange(std::move(request), [this, done](Result<SettingsReply> reply) {
        if (!reply)
            return done(reply.error());
        if (!reply->sent)
            return done(Error(ErrorCode::Internal, sentences::notUnderstood()));
        done(reply->sent->anchor(m_clock.nowMs()));
    });
}

void TwoFactorSettings::confirmSetupCode(SecureBuffer code, Then<RecoveryCodes> done)
{
    Status s = checkReady();
    if (s && !m_setupMethod)
        s = noSetup();
    if (s && !m_policy.allows(*m_setupMethod))
        s = notAllowed(m_policy, *m_setupMethod);
    if (!s)
        return later([done, s] { done(s.error()); });
    SettingsRequest request{SettingsOp::ConfirmSetupCode};
    request.method = *m_setupMethod;
    request.code = std::move(code);
    forgetOwnToken();
    exchange(std::move(request), codesOf([this, done](Result<RecoveryCodes> codes) {
                 if (codes)
                     cancelSetup();
                 done(std::move(codes));
             }));
}

void TwoFactorSettings::cancelSetup()
{
    m_pendingSecret.clear();
    m_pendingAccount.clear();
    m_setupMethod.reset();
    m_setupTarget.clear();
    m_setupChallenge.clear();
}

} // namespace twofold
