#include "ui/signin/UnlockPage.h"

#include "auth/AccountKey.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/common/UiResources.h"
#include "ui/common/VaultLocation.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/signin/SignInText.h"
#include "vault/OpenVault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold {

using State = SignInSession::State;

UnlockPage::UnlockPage(Clock& clock, Random& random, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_random(random), m_banner(new MessageBanner(this)),
      m_stack(new QStackedWidget(this)), m_passwordPage(new QWidget(this)),
      m_pathLabel(new ElidedLabel(this)), m_openOther(new QPushButton(tr("Open another vault…"), this)),
      m_recent(new QToolButton(this)), m_password(new PasswordField(this)), m_accountKeyLabel(nullptr),
      m_accountKeyWhy(new QLabel(this)), m_accountKey(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_create(new QPushButton(tr("Create a new vault…"), this)), m_busy(new QProgressBar(this)),
      m_message(new QLabel(this)), m_codePage(new SecondFactorPage(clock, this))
{
    auto* heading = new QLabel(tr("Unlock your vault"), m_passwordPage);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(tr("Unlock your vault"));

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pathLabel->setAccessibleName(tr("Vault file"));
    m_openOther->setIcon(uiIcon(QStringLiteral("open"), QStringLiteral("document-open")));
    m_openOther->setAccessibleName(tr("Open another vault"));
    m_recent->setText(tr("Recent"));
    m_recent->setToolTip(tr("Vaults opened recently"));
    m_recent->setAccessibleName(tr("Recent vaults"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setFocusPolicy(Qt::StrongFocus);
    m_recent->setMenu(new QMenu(m_recent));
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
    pathRow->addWidget(m_recent);
    auto* passwordLabel = new QLabel(tr("&Master password:"), m_passwordPage);
    passwordLabel->setBuddy(m_password->lineEdit());
    m_accountKeyLabel = new QLabel(tr("Account &key:"), m_passwordPage);
    m_accountKeyLabel->setBuddy(m_accountKey);
    m_accountKeyWhy->setWordWrap(true);
    m_accountKeyWhy->setAccessibleName(tr("Why the account key is asked"));
    m_accountKeyWhy->setText(tr("This computer does not have this vault's account key. Type it from your "
                                "emergency kit: it is kept here from then on."));
    m_accountKey->setObjectName(QStringLiteral("accountKey"));
    m_accountKey->setAccessibleName(tr("Account key"));
    m_accountKey->setPlaceholderText(QStringLiteral("TF1-XXXXX-XXXXX-…"));
    m_accountKey->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto* form = new QFormLayout;
    form->addRow(tr("Vault:"), pathRow);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_accountKeyWhy);
    form->addRow(m_accountKeyLabel, m_accountKey);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* passwordLayout = new QVBoxLayout(m_passwordPage);
    passwordLayout->addWidget(heading);
    passwordLayout->addSpacing(8);
    passwordLayout->addLayout(form);
    passwordLayout->addWidget(m_message);
    passwordLayout->addWidget(m_busy);
    passwordLayout->addStretch(1);
    passwordLayout->addLayout(buttons);
    m_passwordPage->setFocusProxy(m_password);

    m_stack->addWidget(m_passwordPage);
    m_stack->addWidget(m_codePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_password, m_accountKey);
    setTabOrder(m_accountKey, m_unlock);
    setTabOrder(m_unlock, m_openOther);
    setTabOrder(m_openOther, m_recent);
    setTabOrder(m_recent, m_create);
    setFocusProxy(m_password);

    connect(m_openOther, &QPushButton::clicked, this, &UnlockPage::chooseOtherVault);
    connect(m_recent->menu(), &QMenu::triggered, this, [this](QAction* action) {
        setVaultPath(action->data().toString());
        m_password->setFocus();
    });
    connect(&appSettings(), &AppSettings::changed, this, &UnlockPage::rebuildRecentMenu);
    connect(m_create, &QPushButton::clicked, this, &UnlockPage::createRequested);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_password, &PasswordField::returnPressed, this, &UnlockPage::unlock);
    connect(m_password, &PasswordField::edited, this, &UnlockPage::updateButtons);
    connect(m_accountKey, &QLineEdit::textChanged, this, &UnlockPage::updateButtons);
    connect(m_accountKey, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    hideAccountKey();
    rebuildRecentMenu();
    updateButtons();
}

UnlockPage::~UnlockPage()
{
    // The code page follows the session; let it go before the session does.
    m_codePage->setSession(nullptr);
}

void UnlockPage::setVaultPath(const QString& path)
{
    dropSession();
    m_path = path;
    m_pathLabel->setFullText(QDir::toNativeSeparators(path));
    m_password->clear();
    hideAccountKey();
    m_message->clear();
    m_message->hide();
    m_banner->dismiss();
    m_stack->setCurrentWidget(m_passwordPage);
    setFocusProxy(m_password);
    rebuildRecentMenu();
    updateButtons();
}

void UnlockPage::setSignInOptions(SignInOptions options)
{
    dropSession();
    m_options = std::move(options);
    updateButtons();
}

void UnlockPage::unlock()
{
    if (isBusy() || m_password->isEmpty() || m_path.isEmpty())
        return;
    std::shared_ptr<const AccountKey> accountKey;
    if (isAskingForAccountKey()) {
        Result<AccountKey> parsed = AccountKey::parse(m_accountKey->text());
        if (!parsed) {
            m_message->setText(parsed.error().message);
            m_message->show();
            m_accountKey->setFocus();
            return;
        }
        accountKey = std::make_shared<const AccountKey>(std::move(parsed).value());
    }
    SignInSession* session = ensureSession();
    m_twoFactorSetupRequired = false;
    m_message->hide();
    m_banner->dismiss();
    if (accountKey)
        session->setAccountKey(std::move(accountKey));
    session->submitPassword(m_password->secret());
}

bool UnlockPage::isShowingSecondFactor() const
{
    return m_stack->currentWidget() == m_codePage;
}

QString UnlockPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString UnlockPage::bannerText() const
{
    return m_banner->text();
}

bool UnlockPage::isBusy() const
{
    return m_session && m_session->isBusy();
}

void UnlockPage::chooseOtherVault()
{
    const QString start = QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a vault"), start, vaultFileFilter());
    if (!path.isEmpty())
        setVaultPath(path);
    m_password->setFocus();
}

void UnlockPage::rebuildRecentMenu()
{
    QMenu* menu = m_recent->menu();
    menu->clear();
    const QString current = m_path.isEmpty() ? QString() : QFileInfo(m_path).absoluteFilePath();
    const QStringList recent = appSettings().recentVaults();
    for (const QString& path : recent) {
        QAction* action = menu->addAction(QFileInfo(path).fileName());
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setCheckable(true);
        action->setChecked(path == current);
    }
    menu->setToolTipsVisible(true);
    m_recent->setVisible(!recent.isEmpty());
}

void UnlockPage::dropSession()
{
    m_codePage->setSession(nullptr);
    if (m_session) {
        // A running step's result is dropped with the session (never delivered).
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
    setBusy(false);
}

SignInSession* UnlockPage::ensureSession()
{
    if (m_session && m_session->path() == m_path) {
        if (m_session->state() != State::NeedPassword)
            m_session->reset();
        return m_session;
    }
    dropSession();
    m_twoFactorSetupRequired = false;
    auto* session = new SignInSession(m_path, m_options, m_clock, m_random, this);
    m_session = session;
    connect(session, &SignInSession::busyChanged, this, [this](bool busy) {
        if (m_session && m_session->state() == State::NeedPassword)
            setBusy(busy);
    });
    connect(session, &SignInSession::stateChanged, this, &UnlockPage::onStateChanged);
    connect(session, &SignInSession::failed, this, &UnlockPage::onFailed);
    connect(session, &SignInSession::unlocked, this, &UnlockPage::onUnlocked);
    connect(session, &SignInSession::accountKeyNeeded, this, &UnlockPage::askForAccountKey);
    connect(session, &SignInSession::warning, this,
            [this](const QString& sentence) { m_banner->showMessage(sentence, MessageBanner::Kind::Error); });
    connect(session, &SignInSession::recoveryCodeUsed, this, [this](int left) {
        m_banner->showMessage(SignInText::recoveryCodeUsed(left), MessageBanner::Kind::Information);
        emit recoveryCodeUsed(left);
    });
    m_codePage->setSession(session);
    return session;
}

void UnlockPage::onStateChanged(SignInSession::State state)
{
    switch (state) {
    case State::NeedPassword:
        setBusy(false);
        m_stack->setCurrentWidget(m_passwordPage);
        setFocusProxy(m_password);
        m_password->setFocus();
        break;
    case State::NeedSecondFactor:
    case State::ChooseMethod:
    case State::LockedOut:
        setBusy(false);
        // The password has done its part: nothing of it stays in the field.
        m_password->clear();
        if (m_stack->currentWidget() != m_codePage) {
            m_stack->setCurrentWidget(m_codePage);
            setFocusProxy(m_codePage);
            m_codePage->setFocus();
        }
        break;
    case State::Unlocked:
        break;
    }
}

void UnlockPage::onFailed(const Error& error)
{
    if (!m_session || m_session->state() != State::NeedPassword)
        return; // the code page shows it
    m_stack->setCurrentWidget(m_passwordPage);
    m_message->setText(error.message);
    m_message->setAccessibleDescription(error.message);
    m_message->show();
    if (error.code == ErrorCode::WrongPassword)
        m_password->selectForRetyping();
    else
        m_password->setFocus();
}

void UnlockPage::onUnlocked()
{
    std::unique_ptr<OpenVault> vault = m_session ? m_session->takeVault() : nullptr;
    if (m_session)
        m_session->takePasswordKey().reset(); // the window asks for the password again for changes
    if (!vault)
        return;
    m_twoFactorSetupRequired = m_session->twoFactorSetupRequired();
    const TwoFactorStatus status = m_session->twoFactorStatus();
    m_password->clear();
    hideAccountKey();
    m_message->hide();
    m_stack->setCurrentWidget(m_passwordPage);
    setFocusProxy(m_password);
    setBusy(false);
    appSettings().addRecentVault(m_path); // also the vault offered at the next start
    emit unlocked(std::shared_ptr<OpenVault>(std::move(vault)), status);
}

void UnlockPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_accountKey->setEnabled(!busy);
    m_openOther->setEnabled(!busy);
    m_recent->setEnabled(!busy);
    m_create->setEnabled(!busy);
    updateButtons();
    if (!busy && m_stack->currentWidget() == m_passwordPage)
        m_password->setFocus();
}

void UnlockPage::updateButtons()
{
    m_unlock->setEnabled(!isBusy() && !m_password->isEmpty() && !m_path.isEmpty() &&
                         (!isAskingForAccountKey() || !m_accountKey->text().trimmed().isEmpty()));
}

bool UnlockPage::isAskingForAccountKey() const
{
    return !m_accountKey->isHidden();
}

void UnlockPage::askForAccountKey()
{
    m_accountKeyLabel->show();
    m_accountKeyWhy->show();
    m_accountKey->show();
    updateButtons();
    // The refusal's sentence (failed()) comes first; the key is what to type next.
    QMetaObject::invokeMethod(
        this, [this] { m_accountKey->setFocus(); }, Qt::QueuedConnection);
}

void UnlockPage::hideAccountKey()
{
    QString key = m_accountKey->text();
    m_accountKey->clear();
    twofold::wipe(key);
    m_accountKeyLabel->hide();
    m_accountKeyWhy->hide();
    m_accountKey->hide();
}

} // namespace twofold
