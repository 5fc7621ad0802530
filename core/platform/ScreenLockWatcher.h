#pragma once
// ScreenLockWatcher: tells when the computer's screen locks or the computer goes to sleep, so
// an open vault can lock with it. One interface; CMake picks the file that listens to the OS
// (as SecretStore does): ScreenLockWatcher_dbus.cpp on Linux and the BSDs (the screen saver's
// ActiveChanged on the session bus, login1's PrepareForSleep and the session's Lock on the
// system bus), ScreenLockWatcher_win.cpp (WTS_SESSION_LOCK, suspend), ScreenLockWatcher_mac.mm
// (com.apple.screenIsLocked), ScreenLockWatcher_none.cpp elsewhere. Every source is optional:
// where none can be reached (no D-Bus in a container, CI) it listens to nothing, quietly.
#include <QObject>

namespace twofold {

class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    // Starts listening at once (on the calling thread, which must run an event loop).
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    ~ScreenLockWatcher() override;

    // True when at least one OS source could be listened to.
    bool isListening() const { return m_listening; }

public slots:
    // Reports a lock as the OS does: emits screenLocked(). The platform files call it; tests
    // call it to play the OS.
    void notifyLocked();

signals:
    // The screen locked, the session was locked, or the computer is about to sleep.
    void screenLocked();

private:
    // Defined once per OS: starts listening, with listeners made children of owner, and says
    // whether any source could be reached.
    static bool listen(ScreenLockWatcher* owner);

    bool m_listening = false;
};

} // namespace twofold
