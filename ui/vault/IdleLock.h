#pragma once
// IdleLock: asks for the vault to lock after appSettings().autoLockMinutes() without keyboard,
// mouse, wheel or touch use anywhere in the application (0 = never). It watches input with an
// event filter on qApp and compares times from an injected Clock; a coarse timer calls check()
// every few seconds, so the lock comes at most that late. Tests advance a ManualClock and call
// check() themselves: nothing waits for real time.
#include "common/Clock.h"

#include <QObject>
#include <QTimer>

namespace twofold {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 5'000;

    // Starts watching now (the last input is "now"); re-reads the minutes whenever the
    // application's settings change.
    explicit IdleLock(Clock& clock = systemClock(), QObject* parent = nullptr);
    ~IdleLock() override;

    // Minutes of idleness before idle() (0: never), as last read from the settings.
    int minutes() const { return m_minutes; }
    // Milliseconds since the Unix epoch of the last input seen.
    qint64 lastInputMs() const { return m_lastInputMs; }
    // Counts as input: the idle time starts again.
    void reset();
    // Emits idle() when the idle time has run out (and restarts it, so it fires once per
    // idle stretch). Does nothing while stopped or when the setting is 0.
    void check();
    // Stops / restarts watching (a locked window has nothing to lock).
    void stop();
    void start();
    bool isRunning() const { return m_running; }

signals:
    // Nobody used the application for minutes(): lock now.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readSettings();

    Clock* m_clock;
    QTimer m_timer;
    qint64 m_lastInputMs = 0;
    int m_minutes = 0;
    bool m_running = false;
};

} // namespace twofold
