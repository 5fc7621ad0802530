#include "ui/account/CreateAccountPage.h"

#include "auth/ServerAccount.h"
#include "ui/account/AccountText.h"
#include "ui/account/AccountWidgets.h"
#include "ui/account/EmergencyKitDialog.h"
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "vault/OpenVault.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

CreateAccountPage::CreateAccountPage(Clock& clock, Random& random, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_random(random), m_server(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_password(new PasswordField(this)), m_meter(new StrengthMeter(this)),
      m_confirm(new PasswordField(this)), m_location(new QLineEdit(this)),
      m_choose(new QPushButton(tr("C&hoose…"), this)), m_reason(sentenceLine(tr("What is missing"), this)),
      m_message(errorLine(tr("Message"), this)), m_busy(new QProgressBar(this)),
      m_busyLabel(sentenceLine(tr("Progress"), this)), m_back(new QPushButton(tr("&Back"), this)),
      m_create(new QPushButton(tr("Create &account"), this))
{
    auto* heading = pageHeading(tr("Create a Twofold account"), this);
    auto* intro = sentenceLine(tr("About the account"), this);
    intro->setText(tr("Your vault stays an encrypted file on this computer. The server checks your second "
                      "factor; it never receives your master password."));

    m_server->setObjectName(QStringLiteral("server"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://sign-in.example.org"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setAccessibleNames(tr("Master password"));
    m_confirm->setAccessibleNames(tr("Master password again"));
    m_meter->setAccessibleName(tr("Master password strength"));
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setAccessibleName(tr("Vault location"));
    m_choose->setAccessibleName(tr("Choose the vault location"));
    m_choose->setIcon(uiIcon(QStringLiteral("folder"), QStringLiteral("document-save-as")));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Creating the account"));
    m_busyLabel->setText(tr("Creating your account… This takes a few seconds: the master password is being "
                            "made slow to guess, on this computer."));
    m_back->setAccessibleName(tr("Back"));
    m_create->setObjectName(QStringLiteral("createAccount"));
    m_create->setAccessibleName(tr("Create the account"));
    m_create->setDefault(true);

    auto* serverLabel = new QLabel(tr("Ser&ver:"), this);
    serverLabel->setBuddy(m_server);
    auto* emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Master password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    auto* confirmLabel = new QLabel(tr("&Type it again:"), this);
    confirmLabel->setBuddy(m_confirm->lineEdit());
    auto* locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(serverLabel, m_server);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_meter);
    form->addRow(confirmLabel, m_confirm);
    form->addRow(locationLabel, locationRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_create);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);
    m_message->hide();
    m_busy->hide();
    m_busyLabel->hide();

    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_location);
    setTabOrder(m_location, m_choose);
    setTabOrder(m_choose, m_create);
    setTabOrder(m_create, m_back);
    setFocusProxy(m_server);

    connect(m_server, &QLineEdit::textChanged, this, &CreateAccountPage::updateState);
    connect(m_email, &QLineEdit::textChanged, this,
            &CreateAccountPage::onPasswordEdited); // it rates the password
    connect(m_location, &QLineEdit::textChanged, this, &CreateAccountPage::updateState);
    connect(m_password, &PasswordField::edited, this, &CreateAccountPage::onPasswordEdited);
    connect(m_confirm, &PasswordField::edited, this, &CreateAccountPage::updateState);
    connect(m_confirm, &PasswordField::returnPressed, this, &CreateAccountPage::create);
    connect(m_choose, &QPushButton::clicked, this, &CreateAccountPage::chooseLocation);
    connect(m_create, &QPushButton::clicked, this, &CreateAccountPage::create);
    connect(m_back, &QPushButton::clicked, this, &CreateAccountPage::backRequested);
    updateState();
}

CreateAccountPage::~CreateAccountPage()
{
    m_pendingPassword.clear();
}

void CreateAccountPage::setServerAddress(const QString& address)
{
    m_server->setText(address);
}

void CreateAccountPage::setVaultPath(const QString& path)
{
    m_location->setText(QDir::toNativeSeparators(path));
}

QString CreateAccountPage::vaultPath() const
{
    return QDir::fromNativeSeparators(m_location->text().trimmed());
}

std::optional<QUrl> CreateAccountPage::serverUrl() const
{
    Result<QUrl> url = AccountText::parseServerAddress(m_server->text());
    if (!url)
        return std::nullopt;
    return std::move(url).value();
}

EmergencyKitDialog* CreateAccountPage::kitDialog() const
{
    return m_kit.data();
}

QString CreateAccountPage::email() const
{
    return m_email->text().trimmed();
}

QString CreateAccountPage::blockReason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

QString CreateAccountPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CreateAccountPage::chooseLocation()
{
    const QString path = chooseNewVaultPath(this, vaultPath());
    if (path.isEmpty())
        return;
    setVaultPath(path);
    m_create->setFocus();
}

void CreateAccountPage::onPasswordEdited()
{
    // The email's name and the server's host are as guessable as a file name.
    QStringList words{email().section(u'@', 0, 0)};
    if (const std::optional<QUrl> url = serverUrl())
        words << url->host().section(u'.', 0, 0);
    m_meter->setPassword(m_password->lineEdit()->text(), words);
    updateState();
}

void CreateAccountPage::showFailure(const QString& sentence)
{
    m_message->setText(sentence);
    m_message->setAccessibleDescription(sentence);
    m_message->setVisible(!sentence.isEmpty());
}

void CreateAccountPage::clearSecrets()
{
    m_password->clear();
    m_confirm->clear();
    m_meter->setPassword(QString());
}

void CreateAccountPage::setBusy(bool busy)
{
    m_busyFlag = busy;
    for (QWidget* w :
         {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_location),
          static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_back)})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    updateState();
}

void CreateAccountPage::updateState()
{
    QString reason;
    if (Result<QUrl> url = AccountText::parseServerAddress(m_server->text()); !url)
        reason = url.error().message;
    else if (const QString problem = AccountText::emailProblem(m_email->text()); !problem.isEmpty())
        reason = problem;
    else if (m_password->isEmpty())
        reason = AccountText::choosePassword();
    else if (!m_meter->acceptable())
        reason = AccountText::strongerPassword();
    else if (m_confirm->isEmpty())
        reason = AccountText::typePasswordAgain();
    else if (!m_password->secret().equals(m_confirm->secret()))
        reason = AccountText::passwordsDiffer();
    else
        reason = newVaultLocationProblem(vaultPath());
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty() && !m_busyFlag);
    m_create->setEnabled(reason.isEmpty() && !m_busyFlag);
}

void CreateAccountPage::create()
{
    if (!m_create->isEnabled())
        return;
    showFailure(QString());
    // Wired to core/auth's ServerAccountCreation (see CreateAccountPageCore.cpp).
    startCreation();
}

} // namespace twofold
