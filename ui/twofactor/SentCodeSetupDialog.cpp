#include "ui/twofactor/SentCodeSetupDialog.h"

#include "ui/twofactor/TwoFactorWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

SentCodeSetupDialog::SentCodeSetupDialog(SignInMethod method, TwoFactorSettings& settings, Clock& clock,
                                         QWidget* parent)
    : MethodSetupDialog(method, settings, parent), m_clock(clock),
      m_send(new QPushButton(tr("&Send code"), this)), m_codePage(new QWidget(this)),
      m_sent(wrappedLabel(QString(), m_codePage)), m_code(new CodeField(6, m_codePage)),
      m_verify(new QPushButton(tr("&Verify"), m_codePage)), m_resend(new QPushButton(m_codePage)),
      m_change(new QPushButton(m_codePage))
{
    //: "code": the one-time code sent by email or text message.
    m_send->setAccessibleName(tr("Send a code"));
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);

    m_sent->setObjectName(QStringLiteral("sent"));
    m_code->setObjectName(QStringLiteral("code"));
    //: "code": the one-time code sent by email or text message.
    m_code->setAccessibleName(tr("Code you received"));
    //: "code": the one-time code sent by email or text message.
    auto* codeCaption = new QLabel(tr("C&ode:"), m_codePage);
    codeCaption->setBuddy(m_code);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setAccessibleName(tr("Verify the code"));
    m_resend->setObjectName(QStringLiteral("resend"));
    m_resend->setAccessibleName(tr("Send the code again"));
    m_resend->setAutoDefault(false);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setText(method == SignInMethod::Sms ? tr("Use a different &number")
                                                  : tr("Use a different &address"));
    m_change->setAccessibleName(m_change->text().remove(u'&'));
    m_change->setAutoDefault(false);

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(codeCaption);
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_verify);
    codeRow->addStretch();
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(m_resend);
    otherRow->addWidget(m_change);
    otherRow->addStretch();
    auto* layout = new QVBoxLayout(m_codePage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sent);
    layout->addLayout(codeRow);
    layout->addLayout(otherRow);
    layout->addStretch();

    setTabOrder(m_code, m_verify);
    setTabOrder(m_verify, m_resend);
    setTabOrder(m_resend, m_change);
    setTabOrder(m_change, cancelButton());

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SentCodeSetupDialog::refreshCountdown);
    connect(m_send, &QPushButton::clicked, this, &SentCodeSetupDialog::sendCode);
    connect(m_resend, &QPushButton::clicked, this, &SentCodeSetupDialog::resendCode);
    connect(m_change, &QPushButton::clicked, this, &SentCodeSetupDialog::changeTarget);
    connect(m_verify, &QPushButton::clicked, this, &SentCodeSetupDialog::verify);
    connect(m_code, &QLineEdit::returnPressed, this, &SentCodeSetupDialog::verify);
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        showMessage({});
        updateVerify();
    });
    updateVerify();
}

SentCodeSetupDialog::~SentCodeSetupDialog() = default;

void SentCodeSetupDialog::setTargetPage(QWidget* page)
{
    m_targetPage = page;
    addPage(page);
    addPage(m_codePage);
    showPage(page);
}

void SentCodeSetupDialog::sendCode()
{
    if (isBusy() || isTurnedOn() || !canSend())
        return;
    showMessage({});
    setBusy(true);
    QPointer<SentCodeSetupDialog> self(this);
    startSend([self](Result<SendCodeReply> reply) {
        if (self)
            self->onSent(std::move(reply), false);
    });
}

void SentCodeSetupDialog::resendCode()
{
    if (isBusy() || isTurnedOn() || !m_setupStarted || secondsUntilResend() > 0)
        return;
    showMessage({});
    setBusy(true);
    QPointer<SentCodeSetupDialog> self(this);
    settings().resendSetupCode([self](Result<SendCodeReply> reply) {
        if (self)
            self->onSent(std::move(reply), true);
    });
}

void SentCodeSetupDialog::onSent(Result<SendCodeReply> reply, bool resend)
{
    setBusy(false);
    if (!reply) {
        showMessage(reply.error().message);
        return;
    }
    m_setupStarted = true;
    m_resendAtMs = reply->resendAtMs;
    m_sent->setText(
        //: %1 is an email address or a phone number; %n the code's lifetime in minutes (10).
        tr("We sent a code to %1. Enter it here; it works for %n minutes.", "",
           int((reply->expiresAtMs - m_clock.nowMs() + 59'999) / 60'000))
            .arg(targetText(*reply)));
    if (!resend) {
        m_code->wipe();
        showPage(m_codePage);
    } else {
        showMessage(tr("We sent a new code."), true);
    }
    m_countdown.start();
    refreshCountdown();
    updateVerify();
    m_code->setFocus();
}

void SentCodeSetupDialog::verify()
{
    if (isBusy() || isTurnedOn() || !m_setupStarted || !m_code->isComplete())
        return;
    showMessage({});
    setBusy(true);
    QPointer<SentCodeSetupDialog> self(this);
    settings().confirmSetupCode(m_code->code(), [self](Result<TwoFactorSettings::RecoveryCodes> codes) {
        if (!self)
            return;
        if (!self->codeAccepted(codes, self->m_code))
            return;
        self->m_countdown.stop();
        self->showTurnedOn(std::move(codes).value());
    });
}

void SentCodeSetupDialog::changeTarget()
{
    if (isBusy() || isTurnedOn())
        return;
    settings().cancelSetup();
    m_setupStarted = false;
    m_countdown.stop();
    m_code->wipe();
    showPage(m_targetPage);
    updateSend();
    if (QWidget* first = m_targetPage->nextInFocusChain(); first && m_targetPage->isAncestorOf(first))
        first->setFocus();
}

int SentCodeSetupDialog::secondsUntilResend() const
{
    const qint64 left = m_resendAtMs - m_clock.nowMs();
    return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

void SentCodeSetupDialog::refreshCountdown()
{
    const int seconds = secondsUntilResend();
    if (seconds > 0) {
        //: "code": the one-time code sent by email or text message.
        m_resend->setText(tr("Resend code (in %n s)", "", seconds));
        m_resend->setEnabled(false);
    } else {
        m_resend->setText(tr("&Resend code"));
        m_resend->setEnabled(!isBusy());
        m_countdown.stop();
    }
}

void SentCodeSetupDialog::updateSend()
{
    m_send->setEnabled(!isBusy() && canSend());
}

void SentCodeSetupDialog::updateVerify()
{
    m_verify->setEnabled(!isBusy() && m_setupStarted && m_code->isComplete());
}

} // namespace twofold
