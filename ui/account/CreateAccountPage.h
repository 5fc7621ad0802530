#pragma once
// CreateAccountPage: a new account on a Twofold server (issue 12, DESIGN.md 10): the server's
// address, the email, the master password twice with the strength meter, where the vault file
// goes on this computer; Create account. Create is enabled only when everything is right,
// otherwise a line says what is missing, in the order of the fields (an http:// address to
// another computer, an email that is not one, a weak password, …). Creation runs off the GUI
// thread (core/auth ServerAccountCreation) behind a busy bar; its refusals (the account
// exists, the server cannot be reached) are its sentences. Then the emergency kit is shown
// once (EmergencyKitDialog) and the new vault is signed in to with the password already typed.
#include "common/Clock.h"
#include "common/Random.h"
#include "crypto/Kdf.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold {

class PasswordField;
class StrengthMeter;

class CreateAccountPage : public QWidget
{
    Q_OBJECT
public:
    // clock and random must outlive the page.
    explicit CreateAccountPage(Clock& clock = systemClock(), Random& random = systemRandom(),
                               QWidget* parent = nullptr);
    ~CreateAccountPage() override;

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

protected:
    void setBusy(bool busy);
    void showFailure(const QString& sentence);
    void clearSecrets();
    Clock& m_clock;
    Random& m_random;

private:
    void startCreation();
    void chooseLocation();
    void onPasswordEdited();
    void updateState();

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
