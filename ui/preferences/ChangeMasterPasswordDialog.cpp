#include "ui/preferences/ChangeMasterPasswordDialog.h"

#include "auth/TwoFactorSettings.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"
#include "ui/twofactor/TwoFactorDialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace twofold {

ChangeMasterPasswordDialog::ChangeMasterPasswordDialog(TwoFactorSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_new(new PasswordField(this)),
      m_repeat(new PasswordField(this)), m_meter(new StrengthMeter(this)), m_error(new QLabel(this)),
      m_change(new QPushButton(tr("C&hange password"), this))
{
    setWindowTitle(tr("Change master password"));
    setWindowModality(Qt::WindowModal);
    setObjectName(QStringLiteral("changeMasterPasswordDialog"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_new->setAccessibleNames(tr("New master password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setAccessibleNames(tr("New master password again"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Message"));
    m_error->hide();
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setDefault(true);

    auto* intro = new QLabel(tr("Every remembered computer will be asked for a code again. Your methods, "
                                "recovery codes and app passwords stay as they are."),
                             this);
    intro->setWordWrap(true);
    auto* newLabel = new QLabel(tr("&New password:"), this);
    newLabel->setBuddy(m_new->lineEdit());
    auto* repeatLabel = new QLabel(tr("&Again:"), this);
    repeatLabel->setBuddy(m_repeat->lineEdit());
    auto* form = new QFormLayout;
    form->addRow(newLabel, m_new);
    form->addRow(QString(), m_meter);
    form->addRow(repeatLabel, m_repeat);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_change, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_new, &PasswordField::edited, this, [this] {
        m_meter->setPassword(m_new->lineEdit()->text());
        updateState();
    });
    connect(m_repeat, &PasswordField::edited, this, &ChangeMasterPasswordDialog::updateState);
    connect(m_repeat, &PasswordField::returnPressed, this, &ChangeMasterPasswordDialog::change);
    connect(m_change, &QPushButton::clicked, this, &ChangeMasterPasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_settings, &TwoFactorSettings::busyChanged, this, &ChangeMasterPasswordDialog::updateState);
    m_meter->setPassword(QString());
    updateState();
    growWithContent(this);
}

QString ChangeMasterPasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangeMasterPasswordDialog::showError(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

void ChangeMasterPasswordDialog::updateState()
{
    const bool typed = !m_new->isEmpty() && !m_repeat->isEmpty();
    const bool same = m_new->lineEdit()->text() == m_repeat->lineEdit()->text();
    if (typed && !same)
        showError(tr("The two passwords are not the same."));
    else if (m_error->text() == tr("The two passwords are not the same."))
        showError(QString());
    m_change->setEnabled(typed && same && m_meter->acceptable() && !m_working && !m_settings.isBusy());
}

void ChangeMasterPasswordDialog::change()
{
    if (!m_change->isEnabled())
        return;
    auto secret = std::make_shared<SecureBuffer>(m_new->secret());
    m_working = true;
    showError(QString());
    updateState();
    QPointer<ChangeMasterPasswordDialog> self(this);
    withConfirmedPassword(m_settings, this, [self, secret] {
        if (!self)
            return;
        self->m_settings.changeMasterPassword(std::move(*secret), [self](Status changed) {
            if (!self)
                return;
            self->m_working = false;
            self->updateState();
            if (!changed) {
                self->showError(changed.error().message);
                return self->m_new->selectForRetyping();
            }
            self->m_new->clear();
            self->m_repeat->clear();
            self->accept();
        });
    });
    // Cancelling the password dialog leaves the fields as they were.
    if (!m_settings.passwordConfirmed()) {
        m_working = false;
        updateState();
    }
}

} // namespace twofold
