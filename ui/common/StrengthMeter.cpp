#include "ui/common/StrengthMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace twofold {

namespace {
// Bar colours by zxcvbn score (0..4); refused passwords are always shown red.
QColor colourFor(const PasswordStrength& s)
{
    if (!s.acceptable || s.score <= 1)
        return QColor(0xc0, 0x39, 0x2b);
    if (s.score == 2)
        return QColor(0xd6, 0x8a, 0x10);
    if (s.score == 3)
        return QColor(0x5a, 0x9e, 0x2f);
    return QColor(0x2e, 0x7d, 0x32);
}
} // namespace

StrengthMeter::StrengthMeter(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_verdict(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_bar->setRange(0, 5);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Password strength"));
    m_verdict->setWordWrap(true);
    m_verdict->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_verdict->setAccessibleName(tr("Password strength verdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bar);
    layout->addWidget(m_verdict);
    display(PasswordStrength{}, true);
}

void StrengthMeter::setPassword(const QString& password, const QStringList& userWords)
{
    if (password.isEmpty()) {
        m_strength = PasswordStrength{};
        display(m_strength, true);
    } else {
        m_strength = ratePassword(password, userWords);
        display(m_strength, false);
    }
    emit rated(m_strength.acceptable);
}

QString StrengthMeter::verdictText() const
{
    return m_verdict->text();
}

void StrengthMeter::display(const PasswordStrength& s, bool empty)
{
    m_bar->setValue(empty ? 0 : s.score + 1);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, colourFor(s));
    m_bar->setPalette(palette);
    const QString text = empty ? tr("Use at least %n characters. A few unrelated words make a strong "
                                    "password that is easy to remember.",
                                    nullptr, kMinMasterPasswordLength)
                               : s.verdict;
    m_verdict->setText(text);
    m_bar->setAccessibleDescription(text);
    reserveRoom();
}

void StrengthMeter::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    reserveRoom();
}

void StrengthMeter::reserveRoom()
{
    const int width = m_verdict->width();
    if (width <= 0)
        return;
    if (width != m_reservedWidth) {
        m_reservedWidth = width;
        m_reservedHeight = 0;
    }
    m_reservedHeight = std::max(m_reservedHeight, m_verdict->heightForWidth(width));
    if (m_verdict->minimumHeight() != m_reservedHeight)
        m_verdict->setMinimumHeight(m_reservedHeight);
}

} // namespace twofold
