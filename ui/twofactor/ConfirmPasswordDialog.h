#pragma once
// ConfirmPasswordDialog: "Enter your master password to change security settings". The
// password is checked by TwoFactorSettings::confirmPassword off the GUI thread behind a busy
// bar; a wrong one shows the core's sentence and the dialog stays, the password selected for
// retyping. Accepted once the password is confirmed.
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace twofold {

class MessageBanner;
class PasswordField;
class TwoFactorSettings;

class ConfirmPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog.
    explicit ConfirmPasswordDialog(TwoFactorSettings& settings, QWidget* parent = nullptr);

    // Replaces the sentence above the field (what the password is asked for).
    void setPrompt(const QString& prompt);

    // Checks the typed password (the OK button); nothing while busy or when it is empty.
    void confirm();

    PasswordField* passwordField() const { return m_password; }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* cancelButton() const { return m_cancel; }
    // The sentence shown after a refusal ("" when none).
    QString message() const;
    bool isBusy() const { return m_busy; }

private:
    void setBusy(bool busy);
    void updateButtons();

    TwoFactorSettings& m_settings;
    PasswordField* m_password;
    QLabel* m_prompt = nullptr;
    MessageBanner* m_banner;
    QProgressBar* m_progress;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace twofold
