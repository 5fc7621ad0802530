// What the account pages ask of core/auth: creating the account (ServerAccountCreation), the
// emergency kit, and the first sign-in to the new vault; signing in on a new computer
// (SignInSession with newComputer), with the shared code page.
#include "auth/AccountKey.h"
#include "auth/ServerAccount.h"
#include "auth/ServerLink.h"
#include "auth/SignInSession.h"
#include "ui/account/AccountSignInPage.h"
#include "ui/account/AccountText.h"
#include "ui/account/CreateAccountPage.h"
#include "ui/account/EmergencyKit.h"
#include "ui/account/EmergencyKitDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/signin/SignInText.h"
#include "vault/OpenVault.h"

#include <QLineEdit>

namespace twofold {

namespace {
ServerEndpoint endpointFor(const QUrl& url)
{
    // TWOFOLD_SERVER_CA (a private CA's PEM) is honoured, as for every server-mode vault.
    return ServerEndpoint::forHeaderUrl(ServerEndpoint::normalised(url));
}
} // namespace

// ---- creating an account ----

void CreateAccountPage::startCreation()
{
    const std::optional<QUrl> url = serverUrl();
    if (!url || m_creation || m_session)
        return;
    ServerAccountOptions options;
    options.server = endpointFor(*url);
    options.email = email();
    options.vaultPath = vaultPath();
    options.secretStore = m_options.secretStore;
    options.kdf = m_kdfOverride;
    auto* creation = new ServerAccountCreation(std::move(options), m_clock, m_random, this);
    m_creation = creation;
    connect(creation, &ServerAccountCreation::busyChanged, this, &CreateAccountPage::setBusy);
    connect(creation, &ServerAccountCreation::warning, this, &CreateAccountPage::warning);
    connect(creation, &ServerAccountCreation::failed, this, [this, creation](const Error& error) {
        m_pendingPassword.clear();
        creation->deleteLater();
        setBusy(false);
        showFailure(error.message);
    });
    connect(creation, &ServerAccountCreation::created, this, &CreateAccountPage::onCreated);
    m_pendingPassword = m_password->secret();
    if (!creation->create(m_password->secret())) {
        m_pendingPassword.clear();
        creation->deleteLater();
    }
}

void CreateAccountPage::onCreated()
{
    if (!m_creation)
        return;
    appSettings().addRecentVault(vaultPath());
    const QString server = m_creation->options().server.displayName();
    EmergencyKit kit(server, m_creation->options().email, m_creation->takeAccountKeyText());
    m_creation->deleteLater();
    clearSecrets();
    setBusy(true); // until the vault is open
    m_kitSaved = false;
    auto* dialog = new EmergencyKitDialog(std::move(kit), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_kit = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_kitSaved = true;
        finishIfReady();
    });
    dialog->open();
    // The first sign-in runs while the kit is read (Argon2id again, then the server's share).
    startFirstSignIn();
}

void CreateAccountPage::startFirstSignIn()
{
    auto* session = new SignInSession(vaultPath(), m_options, m_clock, m_random, this);
    m_session = session;
    const QString path = vaultPath();
    connect(session, &SignInSession::warning, this, &CreateAccountPage::warning);
    connect(session, &SignInSession::failed, this, [this, session, path](const Error& error) {
        if (session->state() != SignInSession::State::NeedPassword)
            return;
        m_pendingPassword.clear();
        session->deleteLater();
        setBusy(false);
        showFailure(error.message);
        if (m_kitSaved)
            emit signInRequested(path);
        else if (m_kit)
            connect(m_kit, &QDialog::finished, this, [this, path] { emit signInRequested(path); });
    });
    connect(session, &SignInSession::stateChanged, this, [this, session, path](SignInSession::State state) {
        // A brand-new account has no second factor; a code asked here is for the sign-in page.
        if (state == SignInSession::State::NeedSecondFactor || state == SignInSession::State::ChooseMethod) {
            session->deleteLater();
            setBusy(false);
            if (m_kitSaved)
                emit signInRequested(path);
            else if (m_kit)
                connect(m_kit, &QDialog::finished, this, [this, path] { emit signInRequested(path); });
        }
    });
    connect(session, &SignInSession::unlocked, this, [this, session] {
        m_opened = session->takeVault();
        session->takePasswordKey().reset();
        finishIfReady();
    });
    SecureBuffer password = std::move(m_pendingPassword);
    m_pendingPassword = SecureBuffer();
    session->submitPassword(std::move(password));
}

