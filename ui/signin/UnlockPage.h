#pragma once
// UnlockPage: "Unlock your vault" — the vault's path (with "Open another vault…"), the master
// password, Unlock. The KDF runs off the GUI thread (UnlockController) behind a busy bar;
// refusals are shown as the core's sentence under the field.
#include "common/Clock.h"
#include "common/Error.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace twofold {

class OpenVault;
class PasswordField;
class UnlockController;

class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(Clock& clock = systemClock(), QWidget* parent = nullptr);

    // The vault this page unlocks. Clears the password and any message.
    void setVaultPath(const QString& path);
    QString vaultPath() const { return m_path; }

    // Starts unlocking with the typed password (the Unlock button).
    void unlock();

    UnlockController* controller() const { return m_controller; }
    PasswordField* passwordField() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* openOtherButton() const { return m_openOther; }
    QPushButton* createButton() const { return m_create; }
    // The sentence shown after a refusal ("" when none).
    QString message() const;
    bool isBusy() const;

signals:
    // The vault is open; the receiver becomes its only owner.
    void unlocked(std::shared_ptr<twofold::OpenVault> vault);
    // The person wants a new vault instead.
    void createRequested();

private:
    void chooseOtherVault();
    void onFailed(const Error& error);
    void setBusy(bool busy);
    void updateButtons();

    UnlockController* m_controller;
    QString m_path;
    QLabel* m_pathLabel;
    QPushButton* m_openOther;
    PasswordField* m_password;
    QPushButton* m_unlock;
    QPushButton* m_create;
    QProgressBar* m_busy;
    QLabel* m_message;
};

} // namespace twofold
