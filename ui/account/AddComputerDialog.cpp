#include "ui/account/AddComputerDialog.h"

#include "auth/AccountKey.h"
#include "auth/AddComputerLink.h"
#include "auth/ServerAccount.h"
#include "auth/SignInSession.h"
#include "auth/TwoFactorSettings.h"
#include "platform/SecretStore.h"
#include "ui/account/AccountText.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/MessageBanner.h"
#include "ui/otp/QrCodeWidget.h"
#include "ui/twofactor/ConfirmPasswordDialog.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

namespace {
QLabel* valueLabel(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

AddComputerDialog::AddComputerDialog(TwoFactorSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings),
      m_server(valueLabel(settings.vault().header().serverUrl, tr("Server address"), this)),
      m_email(valueLabel(settings.vault().header().serverAccount, tr("Email"), this)),
      m_keyName(new QLabel(tr("Account &key:"), this)), m_key(valueLabel(QString(), tr("Account key"), this)),
      m_qr(new QrCodeWidget(this)), m_qrHint(wrappedLabel(QString(), this)),
      m_banner(new MessageBanner(this)), m_showKey(new QPushButton(tr("&Show key…"), this)),
      m_close(new QPushButton(tr("&Close"), this))
{
    setWindowTitle(tr("Add a computer — Twofold"));
    setWindowModality(Qt::WindowModal);
    auto* heading = wrappedLabel(tr("Sign in on another computer"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto* advice = wrappedLabel(
        tr("On the other computer, open Twofold and choose Use a Twofold server, then Sign in to an account. "
           "There, type what is shown here, or use Read from image… with a picture of the QR code. Your "
           "master "
           "password and second factor are asked there too: this alone opens nothing."),
        this);
    m_server->setObjectName(QStringLiteral("server"));
    m_email->setObjectName(QStringLiteral("email"));
    m_key->setObjectName(QStringLiteral("accountKey"));
    QFont keyFont = codeFont();
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.15);
    m_key->setFont(keyFont);
    m_key->setText(tr("Hidden"));
    m_keyName->setBuddy(m_key);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAccessibleName(tr("QR code for the other computer"));
    m_qr->setAccessibleDescription(tr("Holds the server address, the email and the account key"));
    const int side = fontMetrics().height() * 14; // room for a 4-pixel module of a 57-module code
    m_qr->setFixedSize(side, side);
    m_qr->hide();
    m_qrHint->setText(
        tr("Keep this code to yourself: with your master password and second factor, it opens your "
           "vault."));
    m_qrHint->hide();
    m_banner->setObjectName(QStringLiteral("message"));
    m_showKey->setObjectName(QStringLiteral("showKey"));
    m_showKey->setAccessibleName(tr("Show the account key and its QR code"));
    m_showKey->setDefault(true);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setAccessibleName(tr("Close"));

    auto* form = new QFormLayout;
    auto* serverName = new QLabel(tr("Ser&ver:"), this);
    serverName->setBuddy(m_server);
    auto* emailName = new QLabel(tr("&Email:"), this);
    emailName->setBuddy(m_email);
    form->addRow(serverName, m_server);
    form->addRow(emailName, m_email);
    form->addRow(m_keyName, m_key);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_showKey, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(advice);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_qrHint);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_key);
    setTabOrder(m_key, m_showKey);
    setTabOrder(m_showKey, m_close);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_showKey, &QPushButton::clicked, this, [this] {
        if (isShowingKey())
            hideKey();
        else
            showKey();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    if (!m_settings.vault().header().serverMode()) {
        m_showKey->setEnabled(false);
        m_banner->showMessage(AccountText::addComputerLocalVault());
    }
    m_showKey->setFocus();
    growWithContent(this);
}

AddComputerDialog::~AddComputerDialog()
{
    hideKey();
}

ConfirmPasswordDialog* AddComputerDialog::showKey()
{
    if (!m_settings.vault().header().serverMode() || isShowingKey() || m_confirm)
        return nullptr;
    m_banner->dismiss();
    auto* confirm = new ConfirmPasswordDialog(m_settings, this);
    confirm->setPrompt(tr("The account key is a secret: enter your master password to show it."));
    m_confirm = confirm;
    connect(confirm, &QDialog::accepted, this, &AddComputerDialog::readKey);
    confirm->open();
    return confirm;
}

void AddComputerDialog::readKey()
{
    SecretStore* store = m_settings.secretStore();
    if (!store)
        return m_banner->showMessage(AccountText::accountKeyNotKeptHere());
    store->load(SignInSession::secretStoreService(), accountKeyStoreKey(m_settings.vault().header().vaultId),
                this, [this](Result<SecureBuffer> bytes) {
                    if (!bytes)
                        return m_banner->showMessage(bytes.error().code == ErrorCode::NotFound
                                                         ? AccountText::accountKeyNotKeptHere()
                                                         : bytes.error().message);
                    reveal(*bytes);
                });
}

void AddComputerDialog::reveal(const SecureBuffer& keyBytes)
{
    Result<AccountKey> key = AccountKey::fromBytes(keyBytes);
    if (!key)
        return m_banner->showMessage(key.error().message);
    const VaultHeader& header = m_settings.vault().header();
    m_link = AddComputerLink::build(QUrl(header.serverUrl), header.serverAccount, *key);
    if (Status shown = m_qr->setText(m_link.view()); !shown) {
        m_link = SecureBuffer();
        return m_banner->showMessage(shown.error().message);
    }
    QString text = key->text().toStringUnsafe();
    m_key->setText(text);
    twofold::wipe(text);
    m_qr->show();
    m_qrHint->show();
    m_showKey->setText(tr("&Hide key"));
    m_showKey->setAccessibleName(tr("Hide the account key and its QR code"));
    m_key->setFocus();
}

void AddComputerDialog::hideKey()
{
    QString text = m_key->text();
    m_key->setText(tr("Hidden"));
    twofold::wipe(text);
    m_qr->clear();
    m_qr->hide();
    m_qrHint->hide();
    m_link = SecureBuffer();
    m_showKey->setText(tr("&Show key…"));
    m_showKey->setAccessibleName(tr("Show the account key and its QR code"));
}

QString AddComputerDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void AddComputerDialog::done(int result)
{
    hideKey();
    QDialog::done(result);
}

} // namespace twofold
