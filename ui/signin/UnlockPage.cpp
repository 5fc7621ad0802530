#include "ui/signin/UnlockPage.h"

#include "ui/common/PasswordField.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "ui/signin/UnlockController.h"
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

UnlockPage::UnlockPage(Clock& clock, QWidget* parent)
    : QWidget(parent), m_controller(new UnlockController(clock, this)), m_pathLabel(new QLabel(this)),
      m_openOther(new QPushButton(tr("Open another vault…"), this)), m_password(new PasswordField(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_create(new QPushButton(tr("Create a new vault…"), this)), m_busy(new QProgressBar(this)),
      m_message(new QLabel(this))
{
    auto* heading = new QLabel(tr("Unlock your vault"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(tr("Unlock your vault"));

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setAccessibleName(tr("Vault file"));
    m_openOther->setIcon(uiIcon(QStringLiteral("open"), QStringLiteral("document-open")));
    m_openOther->setAccessibleName(tr("Open another vault"));
    m_create->setAccessibleName(tr("Create a new vault"));
    m_password->setAccessibleNames(tr("Master password"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_unlock->setIcon(uiIcon(QStringLiteral("lock"), QStringLiteral("object-unlocked")));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Unlocking"));
    m_busy->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Message"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel, 1);
    pathRow->addWidget(m_openOther);
    auto* passwordLabel = new QLabel(tr("&Master password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    auto* form = new QFormLayout;
    form->addRow(tr("Vault:"), pathRow);
    form->addRow(passwordLabel, m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_openOther);
    setTabOrder(m_openOther, m_create);
    setFocusProxy(m_password);

    connect(m_openOther, &QPushButton::clicked, this, &UnlockPage::chooseOtherVault);
    connect(m_create, &QPushButton::clicked, this, &UnlockPage::createRequested);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_password, &PasswordField::returnPressed, this, &UnlockPage::unlock);
    connect(m_password, &PasswordField::edited, this, &UnlockPage::updateButtons);
    connect(m_controller, &UnlockController::busyChanged, this, &UnlockPage::setBusy);
    connect(m_controller, &UnlockController::failed, this, &UnlockPage::onFailed);
    connect(m_controller, &UnlockController::unlocked, this, [this](std::shared_ptr<OpenVault> vault) {
        rememberVaultPath(m_path);
        m_password->clear();
        emit unlocked(std::move(vault));
    });
    updateButtons();
}

void UnlockPage::setVaultPath(const QString& path)
{
    m_path = path;
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(path));
    m_password->clear();
    m_message->clear();
    m_message->hide();
    updateButtons();
}

void UnlockPage::unlock()
{
    if (m_controller->isBusy() || m_password->isEmpty())
        return;
    m_message->hide();
    m_controller->unlock(m_path, m_password->secret());
}

QString UnlockPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool UnlockPage::isBusy() const
{
    return m_controller->isBusy();
}

void UnlockPage::chooseOtherVault()
{
    const QString start = QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a vault"), start, vaultFileFilter());
    if (!path.isEmpty())
        setVaultPath(path);
    m_password->setFocus();
}

void UnlockPage::onFailed(const Error& error)
{
    QString text = error.message;
    // Two-factor sign-in: core/auth's SignInSession drives the code page (the 2FA issue); it
    // starts here, where CodeRequired now only gets a sentence.
    if (error.code == ErrorCode::CodeRequired)
        text = tr(
            "This vault has two-factor sign-in turned on, so it also needs a code. The next version of this "
            "window will ask for it.");
    m_message->setText(text);
    m_message->show();
    m_message->setAccessibleDescription(text);
    if (error.code == ErrorCode::WrongPassword)
        m_password->selectForRetyping();
    else
        m_password->setFocus();
}

void UnlockPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_openOther->setEnabled(!busy);
    m_create->setEnabled(!busy);
    updateButtons();
    if (!busy)
        m_password->setFocus();
}

void UnlockPage::updateButtons()
{
    m_unlock->setEnabled(!m_controller->isBusy() && !m_password->isEmpty() && !m_path.isEmpty());
}

} // namespace twofold
