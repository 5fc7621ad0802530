#pragma once
// MethodSetupDialog: what the dialogs turning one method on share — their pages in a stack, a
// banner for the core's sentences, a busy bar while TwoFactorSettings works, and the last page:
// "<method> turned on", followed by the recovery codes when this was the first method. Once the
// method is on, the dialog finishes Accepted (Done, or closing it), but only after "I have saved
// these codes" is ticked when codes are shown; before that it finishes Rejected and drops the
// setup in progress.
#include "auth/SignInMethod.h"
#include "auth/TwoFactorSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace twofold {

class CodeField;

class MessageBanner;
class RecoveryCodesPanel;

class MethodSetupDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog.
    MethodSetupDialog(SignInMethod method, TwoFactorSettings& settings, QWidget* parent = nullptr);
    ~MethodSetupDialog() override;

    SignInMethod method() const { return m_method; }
    bool isTurnedOn() const { return m_turnedOn; }
    bool isBusy() const { return m_busy; }
    // The sentence the banner shows ("" when none).
    QString message() const;
    // "Authenticator app turned on." once it is ("" before).
    QString successText() const;
    RecoveryCodesPanel* recoveryCodes() const { return m_codes; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* cancelButton() const { return m_cancel; }
    QWidget* currentPage() const;

    // Before the method is on: drops the setup and finishes Rejected. After: finishes
    // Accepted once any recovery codes are marked saved, else stays. Stays while busy.
    void done(int result) override;

protected:
    TwoFactorSettings& settings() const { return m_settings; }
    // Adds a page before the last one; the first added is shown first.
    void addPage(QWidget* page);
    void showPage(QWidget* page);
    // Shows sentence in the banner (an error unless information is true); empty hides it.
    void showMessage(const QString& sentence, bool information = false);
    // Shows the busy bar and disables the pages while settings works.
    void setBusy(bool busy);
    // The method is on: shows the last page, with codes when there are any (first method).
    void showTurnedOn(TwoFactorSettings::RecoveryCodes codes);
    // After a code was checked: a refusal shows its sentence and hands field back for
    // retyping (false); success wipes field (true: the caller finishes with showTurnedOn).
    bool codeAccepted(const Result<TwoFactorSettings::RecoveryCodes>& codes, CodeField* field);
    // Called once when the dialog finishes without the method on.
    virtual void dropSetup();

private:
    void updateButtons();

    SignInMethod m_method;
    TwoFactorSettings& m_settings;
    QStackedWidget* m_pages;
    QWidget* m_finishPage;
    QLabel* m_success;
    RecoveryCodesPanel* m_codes;
    MessageBanner* m_banner;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_done;
    QPushButton* m_cancel;
    bool m_busy = false;
    bool m_turnedOn = false;
    bool m_finished = false;
};

} // namespace twofold
