// SecurityPane: "This computer" — adding another computer to a server account, and signing
// this one out and forgetting it (DESIGN.md 11, issue 13).
#include "ui/preferences/SecurityPane.h"

#include "auth/ForgetComputer.h"
#include "auth/SignInSession.h"
#include "auth/TwoFactorSettings.h"
#include "platform/SecretStore.h"
#include "ui/account/AccountText.h"
#include "ui/account/AddComputerDialog.h"
#include "ui/account/SignOutDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/twofactor/TwoFactorDialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

QGroupBox* SecurityPane::makeComputersBox()
{
    auto* box = new QGroupBox(tr("This computer"), this);
    box->setObjectName(QStringLiteral("computers"));
    m_computersNote = new QLabel(box);
    m_computersNote->setObjectName(QStringLiteral("computersNote"));
    m_computersNote->setWordWrap(true);
    m_computersNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addComputer = new QPushButton(tr("Add a &computer…"), box);
    m_addComputer->setObjectName(QStringLiteral("addComputer"));
    m_addComputer->setAccessibleName(tr("Add a computer"));
    m_signOut = new QPushButton(tr("Sign o&ut and forget this computer…"), box);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setAccessibleName(tr("Sign out and forget this computer"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addComputer);
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_computersNote);
    layout->addLayout(buttons);
    const VaultHeader& header = m_settings.vault().header();
    m_computersNote->setText(
        header.serverMode()
            ? tr("Signed in to %1 on %2. Add a computer shows what another computer needs to sign in too.")
                  .arg(header.serverAccount, header.serverUrl)
            : AccountText::addComputerLocalVault());
    connect(m_addComputer, &QPushButton::clicked, this, &SecurityPane::addComputer);
    connect(m_signOut, &QPushButton::clicked, this, &SecurityPane::signOutAndForget);
    return box;
}

AddComputerDialog* SecurityPane::addComputerDialog() const
{
    return m_addComputerDialog.data();
}

SignOutDialog* SecurityPane::signOutDialog() const
{
    return m_signOutDialog.data();
}

void SecurityPane::updateComputerButtons()
{
    const bool server = m_settings.vault().header().serverMode();
    const bool enabled = server && !m_settings.isBusy() && !m_signingOut;
    m_addComputer->setEnabled(enabled);
    m_signOut->setEnabled(enabled);
}

void SecurityPane::addComputer()
{
    m_banner->dismiss();
    if (!m_settings.vault().header().serverMode())
        return showError(AccountText::addComputerLocalVault());
    if (m_addComputerDialog) {
        m_addComputerDialog->raise();
        return;
    }
    auto* dialog = new AddComputerDialog(m_settings, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addComputerDialog = dialog;
    dialog->open();
}

void SecurityPane::signOutAndForget()
{
    m_banner->dismiss();
    if (Status allowed = checkCanForgetComputer(m_settings.vault().header()); !allowed)
        return showError(allowed.error().message);
    if (m_signOutDialog || m_signingOut)
        return;
    // Asked first, with no password: signing out works offline too. The password is asked only
    // when this computer is remembered on the server, to revoke that record.
    auto* dialog = new SignOutDialog(m_settings.vault(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signOutDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        m_signingOut = true;
        updateComputerButtons();
        const QString email = m_settings.vault().header().serverAccount;
        const auto finish = [this, email](Result<bool> revoked) {
            emit signOutRequested(revoked ? AccountText::signedOut(email)
                                          : AccountText::signedOutNotRevoked(email, revoked.error().message));
        };
        SecretStore* store = m_settings.secretStore();
        if (!store)
            return finish(false);
        store->load(
            SignInSession::secretStoreService(),
            SignInSession::trustedTokenKey(m_settings.vault().header().vaultId), this,
            [this, store, finish](Result<SecureBuffer> token) {
                if (!token)
                    return finish(false); // not remembered: nothing on the server to revoke
                QPointer<SecurityPane> self(this);
                withConfirmedPassword(
                    m_settings, window(),
                    [self, store, finish] {
                        if (self)
                            revokeThisComputer(self->m_settings, store, self, finish);
                    },
                    [finish] { finish(Error(ErrorCode::WrongPassword, AccountText::passwordNotGiven())); });
            });
    });
    dialog->open();
}

} // namespace twofold
