#pragma once
// SecondFactorPage: the sign-in window's second page (DESIGN.md J2). It shows what the
// SignInSession asks for: the code of the current method (what it is and where it went), Verify,
// Resend with its countdown (email/SMS), the seconds the authenticator's code has left,
// "Remember this computer for 30 days", "Use another method" (the chooser), "Use a recovery
// code", the lockout with its countdown, and the core's sentence after each refusal. Back (or
// Esc on the code) resets the session, which takes the window back to the password; Esc in the
// chooser or the recovery field returns to the code.
// Countdowns read the injected Clock: a 1 s timer calls refresh(), and tests call it after
// moving a ManualClock.
#include "common/Clock.h"
#include "common/Error.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace twofold {

class SignInSession;

class SecondFactorPage : public QWidget
{
    Q_OBJECT
public:
    // clock must outlive the page (the same clock as the session's).
    explicit SecondFactorPage(Clock& clock = systemClock(), QWidget* parent = nullptr);

    // Follows session (not owned; nullptr: none) from now on and shows its state.
    void setSession(SignInSession* session);
    SignInSession* session() const { return m_session; }

    // Updates what depends on the clock: Resend's countdown, the authenticator's seconds, the
    // lockout's time left; ends the lockout when its time is up. Called every second.
    void refresh();
    // Shows the session's state again from scratch (the page is entered or the state changed).
    void sync();
    // Switches to the recovery-code field (the "Use a recovery code" button) and back.
    void showRecoveryCode();
    void showCodeEntry();
    // Submits what is typed: the code, the recovery code, or the method picked in the list.
    void verify();

    // ---- what tests drive and read ----
    QLineEdit* codeField() const { return m_code; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* resendButton() const { return m_resend; }
    QCheckBox* rememberBox() const { return m_remember; }
    QPushButton* otherMethodButton() const { return m_otherMethod; }
    QListWidget* methodList() const { return m_methodList; }
    QPushButton* recoveryButton() const { return m_useRecovery; }
    QLineEdit* recoveryField() const { return m_recoveryCode; }
    QPushButton* backButton() const { return m_back; }
    // "Enter the 6-digit code from your authenticator app", "We sent a code to j•••@example.com".
    QString instruction() const;
    // The small line saying when a code is asked.
    QString promptText() const;
    // "The code in your app changes in 12 s" (authenticator), or "".
    QString timeLeftText() const;
    // "Too many wrong codes. Try again in 0:28" while locked out, or "".
    QString lockoutText() const;
    // The recovery panel's "You have 9 recovery codes left.".
    QString recoveryCountText() const;
    // The sentence shown after a refusal ("" when none).
    QString message() const;
    bool isChoosingMethod() const;
    bool isShowingRecoveryCode() const;

private:
    void onFailed(const Error& error);
    void onBusy(bool busy);
    void showMessage(const QString& text);
    void clearMessage();
    void fillMethodList();
    void chooseSelectedMethod();
    void escape();
    void updateControls();
    void focusCurrentField();
    // Shows panel (the code, the chooser or the recovery code) in place of the others.
    void showPanel(QWidget* panel);

    Clock& m_clock;
    QPointer<SignInSession> m_session;
    QTimer m_ticker;
    bool m_recoveryMode = false;

    QLabel* m_heading;
    QWidget* m_panel = nullptr; // the panel shown
    // The code panel.
    QWidget* m_codePanel;
    QLabel* m_instruction;
    QLineEdit* m_code;
    QLabel* m_timeLeft;
    QPushButton* m_resend;
    QCheckBox* m_remember;
    QLabel* m_lockout;
    // The method chooser.
    QWidget* m_choosePanel;
    QListWidget* m_methodList;
    // The recovery-code panel.
    QWidget* m_recoveryPanel;
    QLineEdit* m_recoveryCode;
    QLabel* m_recoveryCount;

    QLabel* m_message;
    QProgressBar* m_busy;
    QLabel* m_prompt;
    QPushButton* m_otherMethod;
    QPushButton* m_useRecovery;
    QPushButton* m_back;
    QPushButton* m_verify;
};

} // namespace twofold
