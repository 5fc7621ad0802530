#include "ui/signin/SecondFactorPage.h"

#include "platform/SecretStore.h"

#include "auth/SignInSession.h"
#include "ui/signin/SignInText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace twofold {

namespace {

using State = SignInSession::State;

QLabel* wrappedLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QLabel* smallLabel(QWidget* parent, const QString& accessibleName)
{
    QLabel* label = wrappedLabel(parent, accessibleName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A one-line field for a code: pasted codes with spaces or dashes are fine (the core skips
// them), nothing is predicted or remembered by an input method.
QLineEdit* codeEdit(QWidget* parent, const QString& accessibleName, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(40);
    edit->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                              Qt::ImhNoAutoUppercase);
    QFont font = edit->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    edit->setFont(font);
    return edit;
}

} // namespace

SecondFactorPage::SecondFactorPage(Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_heading(new QLabel(this)), m_codePanel(new QWidget(this)),
      m_instruction(wrappedLabel(m_codePanel, tr("What to enter"))),
      //: The field for the one-time sign-in code (from an app, an email or a text message).
      m_code(codeEdit(m_codePanel, tr("Sign-in code"), tr("123 456"))),
      m_timeLeft(smallLabel(m_codePanel, tr("Time left for this code"))),
      m_resend(new QPushButton(m_codePanel)),
      m_remember(new QCheckBox(tr("&Remember this computer for 30 days"), m_codePanel)),
      m_lockout(wrappedLabel(m_codePanel, tr("Locked out"))), m_choosePanel(new QWidget(this)),
      m_methodList(new QListWidget(m_choosePanel)), m_recoveryPanel(new QWidget(this)),
      m_recoveryCode(codeEdit(m_recoveryPanel, tr("Recovery code"), QStringLiteral("xxxxx-xxxxx"))),
      m_recoveryCount(smallLabel(m_recoveryPanel, tr("Recovery codes left"))),
      m_message(wrappedLabel(this, tr("Message"))), m_busy(new QProgressBar(this)),
      m_prompt(smallLabel(this, tr("When a code is asked"))),
      m_otherMethod(new QPushButton(tr("Use &another method"), this)),
      m_useRecovery(new QPushButton(tr("Use a re&covery code"), this)),
      m_back(new QPushButton(tr("&Back"), this)), m_verify(new QPushButton(tr("&Verify"), this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);

    m_timeLeft->setWordWrap(false);
    m_resend->setAccessibleName(SignInText::resend());
    m_remember->setAccessibleName(tr("Remember this computer for 30 days"));
    m_lockout->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_lockout->hide();
    m_methodList->setAccessibleName(tr("Sign-in methods"));
    m_otherMethod->setAccessibleName(tr("Use another method"));
    m_useRecovery->setAccessibleName(tr("Use a recovery code"));
    m_back->setAccessibleName(tr("Back to the password"));
    m_verify->setAccessibleName(tr("Verify"));
    m_verify->setDefault(true);
    m_verify->setAutoDefault(true);
    m_otherMethod->setFlat(true);
    m_useRecovery->setFlat(true);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->hide();
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* resendRow = new QHBoxLayout;
    resendRow->addWidget(m_timeLeft);
    resendRow->addStretch(1);
    resendRow->addWidget(m_resend);
    auto* codeLayout = new QVBoxLayout(m_codePanel);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_instruction);
    codeLayout->addWidget(m_code);
    codeLayout->addLayout(resendRow);
    codeLayout->addWidget(m_remember);
    codeLayout->addWidget(m_lockout);

    auto* chooseLayout = new QVBoxLayout(m_choosePanel);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    auto* chooseLabel = wrappedLabel(m_choosePanel, tr("How to get a code"));
    //: Codes are one-time sign-in numbers.
    chooseLabel->setText(tr("Choose how to get your code:"));
    chooseLabel->setBuddy(m_methodList);
    chooseLayout->addWidget(chooseLabel);
    chooseLayout->addWidget(m_methodList, 1);

    auto* recoveryLayout = new QVBoxLayout(m_recoveryPanel);
    recoveryLayout->setContentsMargins(0, 0, 0, 0);
    auto* recoveryLabel = wrappedLabel(m_recoveryPanel, tr("About recovery codes"));
    recoveryLabel->setText(tr("Enter one of the recovery codes you saved when you turned on two-factor "
                              "sign-in. Each works once."));
    recoveryLabel->setBuddy(m_recoveryCode);
    recoveryLayout->addWidget(recoveryLabel);
    recoveryLayout->addWidget(m_recoveryCode);
    recoveryLayout->addWidget(m_recoveryCount);

    auto* links = new QHBoxLayout;
    links->addWidget(m_otherMethod);
    links->addWidget(m_useRecovery);
    links->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_prompt);
    layout->addSpacing(8);
    layout->addWidget(m_codePanel);
    layout->addWidget(m_choosePanel);
    layout->addWidget(m_recoveryPanel);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(links);
    layout->addLayout(buttons);

    setTabOrder(m_code, m_verify);
    setTabOrder(m_verify, m_resend);
    // Ticking "Remember this computer" says at once when the token would go to the encrypted
    // file rather than the system keychain (not at a later sign-in).
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        SecretStore* store = m_session ? m_session->secretStore() : nullptr;
        if (!on || !store)
            return;
        store->probeBackend(this, [this](SecretStore::Backend backend) {
            if (backend == SecretStore::Backend::EncryptedFile && m_remember->isChecked())
                showMessage(SecretStore::fallbackWarning());
        });
    });
    setTabOrder(m_resend, m_remember);
    setTabOrder(m_remember, m_otherMethod);
    setTabOrder(m_otherMethod, m_useRecovery);
    setTabOrder(m_useRecovery, m_back);

    connect(m_code, &QLineEdit::returnPressed, this, &SecondFactorPage::verify);
    connect(m_recoveryCode, &QLineEdit::returnPressed, this, &SecondFactorPage::verify);
    connect(m_code, &QLineEdit::textChanged, this, &SecondFactorPage::updateControls);
    connect(m_recoveryCode, &QLineEdit::textChanged, this, &SecondFactorPage::updateControls);
    connect(m_methodList, &QListWidget::itemActivated, this, &SecondFactorPage::chooseSelectedMethod);
    connect(m_methodList, &QListWidget::currentRowChanged, this, &SecondFactorPage::updateControls);
    connect(m_verify, &QPushButton::clicked, this, &SecondFactorPage::verify);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->sendCode())
            clearMessage();
    });
    connect(m_otherMethod, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->showMethodChooser())
            clearMessage();
    });
    connect(m_useRecovery, &QPushButton::clicked, this, [this] {
        if (m_recoveryMode)
            showCodeEntry();
        else
            showRecoveryCode();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->reset();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SecondFactorPage::escape);

    showPanel(m_codePanel);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SecondFactorPage::refresh);
    setFocusProxy(m_code);
}

