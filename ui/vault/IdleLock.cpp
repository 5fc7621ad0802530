#include "ui/vault/IdleLock.h"

#include "ui/common/AppSettings.h"

#include <QCoreApplication>
#include <QEvent>

namespace twofold {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleLock::IdleLock(Clock& clock, QObject* parent) : QObject(parent), m_clock(&clock)
{
    m_timer.setInterval(kCheckIntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    connect(&appSettings(), &AppSettings::changed, this, &IdleLock::readSettings);
    readSettings();
    start();
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::readSettings()
{
    m_minutes = appSettings().autoLockMinutes();
}

void IdleLock::reset()
{
    m_lastInputMs = m_clock->nowMs();
}

void IdleLock::start()
{
    reset();
    if (m_running)
        return;
    m_running = true;
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_timer.start();
}

void IdleLock::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::check()
{
    if (!m_running || m_minutes <= 0)
        return;
    const qint64 limitMs = qint64(m_minutes) * 60'000;
    if (m_clock->nowMs() - m_lastInputMs < limitMs)
        return;
    reset();
    emit idle();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type()))
        m_lastInputMs = m_clock->nowMs();
    return QObject::eventFilter(watched, event);
}

} // namespace twofold
