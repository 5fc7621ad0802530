#include "ui/setup/CreateVaultPage.h"

#include "ui/common/AppSettings.h"
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "ui/setup/CreateVaultController.h"
#include "vault/OpenVault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

namespace {
QLabel* sentenceLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

CreateVaultPage::CreateVaultPage(Clock& clock, QWidget* parent)
    : QWidget(parent), m_controller(new CreateVaultController(clock, this)), m_location(new QLineEdit(this)),
      m_choose(new QPushButton(tr("C&hoose…"), this)), m_password(new PasswordField(this)),
      m_meter(new StrengthMeter(this)), m_confirm(new PasswordField(this)),
      m_reason(sentenceLabel(this, tr("What is missing"))), m_busy(new QProgressBar(this)),
      m_busyLabel(sentenceLabel(this, tr("Progress"))), m_message(sentenceLabel(this, tr("Message"))),
      m_openOther(new QPushButton(tr("Open another vault…"), this)),
      m_create(new QPushButton(tr("&Create"), this)),
      m_useServer(new QPushButton(tr("Use a Twofold &server…"), this))
{
    auto* heading = new QLabel(tr("Create your vault"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto* intro = sentenceLabel(this, tr("About the vault"));
    intro->setText(
        tr("Your passwords are kept in one encrypted file. Its master password is the one password "
           "you will need to remember: nobody can recover it for you."));

    m_location->setAccessibleName(tr("Vault location"));
    m_choose->setAccessibleName(tr("Choose the vault location"));
    m_choose->setIcon(uiIcon(QStringLiteral("folder"), QStringLiteral("document-save-as")));
    m_password->setAccessibleNames(tr("Master password"));
    m_confirm->setAccessibleNames(tr("Master password again"));
    m_meter->setAccessibleName(tr("Master password strength"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Creating the vault"));
    m_busyLabel->setText(
        tr("Creating your vault… This takes a few seconds: the master password is being made slow "
           "to guess."));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_openOther->setIcon(uiIcon(QStringLiteral("open"), QStringLiteral("document-open")));
    m_openOther->setAccessibleName(tr("Open another vault"));
    m_create->setDefault(true);
    m_create->setAccessibleName(tr("Create the vault"));

    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_choose);
    auto* locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    auto* passwordLabel = new QLabel(tr("&Master password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    auto* confirmLabel = new QLabel(tr("&Type it again:"), this);
    confirmLabel->setBuddy(m_confirm->lineEdit());
    auto* form = new QFormLayout;
    form->addRow(locationLabel, locationRow);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_meter);
    form->addRow(confirmLabel, m_confirm);
    m_useServer->setObjectName(QStringLiteral("useServer"));
    m_useServer->setAccessibleName(tr("Use a Twofold server"));
    auto* serverAbout = sentenceLabel(this, tr("About Twofold servers"));
    serverAbout->setText(tr("For several computers or an organisation."));
    m_useServer->setAccessibleDescription(serverAbout->text());
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_useServer);
    serverRow->addWidget(serverAbout, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openOther);
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
    layout->addLayout(serverRow);
    layout->addLayout(buttons);
    m_busy->hide();
    m_busyLabel->hide();
    m_message->hide();

    setTabOrder(m_location, m_choose);
    setTabOrder(m_choose, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_create);
    setTabOrder(m_create, m_openOther);
    setTabOrder(m_openOther, m_useServer);
    setFocusProxy(m_password);

    connect(m_choose, &QPushButton::clicked, this, &CreateVaultPage::chooseLocation);
    connect(m_openOther, &QPushButton::clicked, this, &CreateVaultPage::chooseExisting);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::create);
    connect(m_useServer, &QPushButton::clicked, this, &CreateVaultPage::serverRequested);
    connect(m_location, &QLineEdit::textChanged, this, &CreateVaultPage::updateState);
    connect(m_password, &PasswordField::edited, this, &CreateVaultPage::onPasswordEdited);
    connect(m_confirm, &PasswordField::edited, this, &CreateVaultPage::updateState);
    connect(m_confirm, &PasswordField::returnPressed, this, &CreateVaultPage::create);
    connect(m_controller, &CreateVaultController::busyChanged, this, &CreateVaultPage::setBusy);
    connect(m_controller, &CreateVaultController::failed, this, &CreateVaultPage::onFailed);
    connect(m_controller, &CreateVaultController::created, this, [this](std::shared_ptr<OpenVault> vault) {
        appSettings().addRecentVault(vault->path());
        m_password->clear();
        m_confirm->clear();
        m_meter->setPassword(QString());
        emit created(std::move(vault));
    });
    updateState();
}

void CreateVaultPage::setVaultPath(const QString& path)
{
    m_location->setText(QDir::toNativeSeparators(path));
}

QString CreateVaultPage::vaultPath() const
{
    return QDir::fromNativeSeparators(m_location->text().trimmed());
}

void CreateVaultPage::create()
{
    if (!m_create->isEnabled())
        return;
    m_message->hide();
    m_controller->create(vaultPath(), m_password->secret());
}

QString CreateVaultPage::blockReason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

QString CreateVaultPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool CreateVaultPage::isBusy() const
{
    return m_controller->isBusy();
}

void CreateVaultPage::chooseLocation()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Where to keep the new vault"), vaultPath(), vaultFileFilter(),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".twofold");
    setVaultPath(chosen);
    m_password->setFocus();
}

void CreateVaultPage::chooseExisting()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a vault"), QFileInfo(vaultPath()).absolutePath(), vaultFileFilter());
    if (!path.isEmpty())
        emit openExistingRequested(path);
}

void CreateVaultPage::onPasswordEdited()
{
    m_meter->setPassword(m_password->lineEdit()->text(), {QFileInfo(vaultPath()).completeBaseName()});
    updateState();
}

void CreateVaultPage::onFailed(const Error& error)
{
    m_message->setText(error.message);
    m_message->setAccessibleDescription(error.message);
    m_message->show();
}

void CreateVaultPage::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_location), static_cast<QWidget*>(m_choose),
                       static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_confirm),
                       static_cast<QWidget*>(m_openOther), static_cast<QWidget*>(m_useServer)})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    updateState();
}

void CreateVaultPage::updateState()
{
    QString reason = CreateVaultController::locationProblem(vaultPath());
    if (reason.isEmpty()) {
        if (m_password->isEmpty())
            reason = tr("Choose a master password.");
        else if (!m_meter->acceptable())
            reason = tr("Choose a stronger master password: the line under it says why.");
        else if (m_confirm->isEmpty())
            reason = tr("Type the master password again to confirm it.");
        else if (!m_password->secret().equals(m_confirm->secret()))
            reason = tr("The two passwords do not match.");
    }
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty() && !m_controller->isBusy());
    m_create->setEnabled(reason.isEmpty() && !m_controller->isBusy());
}

} // namespace twofold
