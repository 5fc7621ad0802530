#include "ui/twofactor/AuthenticatorSetupDialog.h"

#include "ui/common/SecretClipboard.h"
#include "ui/otp/QrCodeWidget.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

AuthenticatorSetupDialog::AuthenticatorSetupDialog(TwoFactorSettings& settings, QWidget* parent,
                                                   const QString& account)
    : MethodSetupDialog(SignInMethod::Authenticator, settings, parent), m_page(new QWidget(this)),
      m_qr(new QrCodeWidget(m_page)), m_account(wrappedLabel(QString(), m_page)), m_key(new QLabel(m_page)),
      m_copyKey(new QPushButton(tr("&Copy key"), m_page)), m_code(new CodeField(6, m_page)),
      m_verify(new QPushButton(tr("&Verify"), m_page)),
      m_clipboard(new SecretClipboard(kClipboardClearTimeout, this))
{
    auto* instructions = wrappedLabel(
        //: "setup key": the authenticator secret written out for typing into an app by hand.
        tr("Scan the QR code with your authenticator app, or type the setup key into it. Then enter "
           "the 6-digit code the app shows, to check that it works."),
        m_page);

    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_qr->setAccessibleDescription(
        tr("A QR code holding the setup key. Scan it with your authenticator app, or type the setup "
           "key shown next to it instead."));
    m_qr->setMinimumSize(kQrMinimumSide, kQrMinimumSide);

    m_account->setObjectName(QStringLiteral("account"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setObjectName(QStringLiteral("setupKey"));
    m_key->setFont(codeFont());
    m_key->setTextFormat(Qt::PlainText);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFocusPolicy(Qt::StrongFocus);
    //: "setup key": the authenticator secret written out for typing into an app by hand.
    m_key->setAccessibleName(tr("Setup key"));
    m_copyKey->setObjectName(QStringLiteral("copyKey"));
    m_copyKey->setAccessibleName(tr("Copy the setup key"));
    m_copyKey->setAutoDefault(false);
    //: "setup key": the authenticator secret written out for typing into an app by hand.
    auto* keyCaption = new QLabel(tr("Setup &key:"), m_page);
    keyCaption->setBuddy(m_key);

    m_code->setObjectName(QStringLiteral("code"));
    //: "code": the 6-digit one-time code an authenticator app shows.
    m_code->setAccessibleName(tr("Code from the authenticator app"));
    //: "code": the 6-digit one-time code an authenticator app shows.
    auto* codeCaption = new QLabel(tr("C&ode from the app:"), m_page);
    codeCaption->setBuddy(m_code);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setAccessibleName(tr("Verify the code"));
    m_verify->setDefault(true);

    auto* details = new QVBoxLayout;
    details->addWidget(m_account);
    details->addWidget(keyCaption);
    details->addWidget(m_key);
    details->addWidget(m_copyKey, 0, Qt::AlignLeft);
    details->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_qr, 0, Qt::AlignTop);
    top->addLayout(details, 1);
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(codeCaption);
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_verify);
    codeRow->addStretch();
    auto* layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(instructions);
    layout->addLayout(top);
    layout->addLayout(codeRow);
    addPage(m_page);
    setTabOrder(m_key, m_copyKey);
    setTabOrder(m_copyKey, m_code);
    setTabOrder(m_code, m_verify);
    setTabOrder(m_verify, cancelButton());

    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        m_clipboard->copySecret(m_setupKey);
        //: "setup key": the authenticator secret written out for typing into an app by hand.
        showMessage(tr("The setup key is copied. The clipboard is cleared in %n second(s).", "",
                       static_cast<int>(m_clipboard->timeout().count() / 1000)),
                    true);
    });
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        showMessage({});
        updateVerify();
    });
    connect(m_code, &QLineEdit::returnPressed, this, &AuthenticatorSetupDialog::verify);
    connect(m_verify, &QPushButton::clicked, this, &AuthenticatorSetupDialog::verify);

    Result<AuthenticatorSetup> setup = settings.beginAuthenticator(account);
    if (!setup) {
        showMessage(setup.error().message);
        m_copyKey->setEnabled(false);
        m_code->setEnabled(false);
        updateVerify();
        return;
    }
    //: The account and issuer an authenticator app lists this code under.
    m_account->setText(tr("Account: %1    Issuer: %2").arg(setup->account, setup->issuer));
    QByteArray uri = setup->uri.toUtf8();
    const Status shown = m_qr->setText(uri);
    twofold::wipe(uri);
    if (!shown)
        showMessage(shown.error().message);
    m_key->setText(setup->setupKey);
    QString bare = setup->setupKey;
    bare.remove(u' ');
    m_setupKey = SecureBuffer::fromUtf8(bare);
    twofold::wipe(bare);
    twofold::wipe(setup->uri);
    twofold::wipe(setup->setupKey);
    updateVerify();
    m_code->setFocus();
}

AuthenticatorSetupDialog::~AuthenticatorSetupDialog()
{
    forgetSecret();
}

void AuthenticatorSetupDialog::verify()
{
    if (isBusy() || isTurnedOn() || !m_code->isComplete() || m_setupKey.isEmpty())
        return;
    showMessage({});
    setBusy(true);
    QPointer<AuthenticatorSetupDialog> self(this);
    settings().confirmAuthenticator(m_code->code(), [self](Result<TwoFactorSettings::RecoveryCodes> codes) {
        if (!self)
            return;
        if (!self->codeAccepted(codes, self->m_code))
            return;
        self->forgetSecret();
        self->showTurnedOn(std::move(codes).value());
    });
}

void AuthenticatorSetupDialog::forgetSecret()
{
    QString key = m_key->text();
    m_key->clear();
    twofold::wipe(key);
    m_qr->clear();
    m_setupKey.clear();
    m_clipboard->clearIfOurs();
}

void AuthenticatorSetupDialog::updateVerify()
{
    m_verify->setEnabled(!isBusy() && !m_setupKey.isEmpty() && m_code->isComplete());
}

} // namespace twofold
