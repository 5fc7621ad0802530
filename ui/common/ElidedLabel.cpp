#include "ui/common/ElidedLabel.h"

namespace twofold {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_full = text;
    setToolTip(text);
    setAccessibleDescription(text);
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return QSize(metrics.horizontalAdvance(QStringLiteral("/…/")) + metrics.averageCharWidth() * 12,
                 QLabel::minimumSizeHint().height());
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(fontMetrics().horizontalAdvance(m_full) + m.left() + m.right() + 2 * margin(),
                 QLabel::sizeHint().height());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int room = std::max(contentsRect().width() - 2 * margin() - 2, 0); // 2: rounding of the metrics
    const QFontMetrics metrics = fontMetrics();
    QString shown = m_full;
    if (metrics.horizontalAdvance(m_full) > room) {
        // The file name stays whole where it can: the folders give way first.
        const qsizetype cut = std::max(m_full.lastIndexOf(u'/'), m_full.lastIndexOf(u'\\')) + 1;
        const QString name = m_full.mid(cut);
        const int nameWidth = metrics.horizontalAdvance(name);
        if (cut > 0 && nameWidth < room)
            shown = metrics.elidedText(m_full.left(cut), Qt::ElideMiddle, room - nameWidth) + name;
        else
            shown = metrics.elidedText(m_full, Qt::ElideMiddle, room);
    }
    if (shown != text())
        QLabel::setText(shown);
}

} // namespace twofold
