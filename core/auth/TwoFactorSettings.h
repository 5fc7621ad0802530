#pragma once
// TwoFactorSettings: the controller behind Preferences > Security and `twofold-cli 2fa …`
// (DESIGN.md J3, 4.2), for a vault that is open. It is a client of the verifier link, like
// SignInSession: every change is a SettingsRequest (Messages.h) to the vault's verifier, which
// checks it, records it and rewrites the file (locally: LocalVerifierHost). Reading the status
// needs nothing; every change needs the master password again (confirmPassword, valid 5
// minutes on the injected clock). Only the password's derived key is kept for those 5 minutes
// (by the verifier link), never the password.
//   - Turning a method on always checks a real code first. The first method ever makes the
//     sign-in share, rewraps the password slot to need it and returns ten recovery codes to
//     show once; turning the last one off rewraps the slot without it.
//   - Any method change, password change or recovery-code use forgets every remembered
//     computer. Policy: methods it does not allow cannot be turned on; with "required", the
//     last method cannot be turned off.
// A change asked for without a confirmed password is refused with ErrorCode::WrongPassword and
// a sentence asking for it (check passwordConfirmed() first to show the prompt).
// Slow work (Argon2id, sending a code) runs off the calling thread; the vault itself is changed
// and saved on the calling thread, like every other save of it. One change at a time: a call
// made while isBusy() is refused. Every callback runs later on this object's thread (never
// inside the call) and not at all once it is destroyed; refusals are sentences.
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/Policy.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "vault/OpenVault.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace twofold {

class SecretStore;
class VerifierConnector;
class VerifierLink;
struct PasswordKey;

inline constexpr qint64 kPasswordConfirmationMs = 5 * 60 * 1000;

struct TwoFactorSettingsOptions
{
    std::optional<Policy> policy;                 // nullopt: Policy::load() (Optional when that fails)
    SecretStore* secretStore = nullptr;           // to forget this computer's own token; not owned
    std::shared_ptr<CodeSender> sender;           // nullptr: DeliveryCodeSender
    std::shared_ptr<VerifierConnector> connector; // nullptr: DefaultVerifierConnector(sender)
};

// What an authenticator app needs, shown while it is being turned on.
struct AuthenticatorSetup
{
    QString uri;      // otpauth://totp/Twofold:<account>?secret=…&issuer=Twofold&… (for the QR code)
    QString setupKey; // the secret in base32, in groups of four, for typing by hand
    QString issuer;   // "Twofold"
    QString account;
    // Known leak: uri and setupKey are QStrings holding the secret; drop them once shown.
};

