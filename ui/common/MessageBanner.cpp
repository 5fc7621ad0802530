#include "ui/common/MessageBanner.h"

#include "ui/common/UiResources.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace twofold {

namespace {
// base moved amount (0..1) of the way towards hue.
QColor blend(const QColor& base, const QColor& hue, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (hue.redF() - base.redF()) * amount),
                            float(base.greenF() + (hue.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (hue.blueF() - base.blueF()) * amount));
}
} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon->setPixmap(uiIcon(QStringLiteral("warning")).pixmap(16, 16));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Message"));
    m_close->setIcon(uiIcon(QStringLiteral("close"), QStringLiteral("window-close")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    m_close->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind, const QString& actionText)
{
    // A tint of the theme's own window colour, so the text keeps its contrast in light and
    // dark themes alike: reddish for errors, bluish for information.
    QPalette p = QGuiApplication::palette();
    const QColor hue = kind == Kind::Error ? QColor(0xd9, 0x30, 0x25) : QColor(0x1a, 0x73, 0xe8);
    p.setColor(QPalette::Window, blend(p.color(QPalette::Window), hue, 0.14));
    setPalette(p);
    m_icon->setVisible(kind == Kind::Error);
    m_text->setText(text);
    setAccessibleDescription(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBanner::dismiss()
{
    hide();
    m_text->clear();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace twofold
