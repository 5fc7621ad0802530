#pragma once
// SentCodeSetupDialog: the part of turning on email or SMS (DESIGN.md J3b–c) after the target
// is entered — Send code → "We sent a code to …" → the code field, with Resend offered after a
// countdown read from the injected clock → confirmSetupCode → on, then the recovery codes when
// it is the first method. Wrong codes and refused sends show the core's sentence and the dialog
// stays. EmailSetupDialog and SmsSetupDialog add the page where the target is entered.
#include "auth/Messages.h"
#include "common/Clock.h"
#include "ui/twofactor/MethodSetupDialog.h"

#include <QTimer>

class QLabel;

namespace twofold {

class CodeField;

class SentCodeSetupDialog : public MethodSetupDialog
{
    Q_OBJECT
public:
    ~SentCodeSetupDialog() override;

    // Sends a code to the target entered (the Send code button); nothing while busy or when
    // canSend() is false.
    void sendCode();
    // Sends the code again (the Resend button); nothing before the countdown ends.
    void resendCode();
    // Checks the typed code (the Verify button).
    void verify();
    // Goes back to the target page to change it (the setup in progress is dropped).
    void changeTarget();
    // Reads the clock and updates the Resend countdown (a timer calls it every second).
    void refreshCountdown();

    QPushButton* sendButton() const { return m_send; }
    QLabel* sentLabel() const { return m_sent; }
    CodeField* codeField() const { return m_code; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* changeButton() const { return m_change; }
    QWidget* targetPage() const { return m_targetPage; }
    QWidget* codePage() const { return m_codePage; }
    // The seconds until Resend is offered (0 when it is).
    int secondsUntilResend() const;

protected:
    // clock drives the Resend countdown (the one settings reads, in tests a ManualClock).
    SentCodeSetupDialog(SignInMethod method, TwoFactorSettings& settings, Clock& clock, QWidget* parent);
    // Adds the target page (call once, from the subclass's constructor).
    void setTargetPage(QWidget* page);
    // Whether what is entered can be sent to; the subclass calls updateSend() when it changes.
    virtual bool canSend() const = 0;
    // Starts settings' beginEmail / beginSms with what is entered.
    virtual void startSend(TwoFactorSettings::Then<SendCodeReply> done) = 0;
    // How the target is named in "We sent a code to %1." (the address, the number).
    virtual QString targetText(const SendCodeReply& reply) const = 0;
    void updateSend();

private:
    void onSent(Result<SendCodeReply> reply, bool resend);
    void updateVerify();

    Clock& m_clock;
    QWidget* m_targetPage = nullptr;
    QPushButton* m_send;
    QWidget* m_codePage;
    QLabel* m_sent;
    CodeField* m_code;
    QPushButton* m_verify;
    QPushButton* m_resend;
    QPushButton* m_change;
    QTimer m_countdown;
    qint64 m_resendAtMs = 0;
    bool m_setupStarted = false;
};

} // namespace twofold
