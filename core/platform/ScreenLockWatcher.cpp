#include "platform/ScreenLockWatcher.h"

namespace twofold {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent) : QObject(parent)
{
    m_listening = listen(this);
}

ScreenLockWatcher::~ScreenLockWatcher() = default;

void ScreenLockWatcher::notifyLocked()
{
    emit screenLocked();
}

} // namespace twofold
