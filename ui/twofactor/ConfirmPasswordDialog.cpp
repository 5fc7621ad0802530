#include "ui/twofactor/ConfirmPasswordDialog.h"

#include "auth/TwoFactorSettings.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

ConfirmPasswordDialog::ConfirmPasswordDialog(TwoFactorSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_password(new PasswordField(this)),
      m_banner(new MessageBanner(this)), m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Confirm master password"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto* prompt = wrappedLabel(tr("Enter your master password to change security settings."), this);
    prompt->setBuddy(m_password->lineEdit());
    m_prompt = prompt;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleNames(tr("Master password"));
    m_banner->setObjectName(QStringLiteral("message"));
    m_progress->setRange(0, 0); // indeterminate: Argon2id takes as long as it takes
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Checking the password"));
    m_progress->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Confirm"));
    m_ok->setAccessibleName(tr("Confirm the master password"));
    m_ok->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_password);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);

    connect(m_password, &PasswordField::edited, this, [this] {
        m_banner->dismiss();
        updateButtons();
    });
    connect(m_password, &PasswordField::returnPressed, this, &ConfirmPasswordDialog::confirm);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmPasswordDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->lineEdit()->setFocus();
    updateButtons();
    growWithContent(this);
}

void ConfirmPasswordDialog::confirm()
{
    if (m_busy || m_password->isEmpty())
        return;
    m_banner->dismiss();
    setBusy(true);
    QPointer<ConfirmPasswordDialog> self(this);
    m_settings.confirmPassword(m_password->secret(), [self](Status status) {
        if (!self)
            return;
        self->setBusy(false);
        if (status) {
            self->m_password->clear();
            self->accept();
            return;
        }
        self->m_banner->showMessage(status.error().message);
        self->m_password->selectForRetyping();
    });
}

void ConfirmPasswordDialog::setPrompt(const QString& prompt)
{
    m_prompt->setText(prompt);
}

QString ConfirmPasswordDialog::message() const
{
    return m_banner->text();
}

void ConfirmPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_password->setEnabled(!busy);
    updateButtons();
}

void ConfirmPasswordDialog::updateButtons()
{
    m_ok->setEnabled(!m_busy && !m_password->isEmpty());
}

} // namespace twofold
