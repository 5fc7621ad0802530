// ScreenLockWatcher on macOS: the distributed notification com.apple.screenIsLocked (posted
// when the screen locks, including before sleep when a password is required on wake), heard
// on the main queue, which Qt's Cocoa event loop runs. Foundation only: no AppKit in core.
#include "platform/ScreenLockWatcher.h"

#include <QPointer>

#import <Foundation/Foundation.h>

namespace twofold {

namespace {

class MacScreenLockListener : public QObject
{
public:
    explicit MacScreenLockListener(ScreenLockWatcher* owner) : QObject(owner)
    {
        QPointer<ScreenLockWatcher> target(owner);
        // The centre holds the returned token until removeObserver: (ARC or not).
        m_token =
            [[NSDistributedNotificationCenter defaultCenter] addObserverForName:@"com.apple.screenIsLocked"
                                                                         object:nil
                                                                          queue:[NSOperationQueue mainQueue]
                                                                     usingBlock:^(NSNotification*) {
                                                                       if (target)
                                                                           target->notifyLocked();
                                                                     }];
    }

    ~MacScreenLockListener() override
    {
        if (m_token)
            [[NSDistributedNotificationCenter defaultCenter] removeObserver:m_token];
    }

private:
    id m_token = nil;
};

} // namespace

bool ScreenLockWatcher::listen(ScreenLockWatcher* owner)
{
    new MacScreenLockListener(owner);
    return true;
}

} // namespace twofold
