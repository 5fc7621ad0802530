#pragma once
// SignInSession: the sign-in state machine the GUI and the CLI drive (DESIGN.md 4.1, 4.2):
//
//   NeedPassword ──submitPassword──► NeedSecondFactor(method) ◄──chooseMethod── ChooseMethod
//        │                               │   ▲        └──showMethodChooser──────────►│
//        │ (2FA off, or a remembered     │   │ (lockout over)                        │
//        │  computer)                    ▼   │                                       │
//        └──────────────────────────► Unlocked  LockedOut(until) ◄── any wrong code ─┘
//
// The password is checked first, off the calling thread (Argon2id): locally it must open the
// vault's auth section. With two-factor sign-in off the session goes straight to Unlocked.
// Otherwise a remembered computer (a valid token in the SecretStore, when the vault's setting
// allows) skips the code; else the default method is asked, and an email or SMS code is sent
// once on entering its page. A right code releases the sign-in share, which unwraps the vault
// key. Every action returns false, doing nothing, when it does not fit the state or the session
// is busy; a refusal comes as failed() with a sentence. The results of slow steps (password,
// sending, checking) come later from the event loop, never inside the call; showMethodChooser()
// and chooseMethod() change the state at once.
//
// Server mode (a vault whose header names a sign-in server, or options.newComputer): the
// password's proof and the codes go to the server (HttpVerifierLink); the server releases the
// share (after the second factor, or at once for an account with none), and the password slot
// opens with Argon2id(password), the share and the account key. Without an account key
// (neither given nor in the secret store) the password step fails with a sentence and
// accountKeyNeeded() is emitted: ask for it, setAccountKey(), submitPassword() again.
// A file whose password slot is older than the account's password (changed on another
// computer): the server refuses the proof; the session asks it for the current salt and
// limits (prelogin), derives again, and once the share is released opens the vault with the
// server's keyset and writes that slot into the file (ReadWrite). The opened vault keeps
// share ‖ account key (OpenVault::serverSecret) for TwoFactorSettings.
#include "auth/AccountKey.h"
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/Policy.h"
#include "auth/ServerAccount.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Random.h"
#include "crypto/SecureBuffer.h"
#include "vault/OpenVault.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace twofold {

class SecretStore;
class VerifierConnector;
class VerifierLink;
struct PasswordKey;

struct SignInOptions
{
    OpenMode mode = OpenMode::ReadWrite;     // how takeVault()'s vault is opened
    std::optional<Policy> policy;            // nullopt: Policy::load() when the password is submitted
    SecretStore* secretStore = nullptr;      // remembered computers (not owned); nullptr: none
    std::shared_ptr<CodeSender> sender;      // nullptr: DeliveryCodeSender (real email and SMS)
    QString computerName;                    // in the list of remembered computers; empty: host name
    bool sendCodeOnEntry = true;             // email/SMS: send a code when its page is first shown
    std::optional<SignInMethod> firstMethod; // ask this method first when it is on (CLI --method)
    std::shared_ptr<VerifierConnector>
        connector; // the vault's verifier; nullptr: DefaultVerifierConnector(sender)
    // Server mode (DESIGN.md 10): the account key the user typed; nullptr: the one this
    // computer's secretStore keeps for the vault (accountKeyStoreKey). A typed key that opens
    // the vault is stored there for the next sign-in.
    std::shared_ptr<const AccountKey> accountKey;
    // Signing in on a computer with no vault file at path yet: the file is made there from the
    // server's keyset once the second factor is passed (nullopt: path is an existing vault).
    std::optional<NewComputerSignIn> newComputer;
};

class SignInSession : public QObject
{
    Q_OBJECT
public:
    enum class State { NeedPassword, NeedSecondFactor, ChooseMethod, LockedOut, Unlocked };
    Q_ENUM(State)

    // A session for the vault at path. clock and random must outlive it.
    explicit SignInSession(QString path, SignInOptions options = {}, Clock& clock = systemClock(),
                           Random& random = systemRandom(), QObject* parent = nullptr);
    ~SignInSession() override;

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    QString path() const { return m_path; }

