#include "ui/account/SignOutDialog.h"

#include "sync/SyncMerge.h"
#include "ui/account/AccountText.h"
#include "ui/common/GrowWithContent.h"
#include "ui/twofactor/TwoFactorWidgets.h"
#include "vault/OpenVault.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

SignOutDialog::SignOutDialog(const OpenVault& vault, QWidget* parent)
    : QDialog(parent), m_pending(sync::pendingCount(vault.vault())), m_text(wrappedLabel(QString(), this)),
      m_warning(wrappedLabel(QString(), this)), m_forget(new QPushButton(tr("Sign out and &forget"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Sign out and forget this computer"));
    setWindowModality(Qt::WindowModal);
    m_text->setObjectName(QStringLiteral("what"));
    m_text->setText(AccountText::signOutExplained(vault.header().serverAccount, vault.header().serverUrl));
    m_text->setAccessibleName(tr("What signing out does"));
    m_warning->setObjectName(QStringLiteral("pending"));
    m_warning->setAccessibleName(tr("Changes not synced"));
    m_warning->setText(m_pending > 0 ? AccountText::signOutLosesChanges(m_pending) : QString());
    m_warning->setVisible(m_pending > 0);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_forget->setObjectName(QStringLiteral("forget"));
    m_forget->setAccessibleName(tr("Sign out and forget this computer"));
    m_forget->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setDefault(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    connect(m_forget, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_cancel->setFocus();
    growWithContent(this);
}

QString SignOutDialog::text() const
{
    return m_text->text();
}

QString SignOutDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

} // namespace twofold
