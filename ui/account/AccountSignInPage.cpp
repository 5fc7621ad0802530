#include "ui/account/AccountSignInPage.h"

#include "auth/AccountKey.h"
#include "auth/AddComputerLink.h"
#include "auth/ServerLink.h"
#include "auth/SignInSession.h"

#include "ui/account/AccountText.h"
#include "ui/account/AccountWidgets.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "ui/otp/QrImageDecoder.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold {

AccountSignInPage::AccountSignInPage(Clock& clock, Random& random, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_random(random), m_banner(new MessageBanner(this)),
      m_stack(new QStackedWidget(this)), m_formPage(new QWidget(this)), m_server(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_password(new PasswordField(this)), m_accountKeyLabel(nullptr),
      m_accountKeyWhy(sentenceLine(tr("Why the account key is asked"), this)),
      m_accountKey(new QLineEdit(this)), m_readImage(new QPushButton(tr("Read from &image…"), this)),
      m_location(new QLineEdit(this)), m_choose(new QPushButton(tr("C&hoose…"), this)),
      m_reason(sentenceLine(tr("What is missing"), this)), m_message(errorLine(tr("Message"), this)),
      m_busy(new QProgressBar(this)), m_back(new QPushButton(tr("&Back"), this)),
      m_signIn(new QPushButton(tr("&Sign in"), this)), m_codePage(new SecondFactorPage(clock, this))
{
    auto* heading = pageHeading(tr("Sign in to your Twofold account"), m_formPage);
    auto* intro = sentenceLine(tr("About signing in"), m_formPage);
    intro->setText(
        tr("Use your account on this computer too. Once the server has checked your second factor, "
           "your vault is set up here."));

    m_server->setObjectName(QStringLiteral("server"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://sign-in.example.org"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setAccessibleNames(tr("Master password"));
    m_accountKey->setObjectName(QStringLiteral("accountKey"));
    m_accountKey->setAccessibleName(tr("Account key"));
    m_accountKey->setPlaceholderText(QStringLiteral("TF1-XXXXX-XXXXX-…"));
    m_accountKey->setFont(codeFont());
    m_accountKey->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_readImage->setObjectName(QStringLiteral("readImage"));
    m_readImage->setAccessibleName(tr("Read the account key from a picture of the QR code"));
    m_readImage->setToolTip(
        tr("A picture of the QR code another signed-in computer shows in Settings > Security > "
           "Add a computer…"));
    m_readImage->setVisible(canDecodeQrImages());
    m_accountKey->setToolTip(
        tr("Type the key from your emergency kit, or paste the whole twofold://add-computer "
           "link"));
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setAccessibleName(tr("Vault location"));
    m_choose->setAccessibleName(tr("Choose the vault location"));
    m_choose->setIcon(uiIcon(QStringLiteral("folder"), QStringLiteral("document-save-as")));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Signing in"));
    m_back->setAccessibleName(tr("Back"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);

    auto* serverLabel = new QLabel(tr("Ser&ver:"), m_formPage);
    serverLabel->setBuddy(m_server);
    auto* emailLabel = new QLabel(tr("&Email:"), m_formPage);
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Master password:"), m_formPage);
    passwordLabel->setBuddy(m_password->lineEdit());
    m_accountKeyLabel = new QLabel(tr("Account &key:"), m_formPage);
    m_accountKeyLabel->setBuddy(m_accountKey);
    auto* locationLabel = new QLabel(tr("&Location:"), m_formPage);
    locationLabel->setBuddy(m_location);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(serverLabel, m_server);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_accountKeyWhy);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_accountKey, 1);
    keyRow->addWidget(m_readImage);
    form->addRow(m_accountKeyLabel, keyRow);
    form->addRow(locationLabel, locationRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);

    auto* formLayout = new QVBoxLayout(m_formPage);
    formLayout->addWidget(heading);
    formLayout->addWidget(intro);
    formLayout->addSpacing(8);
    formLayout->addLayout(form);
    formLayout->addWidget(m_reason);
    formLayout->addWidget(m_message);
    formLayout->addWidget(m_busy);
    formLayout->addStretch(1);
    formLayout->addLayout(buttons);
    m_formPage->setFocusProxy(m_server);
    m_message->hide();
    m_busy->hide();
    m_accountKeyWhy->setText(AccountText::accountKeyHint());

    m_stack->addWidget(m_formPage);
    m_stack->addWidget(m_codePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_accountKey);
    setTabOrder(m_accountKey, m_readImage);
    setTabOrder(m_readImage, m_location);
    setTabOrder(m_location, m_choose);
    setTabOrder(m_choose, m_signIn);
    setTabOrder(m_signIn, m_back);
    setFocusProxy(m_server);

    for (QLineEdit* field : {m_server, m_email, m_accountKey, m_location}) {
        connect(field, &QLineEdit::textChanged, this, &AccountSignInPage::updateState);
        connect(field, &QLineEdit::returnPressed, this, &AccountSignInPage::signIn);
    }
    connect(m_password, &PasswordField::edited, this, &AccountSignInPage::updateState);
    connect(m_password, &PasswordField::returnPressed, this, &AccountSignInPage::signIn);
    connect(m_choose, &QPushButton::clicked, this, &AccountSignInPage::chooseLocation);
    connect(m_readImage, &QPushButton::clicked, this, &AccountSignInPage::chooseImage);
    connect(m_accountKey, &QLineEdit::textChanged, this, &AccountSignInPage::onAccountKeyEdited);
    connect(m_signIn, &QPushButton::clicked, this, &AccountSignInPage::signIn);
    connect(m_back, &QPushButton::clicked, this, &AccountSignInPage::backRequested);
    updateState();
}

AccountSignInPage::~AccountSignInPage()
{
    m_codePage->setSession(nullptr);
    QString key = m_accountKey->text();
    m_accountKey->clear();
    twofold::wipe(key);
}

void AccountSignInPage::setServerAddress(const QString& address)
{
    m_server->setText(address);
}

void AccountSignInPage::setEmail(const QString& email)
{
    m_email->setText(email);
}

void AccountSignInPage::showNotice(const QString& sentence)
{
    m_banner->showMessage(sentence, MessageBanner::Kind::Information);
}

void AccountSignInPage::setVaultPath(const QString& path)
{
    m_location->setText(QDir::toNativeSeparators(path));
}

QString AccountSignInPage::vaultPath() const
{
    return QDir::fromNativeSeparators(m_location->text().trimmed());
}

std::optional<QUrl> AccountSignInPage::serverUrl() const
{
    Result<QUrl> url = AccountText::parseServerAddress(m_server->text());
    if (!url)
        return std::nullopt;
    return std::move(url).value();
}

QString AccountSignInPage::email() const
{
    return m_email->text().trimmed();
}

void AccountSignInPage::askForAccountKey(const QString& why)
{
    m_keyRequired = true;
    m_accountKeyWhy->setText(why);
    m_accountKey->setFocus();
    updateState();
}

bool AccountSignInPage::isAskingForAccountKey() const
{
    return m_keyRequired;
}

QString AccountSignInPage::blockReason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

QString AccountSignInPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AccountSignInPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool AccountSignInPage::isShowingSecondFactor() const
{
    return m_stack->currentWidget() == m_codePage;
}

void AccountSignInPage::signIn()
{
    if (!m_signIn->isEnabled() || isShowingSecondFactor())
        return;
    showFailure(QString());
    m_banner->dismiss();
    startSignIn();
}

void AccountSignInPage::chooseLocation()
{
    const QString path = chooseNewVaultPath(this, vaultPath());
    if (path.isEmpty())
        return;
    setVaultPath(path);
    m_signIn->setFocus();
}

void AccountSignInPage::onAccountKeyEdited()
{
    // A pasted twofold://add-computer link fills the three fields (a damaged one stays, and
    // updateState() says what is wrong with it).
    if (AddComputerLink::looksLikeLink(m_accountKey->text()) &&
        AddComputerLink::parse(m_accountKey->text()).ok())
        fillFromLink(m_accountKey->text());
}

bool AccountSignInPage::fillFromLink(QStringView text)
{
    Result<AddComputerLink> link = AddComputerLink::parse(text);
    if (!link) {
        showFailure(link.error().message);
        return false;
    }
    showFailure(QString());
    m_server->setText(ServerEndpoint::normalised(link->server));
    m_email->setText(link->email);
    QString old = m_accountKey->text();
    QString keyText = link->key.text().toStringUnsafe();
    m_accountKey->setText(keyText);
    twofold::wipe(keyText);
    twofold::wipe(old);
    m_banner->showMessage(AccountText::filledFromLink(), MessageBanner::Kind::Information);
    if (m_password->isEmpty())
        m_password->setFocus();
    updateState();
    return true;
}

bool AccountSignInPage::readKeyFromImage(const QString& path)
{
    const QImage image(path);
    if (image.isNull()) {
        showFailure(AccountText::pictureUnreadable(path));
        return false;
    }
    Result<SecureBuffer> decoded = decodeQrImage(image);
    if (!decoded) {
        showFailure(decoded.error().message);
        return false;
    }
    QString text = decoded->toStringUnsafe();
    bool filled = false;
    if (AddComputerLink::looksLikeLink(text)) {
        filled = fillFromLink(text);
    } else if (Result<AccountKey> key = AccountKey::parse(text); key && text.trimmed().size() < 80) {
        QString keyText = key->text().toStringUnsafe();
        m_accountKey->setText(keyText);
        twofold::wipe(keyText);
        showFailure(QString());
        filled = true;
    } else {
        showFailure(AccountText::pictureNotAddComputerCode());
    }
    twofold::wipe(text);
    return filled;
}

void AccountSignInPage::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, AccountText::readImageTitle(), QString(),
                                                      AccountText::imageFileFilter());
    if (path.isEmpty())
        return;
    readKeyFromImage(path);
}

void AccountSignInPage::showFailure(const QString& sentence)
{
    m_message->setText(sentence);
    m_message->setAccessibleDescription(sentence);
    m_message->setVisible(!sentence.isEmpty());
}

void AccountSignInPage::showPasswordPage()
{
    m_stack->setCurrentWidget(m_formPage);
    setFocusProxy(m_password);
    m_password->setFocus();
}

void AccountSignInPage::showCodePage()
{
    m_password->clear(); // it has done its part
    if (m_stack->currentWidget() != m_codePage) {
        m_stack->setCurrentWidget(m_codePage);
        setFocusProxy(m_codePage);
        m_codePage->setFocus();
    }
}

void AccountSignInPage::setBusy(bool busy)
{
    m_busyFlag = busy;
    for (QWidget* w :
         {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_accountKey), static_cast<QWidget*>(m_readImage),
          static_cast<QWidget*>(m_location), static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_back)})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
    updateState();
    if (!busy && m_stack->currentWidget() == m_formPage && m_password->isEmpty())
        m_password->setFocus();
}