    // ---- what the pages show ----
    // The method asked for (NeedSecondFactor, LockedOut).
    SignInMethod method() const { return m_method; }
    // The methods that are on, default first (recovery codes are not listed: see
    // recoveryCodesLeft() and submitRecoveryCode()).
    QList<OfferedMethod> methods() const { return m_methods; }
    int recoveryCodesLeft() const { return m_status.recoveryCodesLeft; }
    // Email/SMS: where the method's codes go ("j•••@example.com"), known before sending.
    QString maskedTarget() const;
    // Email/SMS: a code was sent for the current method in this session.
    bool hasSentCode() const { return m_sent.contains(m_method); }
    // When Resend becomes available (ms since the epoch, session clock); 0 before any send.
    qint64 resendAtMs() const { return m_sent.value(m_method).resendAtMs; }
    // Until when the verifier refuses to send the current method another code (five an hour,
    // or a resend too soon), as its last refusal said; 0 when it has not refused.
    qint64 sendBlockedUntilMs() const { return m_sendBlockedUntil.value(m_method); }
    // Authenticator: seconds the code the app shows now has left (1..30).
    int secondsLeftForCode() const;
    // True when "Remember this computer for 30 days" may be offered (the vault's setting asks
    // only on computers not remembered, and there is a secret store).
    bool canRememberComputer() const;
    SecondFactorPrompt prompt() const { return m_status.prompt; }
    // Where remembered computers are kept (not owned); nullptr when there is none.
    SecretStore* secretStore() const { return m_options.secretStore; }
    // LockedOut: until when codes are refused.
    qint64 lockedUntilMs() const { return m_lockedUntilMs; }
    // After a wrong email/SMS code: tries left on it; -1 otherwise.
    int triesLeft() const { return m_triesLeft; }
    // The vault's two-factor settings as read at the password step (for Preferences >
    // Security; recovery codes left follow sign-in). Meaningful from NeedSecondFactor on.
    TwoFactorStatus twoFactorStatus() const { return m_status; }
    // Unlocked: the policy requires two-factor sign-in and this vault has none yet (the window
    // should lead to turning a method on).
    bool twoFactorSetupRequired() const;
    // The policy in force (read at submitPassword).
    const Policy& policy() const { return m_policy; }
    // Server mode: codes are checked by serverUrl() (known from the password step on; at once
    // for newComputer). Empty in local mode.
    bool serverMode() const { return !m_serverUrl.isEmpty(); }
    QString serverUrl() const { return m_serverUrl; }

    // Where remembered-computer tokens are kept in the SecretStore: service and key for a vault.
    static QString secretStoreService();
    static QString trustedTokenKey(const QByteArray& vaultId);