void SecondFactorPage::setSession(SignInSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_recoveryMode = false;
    m_code->clear();
    m_recoveryCode->clear();
    m_remember->setChecked(false);
    clearMessage();
    if (!session) {
        m_ticker.stop();
        return;
    }
    connect(session, &SignInSession::stateChanged, this, [this](SignInSession::State state) {
        clearMessage();
        m_code->clear();
        // Signed in, or back to the password: the next attempt starts on the code.
        if (state == State::Unlocked || state == State::NeedPassword) {
            m_recoveryMode = false;
            m_recoveryCode->clear();
            m_ticker.stop();
        } else {
            m_ticker.start();
        }
        sync();
    });
    connect(session, &SignInSession::busyChanged, this, &SecondFactorPage::onBusy);
    connect(session, &SignInSession::failed, this, &SecondFactorPage::onFailed);
    connect(session, &SignInSession::codeSent, this, &SecondFactorPage::updateControls);
    connect(session, &SignInSession::lockedOut, this, &SecondFactorPage::updateControls);
    if (session->state() != State::NeedPassword && session->state() != State::Unlocked)
        m_ticker.start();
    sync();
}

void SecondFactorPage::sync()
{
    if (!m_session)
        return;
    if (m_session->state() == State::ChooseMethod) {
        m_recoveryMode = false;
        fillMethodList();
        showPanel(m_choosePanel);
    } else {
        showPanel(m_recoveryMode ? m_recoveryPanel : m_codePanel);
    }
    updateControls();
    focusCurrentField();
}

