#pragma once
// ChangeMasterPasswordDialog: the new master password twice, with the strength meter and the
// core's refusals (at least 8 characters, not a common password). Change rewraps the password
// slot (TwoFactorSettings::changeMasterPassword, the old password asked again if its
// confirmation ran out) and accepts; a refusal stays in the dialog as a sentence.
// Window-modal, opened with open().
#include <QDialog>

class QLabel;
class QPushButton;

namespace twofold {

class PasswordField;
class StrengthMeter;
class TwoFactorSettings;

class ChangeMasterPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog.
    explicit ChangeMasterPasswordDialog(TwoFactorSettings& settings, QWidget* parent = nullptr);

    PasswordField* newPassword() const { return m_new; }
    PasswordField* repeatPassword() const { return m_repeat; }
    QPushButton* changeButton() const { return m_change; }
    // The sentence under the fields (mismatch, the core's refusal); empty when none.
    QString errorText() const;

    // Changes the password to the typed one when both fields agree.
    void change();

private:
    void updateState();
    void showError(const QString& sentence);

    TwoFactorSettings& m_settings;
    PasswordField* m_new;
    PasswordField* m_repeat;
    StrengthMeter* m_meter;
    QLabel* m_error;
    QPushButton* m_change;
    bool m_working = false;
};

} // namespace twofold
