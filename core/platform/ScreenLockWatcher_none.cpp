// ScreenLockWatcher on a system Twofold has no screen-lock source for: nothing to listen to.
#include "platform/ScreenLockWatcher.h"

namespace twofold {

bool ScreenLockWatcher::listen(ScreenLockWatcher*)
{
    return false;
}

} // namespace twofold