void SecondFactorPage::showRecoveryCode()
{
    m_recoveryMode = true;
    m_recoveryCode->clear();
    clearMessage();
    if (m_session && m_session->state() == State::ChooseMethod)
        m_session->chooseMethod(m_session->method()); // leaves the chooser; sync() follows
    sync();
}

void SecondFactorPage::showCodeEntry()
{
    m_recoveryMode = false;
    clearMessage();
    sync();
}

void SecondFactorPage::verify()
{
    if (!m_session || m_session->isBusy())
        return;
    if (m_panel == m_choosePanel)
        return chooseSelectedMethod();
    QLineEdit* field = m_recoveryMode ? m_recoveryCode : m_code;
    if (field->text().trimmed().isEmpty())
        return;
    SecureBuffer code = SecureBuffer::fromUtf8(field->text());
    const bool started = m_recoveryMode ? m_session->submitRecoveryCode(std::move(code))
                                        : m_session->submitCode(std::move(code), m_remember->isChecked());
    if (started)
        clearMessage();
}

void SecondFactorPage::refresh()
{
    if (!m_session)
        return;
    const State state = m_session->state();
    const qint64 now = m_clock.nowMs();
    if (state == State::LockedOut) {
        const qint64 left = m_session->lockedUntilMs() - now;
        // The lockout is over: ask for the same method again (sync() follows the state change).
        if (left <= 0 && m_session->chooseMethod(m_session->method()))
            return;
        m_lockout->setText(SignInText::lockedOut(left));
    }
    m_timeLeft->setText(SignInText::secondsLeftForCode(m_session->secondsLeftForCode()));
    if (const qint64 capped = m_session->sendBlockedUntilMs() - now; capped > 0) {
        // The verifier refused another send for now (five an hour): say for how long.
        m_resend->setText(SignInText::sendCodeIn(int((capped + 999) / 1000)));
        m_resend->setEnabled(false);
    } else if (!m_session->hasSentCode()) {
        m_resend->setText(SignInText::sendCode());
        m_resend->setEnabled(state == State::NeedSecondFactor && !m_session->isBusy());
    } else if (const qint64 wait = m_session->resendAtMs() - now; wait > 0) {
        m_resend->setText(SignInText::resendIn(int((wait + 999) / 1000)));
        m_resend->setEnabled(false);
    } else {
        m_resend->setText(SignInText::resend());
        m_resend->setEnabled(state == State::NeedSecondFactor && !m_session->isBusy());
    }
    m_resend->setAccessibleName(m_resend->text());
}

void SecondFactorPage::updateControls()
{
    if (!m_session)
        return;
    const State state = m_session->state();
    const bool busy = m_session->isBusy();
    const SignInMethod method = m_session->method();
    const bool choosing = m_panel == m_choosePanel;
    const bool recovery = m_panel == m_recoveryPanel;

    if (choosing)
        m_heading->setText(tr("Choose a sign-in method"));
    else if (recovery)
        m_heading->setText(tr("Use a recovery code"));
    else
        m_heading->setText(tr("Two-factor sign-in"));
    m_heading->setAccessibleName(m_heading->text());
    m_prompt->setText(SignInText::promptLine(m_session->prompt()));

    const QString masked = m_session->maskedTarget();
    if (!methodNeedsSend(method))
        m_instruction->setText(SignInText::authenticatorInstruction());
    else if (m_session->hasSentCode())
        m_instruction->setText(SignInText::codeSentInstruction(masked));
    else if (busy)
        m_instruction->setText(SignInText::sendingInstruction(masked));
    else
        m_instruction->setText(SignInText::notSentInstruction(method, masked));
    m_instruction->setAccessibleDescription(m_instruction->text());

    m_code->setEnabled(state == State::NeedSecondFactor && !busy);
    m_timeLeft->setVisible(method == SignInMethod::Authenticator);
    m_resend->setVisible(methodNeedsSend(method));
    m_remember->setVisible(m_session->canRememberComputer());
    m_remember->setEnabled(!busy);
    m_lockout->setVisible(state == State::LockedOut);
    m_recoveryCode->setEnabled(!busy);
    m_recoveryCount->setText(SignInText::recoveryCodesLeft(m_session->recoveryCodesLeft()));
    m_methodList->setEnabled(!busy);

    m_otherMethod->setVisible(m_session->methods().size() > 1 && !choosing);
    m_otherMethod->setEnabled(state == State::NeedSecondFactor && !busy);
    m_useRecovery->setText(recovery ? tr("Enter a code &instead") : tr("Use a re&covery code"));
    m_useRecovery->setAccessibleName(recovery ? tr("Enter a code instead") : tr("Use a recovery code"));
    m_useRecovery->setEnabled(!busy);

    bool canVerify = false;
    if (choosing)
        canVerify = m_methodList->currentItem() != nullptr;
    else if (recovery)
        canVerify = !m_recoveryCode->text().trimmed().isEmpty();
    else
        canVerify = state == State::NeedSecondFactor && !m_code->text().trimmed().isEmpty();
    m_verify->setText(choosing ? tr("&Continue") : tr("&Verify"));
    m_verify->setAccessibleName(choosing ? tr("Continue") : tr("Verify"));
    m_verify->setEnabled(canVerify && !busy);
    refresh();
}

