#include "ui/common/PasswordField.h"

#include "ui/common/UiResources.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace twofold {

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_reveal->setToolButtonStyle(Qt::ToolButtonIconOnly);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &PasswordField::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &PasswordField::returnPressed);
    connect(m_reveal, &QToolButton::toggled, this, &PasswordField::setRevealed);
    setAccessibleNames(tr("Password"));
    setRevealed(false);
}

SecureBuffer PasswordField::secret() const
{
    return SecureBuffer::fromUtf8(m_edit->text());
}

void PasswordField::setSecret(const SecureBuffer& utf8)
{
    QString text = utf8.toStringUnsafe();
    m_edit->setText(text);
    wipe(text);
}

bool PasswordField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

void PasswordField::clear()
{
    m_edit->clear();
    setRevealed(false);
}

void PasswordField::selectForRetyping()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void PasswordField::setAccessibleNames(const QString& name)
{
    m_name = name;
    m_edit->setAccessibleName(name);
    setRevealed(isRevealed()); // renames the button
}

void PasswordField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

bool PasswordField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void PasswordField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
    m_reveal->setIcon(uiIcon(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(revealed ? tr("Hide the password") : tr("Show the password"));
    m_reveal->setAccessibleName(revealed ? tr("Hide %1").arg(m_name) : tr("Show %1").arg(m_name));
}

} // namespace twofold