    // ---- actions ----
    // NeedPassword: checks password off the calling thread. Ends in Unlocked, NeedSecondFactor,
    // LockedOut, or failed() staying in NeedPassword (WrongPassword, a file refusal, an invalid
    // policy file).
    bool submitPassword(SecureBuffer password);
    // NeedSecondFactor → ChooseMethod ("Use another method").
    bool showMethodChooser();
    // NeedSecondFactor, ChooseMethod, or LockedOut once the lockout is over: ask for method
    // (one of methods()). An email/SMS code is sent on the first entry (sendCodeOnEntry).
    bool chooseMethod(SignInMethod method);
    // NeedSecondFactor with email/SMS: sends a code (or a new one: Resend); then the codeSent
    // signal, or failed() (DeliveryRateLimited before resendAtMs() or after 5 sends an hour).
    bool sendCode();
    // NeedSecondFactor or LockedOut: checks code for the current method. Unlocked on success
    // (the computer is remembered for 30 days when asked and allowed); failed() otherwise,
    // with LockedOut after too many wrong codes.
    bool submitCode(SecureBuffer code, bool rememberComputer = false);
    // NeedSecondFactor, ChooseMethod or LockedOut: checks a recovery code. On success
    // recoveryCodeUsed(left) is emitted and every remembered computer is forgotten.
    bool submitRecoveryCode(SecureBuffer code);
    // Unlocked: the vault (once; then nullptr).
    std::unique_ptr<OpenVault> takeVault();
    // Unlocked: the password's derived key (once; then nullptr), for TwoFactorSettings::
    // adoptPasswordKey, so a change right after signing in runs no second Argon2id. The session
    // drops it at reset() and when destroyed.
    std::shared_ptr<const PasswordKey> takePasswordKey();
    // Back to NeedPassword, forgetting everything but the path and options.
    void reset();
    // NeedPassword: the account key to use from now on (server mode), e.g. after
    // accountKeyNeeded(). False while busy.
    bool setAccountKey(std::shared_ptr<const AccountKey> accountKey);

signals:
    void stateChanged(twofold::SignInSession::State state);
    void busyChanged(bool busy);
    // A refusal or failure: error.message is the sentence to show.
    void failed(const twofold::Error& error);
    // An email/SMS code went to maskedTarget; Resend from resendAtMs on.
    void codeSent(const QString& maskedTarget, qint64 resendAtMs);
    void lockedOut(qint64 untilMs);
    // A recovery code was used: codesLeft remain; remembered computers were forgotten.
    void recoveryCodeUsed(int codesLeft);
    // This computer is remembered until untilMs (when it could not be, warning() says why and
    // sign-in goes on).
    void computerRemembered(qint64 untilMs);
    void unlocked();
    // Server mode: this computer does not hold the vault's account key and none was given;
    // failed() says so. Ask the user for it (the emergency kit) and call setAccountKey().
    void accountKeyNeeded();
    // Something went wrong that does not stop signing in (this computer could not be
    // remembered, the secret store fell back to an encrypted file): a sentence to show.
    void warning(const QString& sentence);

private:
    struct PasswordOutcome;
    struct Sent
    {
        QString maskedTarget;
        qint64 resendAtMs = 0;
    };
    void setState(State state);
    void setBusy(bool busy);
    void fail(const Error& error);
    void refused(const Refusal& refusal);
    void onPassword(std::shared_ptr<PasswordOutcome> outcome);
    void onBegin(QCborMap reply);
    void askForCode();
    void enterMethod(SignInMethod method);
    void checkCode(CheckCodeRequest request);
    void onReleased(QCborMap reply, SignInMethod method);
    void unlockWithShare(SecureBuffer share);
    void openWithSecret(std::shared_ptr<SecureBuffer> secret);
    bool submitPasswordNewComputer(SecureBuffer password);
    // Server mode, the server refused the proof of the file's salt: derive with the account's
    // current salt (prelogin) when it differs, and begin again; else the password is wrong.
    void retryWithServerSalt();
    // Server mode: m_accountKey from the secret store; when it is not there, fails (resetting)
    // with accountKeyNeeded() and then(false).
    void loadAccountKey(const QByteArray& vaultId, std::function<void(bool found)> then);
    void armLockoutTimer();
    void ask(const QCborMap& request, std::function<void(QCborMap)> reply);
    void finishUnlock();

    const QString m_path;
    SignInOptions m_options;
    Clock& m_clock;
    Random& m_random;
    State m_state = State::NeedPassword;
    bool m_busy = false;
    Policy m_policy;
    std::shared_ptr<CodeSender> m_sender;
    std::shared_ptr<const PasswordKey> m_key;
    std::shared_ptr<VerifierLink> m_link;
    QByteArray m_vaultId;
    QByteArray m_challenge;
    TwoFactorStatus m_status;
    QList<OfferedMethod> m_methods;
    SignInMethod m_method = SignInMethod::Authenticator;
    QMap<SignInMethod, Sent> m_sent;
    QMap<SignInMethod, qint64> m_sendBlockedUntil;
    qint64 m_lockedUntilMs = 0;
    int m_triesLeft = -1;
    std::unique_ptr<OpenVault> m_vault;
    QTimer m_lockoutTimer;
    QString m_serverUrl;
    std::shared_ptr<const AccountKey> m_accountKey; // server mode, once known
    bool m_accountKeyTyped = false;                 // from the user: store it once it opens the vault
    QByteArray m_keyset;                            // from the server's release
    std::shared_ptr<SecureBuffer> m_retryPassword;  // server mode: until the server took the proof
    QByteArray m_localSalt;                         // server mode: the file's password-slot salt
    quint64 m_generation = 0; // bumped by reset(): replies to an older attempt are dropped
};

} // namespace twofold
