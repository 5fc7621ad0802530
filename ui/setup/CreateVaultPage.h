#pragma once
// CreateVaultPage: first run — where to keep the vault, the master password twice with a
// strength meter, Create. Create is enabled only when both passwords match and the meter
// accepts the password; otherwise a line says what is missing. Creation runs off the GUI
// thread (CreateVaultController) behind a busy bar.
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Kdf.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold {

class CreateVaultController;
class OpenVault;
class PasswordField;
class StrengthMeter;

class CreateVaultPage : public QWidget
{
    Q_OBJECT
public:
    explicit CreateVaultPage(Clock& clock = systemClock(), QWidget* parent = nullptr);

    // The proposed location (shown, editable, "Choose…" changes it).
    void setVaultPath(const QString& path);
    QString vaultPath() const;

    // Starts creating the vault (the Create button); does nothing while Create is disabled.
    void create();

    // Why Create is disabled, as the sentence shown under the fields ("" when enabled).
    QString blockReason() const;
    // The sentence shown after a failed creation ("" when none).
    QString message() const;
    bool isBusy() const;

    CreateVaultController* controller() const { return m_controller; }
    QLineEdit* locationEdit() const { return m_location; }
    PasswordField* passwordField() const { return m_password; }
    PasswordField* confirmField() const { return m_confirm; }
    StrengthMeter* strengthMeter() const { return m_meter; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* openOtherButton() const { return m_openOther; }
    // "Use a Twofold server…": an account on a sign-in server instead of a vault on its own.
    QPushButton* useServerButton() const { return m_useServer; }

signals:
    // The vault exists and is open; the receiver becomes its only owner.
    void created(std::shared_ptr<twofold::OpenVault> vault);
    // The person picked an existing vault file to unlock instead.
    void openExistingRequested(const QString& path);
    // The person wants a Twofold server account (create one, or sign in to one) instead.
    void serverRequested();

private:
    void chooseLocation();
    void chooseExisting();
    void onPasswordEdited();
    void onFailed(const Error& error);
    void setBusy(bool busy);
    void updateState();

    CreateVaultController* m_controller;
    QLineEdit* m_location;
    QPushButton* m_choose;
    PasswordField* m_password;
    StrengthMeter* m_meter;
    PasswordField* m_confirm;
    QLabel* m_reason;
    QProgressBar* m_busy;
    QLabel* m_busyLabel;
    QLabel* m_message;
    QPushButton* m_openOther;
    QPushButton* m_create;
    QPushButton* m_useServer;
};

} // namespace twofold
