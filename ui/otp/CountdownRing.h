#pragma once
// CountdownRing: a small ring that empties as time runs out, with the seconds left in its
// middle, painted with QPainter (no images) so it is sharp at any DPI. Turns the warning
// colour when told to.
#include <QWidget>

namespace twofold {

class CountdownRing : public QWidget
{
    Q_OBJECT
public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // Shows secondsLeft of total (clamped to 0..total; total > 0).
    void setSeconds(int secondsLeft, int total);
    // Whether to paint in the warning colour (the code is about to change).
    void setWarning(bool warning);

    int secondsLeft() const { return m_secondsLeft; }
    int total() const { return m_total; }
    bool isWarning() const { return m_warning; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_secondsLeft = 0;
    int m_total = 30;
    bool m_warning = false;
};

} // namespace twofold
