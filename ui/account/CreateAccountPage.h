#pragma once
// CreateAccountPage: a new account on a Twofold server (issue 12, DESIGN.md 10): the server's
// address, the email, the master password twice with the strength meter, where the vault file
// goes on this computer; Create account. Create is enabled only when everything is right,
// otherwise a line says what is missing, in the order of the fields (an http:// address to
// another computer, an email that is not one, a weak password, …). Creation runs off the GUI
// thread (core/auth ServerAccountCreation) behind a busy bar; its refusals (the account
// exists, the server cannot be reached) are its sentences. Then the emergency kit is shown
// once (EmergencyKitDialog) and the new vault is signed in to with the password already typed.
#include "auth/SignInSession.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Random.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold {

class EmergencyKitDialog;
class OpenVault;
class PasswordField;
class ServerAccountCreation;
class StrengthMeter;

class CreateAccountPage : public QWidget
{
    Q_OBJECT
public:
    // clock and random must outlive the page.
    explicit CreateAccountPage(Clock& clock = systemClock(), Random& random = systemRandom(),
                               QWidget* parent = nullptr);
    ~CreateAccountPage() override;

    // What the first sign-in to the new vault is given (the secret store, which also keeps the
    // account key, policy, code sender). The secret store is not owned and must outlive the page.
    void setSignInOptions(SignInOptions options) { m_options = std::move(options); }
    // KDF parameters instead of calibrating (tests); nullopt calibrates.
    void setKdfOverride(std::optional<kdf::Params> params) { m_kdfOverride = params; }
    // The server address shown (an administrator's policy may name it).
    void setServerAddress(const QString& address);
    // The proposed location (shown, editable, "Choose…" changes it).
    void setVaultPath(const QString& path);
    QString vaultPath() const;
    // The server's URL as typed and checked (nullopt while the address is not a valid one).
    std::optional<QUrl> serverUrl() const;
    QString email() const;

    // Starts creating the account (the Create account button, Enter in the last field); does
    // nothing while the button is disabled.
    void create();

    // Why Create account is disabled, as the sentence under the fields ("" when enabled).
    QString blockReason() const;
    // The sentence shown after a failed creation ("" when none).
    QString message() const;
    bool isBusy() const { return m_busyFlag; }
    // While the emergency kit is shown (after the account was made), its dialog; else nullptr.
    EmergencyKitDialog* kitDialog() const;

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* emailField() const { return m_email; }
    PasswordField* passwordField() const { return m_password; }
    PasswordField* confirmField() const { return m_confirm; }
    StrengthMeter* strengthMeter() const { return m_meter; }
    QLineEdit* locationField() const { return m_location; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* backButton() const { return m_back; }

signals:
    void backRequested();
    // The account and its vault exist, the kit was saved and the vault is open; the receiver
    // becomes its only owner. setupRequired: the organisation requires two-factor sign-in.
    void vaultOpened(std::shared_ptr<twofold::OpenVault> vault, const twofold::TwoFactorStatus& status,
                     bool setupRequired);
    // The account exists but its vault could not be opened here at once: sign in to path.
    void signInRequested(const QString& path);
    // Something that does not stop it (the account key went to the encrypted-file fallback).
    void warning(const QString& sentence);

private:
    void setBusy(bool busy);
    void showFailure(const QString& sentence);
    void clearSecrets();
    void startCreation();
    void onCreated();
    void startFirstSignIn();
    void finishIfReady();
    void chooseLocation();
    void onPasswordEdited();
    void updateState();

    Clock& m_clock;
    Random& m_random;
    SignInOptions m_options;
    std::optional<kdf::Params> m_kdfOverride;
    QPointer<ServerAccountCreation> m_creation;
    QPointer<EmergencyKitDialog> m_kit;
    QPointer<SignInSession> m_session;
    SecureBuffer m_pendingPassword; // between creating and the first sign-in only
    std::unique_ptr<OpenVault> m_opened;
    bool m_kitSaved = false;
    bool m_busyFlag = false;
    QLineEdit* m_server;
    QLineEdit* m_email;
    PasswordField* m_password;
    StrengthMeter* m_meter;
    PasswordField* m_confirm;
    QLineEdit* m_location;
    QPushButton* m_choose;
    QLabel* m_reason;
    QLabel* m_message;
    QProgressBar* m_busy;
    QLabel* m_busyLabel;
    QPushButton* m_back;
    QPushButton* m_create;
};

} // namespace twofold