class TwoFactorSettings : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;
    template <typename T> using Then = std::function<void(Result<T>)>;
    using RecoveryCodes = std::vector<SecureBuffer>; // UTF-8 "xxxxx-xxxxx", to show once

    // vault must be open (ReadWrite to change anything) and outlive this object. status is
    // what SignInSession::twoFactorStatus() read (shown until the password is confirmed and
    // the full settings are read). clock and random must outlive this object.
    TwoFactorSettings(OpenVault& vault, TwoFactorStatus status, TwoFactorSettingsOptions options = {},
                      Clock& clock = systemClock(), Random& random = systemRandom(),
                      QObject* parent = nullptr);
    ~TwoFactorSettings() override;

    // ---- what the pane shows ----
    const TwoFactorStatus& status() const { return m_status; }
    QList<AppPasswordInfo> appPasswords() const;
    const Policy& policy() const { return m_policy; }
    // The policy allows method and it is off.
    bool canTurnOn(SignInMethod method) const;
    // method is on, and turning it off would not leave a vault the policy requires 2FA for
    // without any method.
    bool canTurnOff(SignInMethod method) const;
    bool isBusy() const { return m_busy; }
    // Server mode: the codes are checked, and these settings kept, by the sign-in server at
    // serverUrl() (Preferences says "Codes are checked by SERVER"); delivery settings are its
    // administrator's (deliverySettings()/setDeliverySettings() refuse with ServerManaged's
    // sentence). Empty in local mode.
    bool serverMode() const;
    QString serverUrl() const;
    // The vault these settings are for, and the secret store they were given (may be null).
    const OpenVault& vault() const { return m_vault; }
    SecretStore* secretStore() const { return m_options.secretStore; }

    // ---- the master password again ----
    // Checks password (off the calling thread) and reads the full settings; changes are
    // allowed for kPasswordConfirmationMs from then. WrongPassword when it is not right.
    void confirmPassword(SecureBuffer password, Done done);
    bool passwordConfirmed() const;
    // The same as a confirmed password, with the key a sign-in derived already (one Argon2id
    // per sign-in: `twofold-cli 2fa …` reads the password once). WrongPassword when it does not fit.
    void adoptPasswordKey(std::shared_ptr<const PasswordKey> key, Done done);
    qint64 passwordValidUntilMs() const { return m_confirmedUntilMs; }
    // Ends the confirmation now (the password and its key are wiped).
    void forgetPassword();

    // ---- turning methods on: begin, then confirm with a real code ----
    // A new authenticator secret for account (empty: the vault's name, or its file name).
    Result<AuthenticatorSetup> beginAuthenticator(const QString& account = {});
    // Turns the authenticator on when code is its current code. Gives recovery codes when it
    // is the first method (empty otherwise).
    void confirmAuthenticator(SecureBuffer code, Then<RecoveryCodes> done);
    // Sends a code to address (checked first) to prove it receives mail.
    void beginEmail(const QString& address, Then<SendCodeReply> done);
    // Reads number as dialled from region (ISO 3166 code; PhoneNumber::parse refuses numbers
    // that cannot receive SMS, with a sentence) and sends it a code. The reply's maskedTarget
    // is where it went; PhoneNumber::parse gives the normalised form to show before sending.
    void beginSms(const QString& number, const QString& region, Then<SendCodeReply> done);
    // Sends the email/SMS setup code again (after 30 s; 5 sends an hour in all).
    void resendSetupCode(Then<SendCodeReply> done);
    // Turns the email/SMS method being set up on when code is the code sent.
    void confirmSetupCode(SecureBuffer code, Then<RecoveryCodes> done);
    // Drops a setup in progress.
    void cancelSetup();

    // ---- other changes ----
    void disable(SignInMethod method, Done done);
    void setDefaultMethod(SignInMethod method, Done done);
    void regenerateRecoveryCodes(Then<RecoveryCodes> done);
    void setPrompt(SecondFactorPrompt prompt, Done done);
    void forgetTrustedComputers(Done done);
    void forgetTrustedComputer(const QByteArray& id, Done done);
    // Forgets the remembered computer whose token this is (this computer's own, from the
    // secret store), on the verifier: a computer need not know its record's id to forget itself.
    // NotFound (a sentence) when the verifier has no such computer.
    void forgetTrustedByToken(SecureBuffer token, Done done);
    // Forgets this computer's own token (no password needed; the verifier's list keeps it
    // until it expires or all are forgotten).
    void forgetThisComputer(Done done);
    // A new app password named name (unique, not empty): random, shown once (the returned
    // UTF-8 secret), with its own key slot. Server mode: the slot is this computer's alone
    // (the server is not asked) and its key also needs the account key (VaultFile::
    // makeAppPasswordSlot), so the file and the app password alone open nothing; it opens the
    // vault on a computer that keeps the account key, with no second factor.
    void addAppPassword(const QString& name, Then<SecureBuffer> done);
    // Removes the app password's slot (server mode: from this computer's file).
    void revokeAppPassword(const QString& name, Done done);
    // Rewraps the password slot under newPassword (the master-password rules apply: at least 8
    // characters, not a common password) and re-seals the two-factor settings; keeps the
    // sign-in share; forgets every remembered computer. Server mode: one Argon2id (a fresh
    // salt, the slot's limits); the server gets the new proof, salt, limits and keyset (the
    // slot wrapped with the share and the account key the sign-in had: OpenVault::
    // serverSecret) in one ChangePassword, then this file's slot is rewrapped and saved.
    // Refused (with a sentence) when the vault was not opened by a server sign-in.
    void changeMasterPassword(SecureBuffer newPassword, Done done);
    // The delivery settings (DeliverySettings::toCbor() bytes; empty: none). Needs the
    // password confirmed.
    Result<SecureBuffer> deliverySettings() const;
    void setDeliverySettings(SecureBuffer settings, Done done);

signals:
    // status() or appPasswords() changed.
    void changed();
    void busyChanged(bool busy);

private:
    Status checkReady(bool needsPassword = true);
    void setBusy(bool busy);
    // Runs f later on this object's thread (callbacks never run inside the call).
    template <typename F> void later(F f)
    {
        auto call = std::make_shared<F>(std::move(f));
        QMetaObject::invokeMethod(
            this, [call] { (*call)(); }, Qt::QueuedConnection);
    }
    // Sends request over the link; done gets the reply (the status taken, the vault's header
    // adopted) or the refusal as an Error.
    void exchange(SettingsRequest request, std::function<void(Result<SettingsReply>)> done);
    void connectWithKey(std::shared_ptr<const PasswordKey> key, Done done);
    void sendSetup(SignInMethod method, const QString& target, Then<SendCodeReply> done);
    void forgetOwnToken();
    // Server mode (ServerSettings.cpp), after checkReady().
    void changeServerPassword(SecureBuffer newPassword, Done done);
    void addServerAppPassword(const QString& name, Then<SecureBuffer> done);
    void revokeServerAppPassword(const QString& name, Done done);
    // Server mode: the app passwords are this file's slots, not the server's.
    void takeLocalAppPasswords();

    OpenVault& m_vault;
    TwoFactorSettingsOptions m_options;
    Policy m_policy;
    Clock& m_clock;
    Random& m_random;
    std::shared_ptr<VerifierConnector> m_connector;
    TwoFactorStatus m_status;
    std::shared_ptr<VerifierLink> m_link; // while the password is confirmed
    SecureBuffer m_delivery;              // the delivery settings, read when the password was confirmed
    qint64 m_confirmedUntilMs = 0;
    QTimer m_forgetTimer;
    bool m_busy = false;
    SecureBuffer m_pendingSecret; // authenticator being set up
    QString m_pendingAccount;
    std::optional<SignInMethod> m_setupMethod; // email/SMS being set up
    QString m_setupTarget;
    QByteArray m_setupChallenge;
};

} // namespace twofold