void SecondFactorPage::onBusy(bool busy)
{
    m_busy->setVisible(busy);
    updateControls();
    if (!busy)
        focusCurrentField();
}

void SecondFactorPage::onFailed(const Error& error)
{
    if (!m_session || m_session->state() == State::NeedPassword || m_session->state() == State::Unlocked)
        return; // the password page shows it
    // The lockout has its own line, counting down, on the code page; the recovery-code page
    // says it in the message, so a refused recovery code is never cleared without a word.
    if (error.code != ErrorCode::LockedOut || m_recoveryMode)
        showMessage(error.message);
    if (error.code == ErrorCode::WrongCode || error.code == ErrorCode::LockedOut) {
        (m_recoveryMode ? m_recoveryCode : m_code)->clear();
        focusCurrentField();
    }
    updateControls();
}

void SecondFactorPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
    m_message->show();
}

void SecondFactorPage::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void SecondFactorPage::fillMethodList()
{
    m_methodList->clear();
    int current = 0;
    for (const OfferedMethod& m : m_session->methods()) {
        auto* item = new QListWidgetItem(SignInText::methodLine(m), m_methodList);
        item->setData(Qt::UserRole, int(m.method));
        if (m.method == m_session->method())
            current = m_methodList->count() - 1;
    }
    m_methodList->setCurrentRow(current);
}

void SecondFactorPage::chooseSelectedMethod()
{
    const QListWidgetItem* item = m_methodList->currentItem();
    if (!m_session || !item)
        return;
    m_session->chooseMethod(SignInMethod(item->data(Qt::UserRole).toInt()));
}

void SecondFactorPage::escape()
{
    if (!m_session)
        return;
    if (m_panel == m_choosePanel)
        m_session->chooseMethod(m_session->method()); // back to the code asked before
    else if (m_recoveryMode)
        showCodeEntry();
    else
        m_session->reset();
}

void SecondFactorPage::focusCurrentField()
{
    if (!m_session || m_session->isBusy())
        return;
    QWidget* target = m_code;
    if (m_panel == m_choosePanel)
        target = m_methodList;
    else if (m_recoveryMode)
        target = m_recoveryCode;
    else if (m_session->state() == State::LockedOut)
        target = m_useRecovery;
    setFocusProxy(target);
    target->setFocus(Qt::OtherFocusReason);
}

void SecondFactorPage::showPanel(QWidget* panel)
{
    m_panel = panel;
    for (QWidget* p : {m_codePanel, m_choosePanel, m_recoveryPanel})
        p->setVisible(p == panel);
}

QString SecondFactorPage::instruction() const
{
    return m_instruction->text();
}

QString SecondFactorPage::promptText() const
{
    return m_prompt->text();
}

QString SecondFactorPage::timeLeftText() const
{
    return m_timeLeft->isHidden() ? QString() : m_timeLeft->text();
}

QString SecondFactorPage::lockoutText() const
{
    return m_lockout->isHidden() ? QString() : m_lockout->text();
}

QString SecondFactorPage::recoveryCountText() const
{
    return m_recoveryCount->text();
}

QString SecondFactorPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool SecondFactorPage::isChoosingMethod() const
{
    return m_panel == m_choosePanel;
}

bool SecondFactorPage::isShowingRecoveryCode() const
{
    return m_panel == m_recoveryPanel;
}

} // namespace twofold
