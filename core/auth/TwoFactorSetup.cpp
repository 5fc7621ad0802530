// TwoFactorSettings: turning methods on — the authenticator (secret, URI, setup key, a current
// code), email and SMS (send a code to the address or number, then check it).
#include "auth/TwoFactorSettings.h"

#include "auth/Async.h"
#include "auth/AuthText.h"
#include "auth/Verifier.h"
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

template <typename T> Result<T> fromAnswer(Answer<T> answer)
{
    if (!answer.ok())
        return Error(answer.refusal().code, answer.refusal().message);
    return std::move(answer).value();
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

void TwoFactorSettings::confirmAuthenticator(SecureBuffer code, Then<RecoveryCodes> done)
{
    Status s = checkReady();
    if (s && m_pendingSecret.isEmpty())
        s = noSetup();
    if (s && !m_policy.allows(SignInMethod::Authenticator))
        s = notAllowed(m_policy, SignInMethod::Authenticator);
    if (!s)
        return later([done, s] { done(s.error()); });
    const bool wasOn = m_state.twoFactorOn();
    Verifier verifier(m_state.clone(), m_clock, m_random);
    Answer<RecoveryCodes> answer =
        verifier.enableAuthenticator(m_pendingSecret.clone(), m_pendingAccount, code);
    if (!answer.ok()) {
        const Error error = answer.refusal().error();
        return later([done, error] { done(error); });
    }
    finishEnable(verifier.releaseState(), wasOn, std::move(answer).value(), std::move(done));
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
    struct Outcome
    {
        std::optional<Answer<SendCodeReply>> answer;
        VerifierState state;
    };
    auto state = std::make_shared<VerifierState>(m_state.clone());
    setBusy(true);
    runOffThread(
        this,
        [state, method, target, challenge = m_setupChallenge, sender = m_sender, clock = &m_clock,
         random = &m_random] {
            Verifier verifier(std::move(*state), *clock, *random);
            auto outcome = std::make_shared<Outcome>();
            outcome->answer = verifier.sendSetupCode(method, target, challenge, *sender);
            outcome->state = verifier.releaseState();
            return outcome;
        },
        [this, done](std::shared_ptr<Outcome> outcome) {
            setBusy(false);
            // Kept in memory (the send log, the code's hash) until the method is turned on.
            m_state = std::move(outcome->state);
            done(fromAnswer(std::move(*outcome->answer)));
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
    const bool wasOn = m_state.twoFactorOn();
    Verifier verifier(m_state.clone(), m_clock, m_random);
    Answer<RecoveryCodes> answer = verifier.confirmSetupCode(*m_setupMethod, code);
    if (!answer.ok()) {
        m_state = verifier.releaseState(); // one try fewer on this code
        const Error error = answer.refusal().error();
        return later([done, error] { done(error); });
    }
    finishEnable(verifier.releaseState(), wasOn, std::move(answer).value(), std::move(done));
}

void TwoFactorSettings::finishEnable(VerifierState state, bool wasOn, RecoveryCodes codes,
                                     Then<RecoveryCodes> done)
{
    auto shown = std::make_shared<RecoveryCodes>(std::move(codes));
    auto finish = [this, shown, done](Status s) {
        if (!s)
            return done(s.error());
        cancelSetup();
        done(std::move(*shown));
    };
    forgetOwnToken();
    if (!wasOn) // the first method: the password slot now needs the share
        return commitRewrapped(std::move(state), true, m_password, finish);
    const Status s = commit(std::move(state));
    later([finish, s] { finish(s); });
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
