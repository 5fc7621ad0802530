#include "ui/common/GrowWithContent.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace twofold {

namespace {

class ContentGrower : public QObject
{
public:
    explicit ContentGrower(QWidget* window) : QObject(window), m_window(window) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (watched == m_window && (type == QEvent::LayoutRequest || type == QEvent::Show))
            grow();
        return false;
    }

private:
    void grow()
    {
        QLayout* layout = m_window->layout();
        if (!layout || m_growing)
            return;
        m_growing = true;
        layout->activate();
        QSize wanted = m_window->size().expandedTo(layout->totalMinimumSize());
        if (layout->hasHeightForWidth())
            wanted.setHeight(std::max(wanted.height(), layout->totalHeightForWidth(wanted.width())));
        wanted = wanted.boundedTo(m_window->maximumSize());
        if (wanted != m_window->size())
            m_window->resize(wanted);
        m_growing = false;
    }

    QWidget* m_window;
    bool m_growing = false;
};

} // namespace

void growWithContent(QWidget* window)
{
    window->installEventFilter(new ContentGrower(window));
}

} // namespace twofold