void AccountSignInPage::updateState()
{
    const QString key = m_accountKey->text();
    const bool isLink = AddComputerLink::looksLikeLink(key);
    QString reason;
    // A pasted link that did not fill the fields (a good one fills them at once): what is
    // wrong with it comes first.
    if (isLink) {
        if (Result<AddComputerLink> link = AddComputerLink::parse(key); !link)
            reason = link.error().message;
    }
    if (!reason.isEmpty()) {
        // said above
    } else if (Result<QUrl> url = AccountText::parseServerAddress(m_server->text()); !url) {
        reason = url.error().message;
    } else if (const QString problem = AccountText::emailProblem(m_email->text()); !problem.isEmpty()) {
        reason = problem;
    } else if (m_password->isEmpty()) {
        reason = AccountText::enterPassword();
    } else if (!isLink && !key.trimmed().isEmpty()) {
        if (Result<AccountKey> parsed = AccountKey::parse(key); !parsed)
            reason = parsed.error().message;
    } else if (!isLink && m_keyRequired) {
        reason = AccountText::enterAccountKey();
    }
    if (reason.isEmpty())
        reason = newVaultLocationProblem(vaultPath());
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty() && !m_busyFlag);
    m_signIn->setEnabled(reason.isEmpty() && !m_busyFlag);
}

} // namespace twofold
