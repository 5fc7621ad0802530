#include "ui/common/PasswordField.h"

#include "ui/common/UiResources.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold {

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this)),
      m_capsLock(new QLabel(this))
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    column->addLayout(layout);
    column->addWidget(m_capsLock);
    m_capsLock->setText(tr("Caps Lock is on"));
    m_capsLock->setAccessibleName(tr("Caps Lock is on"));
    m_capsLock->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_capsLock->hide();
    m_edit->installEventFilter(this);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    // Tab goes from the field to the next field, not to this button: Ctrl+H shows and hides.
    m_reveal->setFocusPolicy(Qt::ClickFocus);
    auto* toggle = new QAction(m_edit);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this] { setRevealed(!isRevealed()); });
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

bool PasswordField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        // Only a cased letter is evidence: digits, symbols and keys without text say nothing.
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).isUpper() != text.at(0).isLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            setCapsLockWarning(text.at(0).isUpper() != shift);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PasswordField::setCapsLockWarning(bool shown)
{
    if (m_capsLockOn == shown)
        return;
    m_capsLockOn = shown;
    m_capsLock->setVisible(shown);
    emit capsLockWarningChanged(shown);
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
    const QString key = QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText);
    m_reveal->setToolTip((revealed ? tr("Hide the password") : tr("Show the password")) +
                         QStringLiteral(" (%1)").arg(key));
    m_reveal->setAccessibleName(revealed ? tr("Hide %1").arg(m_name) : tr("Show %1").arg(m_name));
}

} // namespace twofold
