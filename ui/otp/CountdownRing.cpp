#include "ui/otp/CountdownRing.h"

#include "ui/otp/OtpColours.h"

#include <QPainter>
#include <QPen>

#include <algorithm>

namespace twofold {

CountdownRing::CountdownRing(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void CountdownRing::setSeconds(int secondsLeft, int total)
{
    m_total = std::max(total, 1);
    m_secondsLeft = std::clamp(secondsLeft, 0, m_total);
    update();
}

void CountdownRing::setWarning(bool warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    update();
}

QSize CountdownRing::sizeHint() const
{
    const int side = fontMetrics().height() * 2 + 4;
    return {side, side};
}

void CountdownRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal thickness = std::max<qreal>(2.0, height() / 9.0);
    const qreal side = std::min(width(), height()) - thickness;
    const QRectF ring((width() - side) / 2.0, (height() - side) / 2.0, side, side);

    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.15f);
    painter.setPen(QPen(track, thickness));
    painter.drawEllipse(ring);

    const QColor colour = m_warning ? otpWarningColour() : palette().color(QPalette::Highlight);
    QPen arc(colour, thickness);
    arc.setCapStyle(Qt::FlatCap);
    painter.setPen(arc);
    // From twelve o'clock, clockwise (Qt angles are counter-clockwise in 1/16 degree).
    const int span = -int(360.0 * 16.0 * m_secondsLeft / m_total);
    painter.drawArc(ring, 90 * 16, span);

    painter.setPen(m_warning ? colour : palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignCenter, QString::number(m_secondsLeft));
}

} // namespace twofold