void CreateAccountPage::finishIfReady()
{
    if (!m_kitSaved || !m_opened || !m_session)
        return;
    const TwoFactorStatus status = m_session->twoFactorStatus();
    const bool setupRequired = m_session->twoFactorSetupRequired();
    m_session->deleteLater();
    setBusy(false);
    emit vaultOpened(std::shared_ptr<OpenVault>(std::move(m_opened)), status, setupRequired);
}

// ---- signing in on a new computer ----

void AccountSignInPage::startSignIn()
{
    const std::optional<QUrl> url = serverUrl();
    if (!url)
        return;
    std::shared_ptr<const AccountKey> key;
    if (!m_accountKey->text().trimmed().isEmpty()) {
        Result<AccountKey> parsed = AccountKey::parse(m_accountKey->text());
        if (!parsed)
            return showFailure(parsed.error().message);
        key = std::make_shared<const AccountKey>(std::move(parsed).value());
    }
    dropSession();
    SignInOptions options = m_options;
    options.accountKey = key;
    options.newComputer = NewComputerSignIn{endpointFor(*url), email(), key};
    auto* session = new SignInSession(vaultPath(), std::move(options), m_clock, m_random, this);
    m_session = session;
    connect(session, &SignInSession::busyChanged, this, [this](bool busy) {
        if (m_session && m_session->state() == SignInSession::State::NeedPassword)
            setBusy(busy);
    });
    connect(session, &SignInSession::stateChanged, this, &AccountSignInPage::onStateChanged);
    connect(session, &SignInSession::failed, this, [this](const Error& error) {
        if (!m_session || m_session->state() != SignInSession::State::NeedPassword)
            return; // the code page shows it
        setBusy(false);
        showPasswordPage();
        showFailure(error.message);
    });
    connect(session, &SignInSession::accountKeyNeeded, this,
            [this] { askForAccountKey(AccountText::accountKeyNeeded()); });
    connect(session, &SignInSession::unlocked, this, &AccountSignInPage::onUnlocked);
    connect(session, &SignInSession::warning, this,
            [this](const QString& sentence) { m_banner->showMessage(sentence, MessageBanner::Kind::Error); });
    connect(session, &SignInSession::recoveryCodeUsed, this, [this](int left) {
        m_banner->showMessage(SignInText::recoveryCodeUsed(left), MessageBanner::Kind::Information);
        emit recoveryCodeUsed(left);
    });
    m_codePage->setSession(session);
    session->submitPassword(m_password->secret());
}

void AccountSignInPage::dropSession()
{
    m_codePage->setSession(nullptr);
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
}

void AccountSignInPage::onStateChanged(SignInSession::State state)
{
    switch (state) {
    case SignInSession::State::NeedPassword:
        setBusy(false);
        showPasswordPage();
        break;
    case SignInSession::State::NeedSecondFactor:
    case SignInSession::State::ChooseMethod:
    case SignInSession::State::LockedOut:
        setBusy(false);
        showCodePage();
        break;
    case SignInSession::State::Unlocked:
        break;
    }
}

void AccountSignInPage::onUnlocked()
{
    if (!m_session)
        return;
    std::unique_ptr<OpenVault> vault = m_session->takeVault();
    m_session->takePasswordKey().reset();
    if (!vault)
        return;
    const TwoFactorStatus status = m_session->twoFactorStatus();
    const bool setupRequired = m_session->twoFactorSetupRequired();
    QString key = m_accountKey->text();
    m_accountKey->clear();
    twofold::wipe(key);
    m_password->clear();
    setBusy(false);
    showPasswordPage();
    appSettings().addRecentVault(vault->path());
    emit vaultOpened(std::shared_ptr<OpenVault>(std::move(vault)), status, setupRequired);
}

} // namespace twofold
