#include "ui/twofactor/RecoveryCodesDialog.h"

#include "ui/common/GrowWithContent.h"
#include "ui/twofactor/RecoveryCodesPanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

RecoveryCodesDialog::RecoveryCodesDialog(TwoFactorSettings::RecoveryCodes codes, QWidget* parent)
    : QDialog(parent), m_panel(new RecoveryCodesPanel(this))
{
    setWindowTitle(tr("Recovery codes"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    m_panel->setCodes(std::move(codes));

    auto* buttons = new QDialogButtonBox(this);
    m_done = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setAccessibleName(tr("Done"));
    m_done->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(buttons);

    connect(m_panel, &RecoveryCodesPanel::savedChanged, m_done, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_panel->copyButton()->setFocus();
    growWithContent(this);
}

void RecoveryCodesDialog::done(int result)
{
    if (!m_panel->isSaved()) {
        m_panel->savedCheckBox()->setFocus(); // the codes are shown once: keep them first
        return;
    }
    m_panel->wipeCodes();
    QDialog::done(result == Rejected ? Accepted : result);
}

} // namespace twofold
