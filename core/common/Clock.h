#pragma once
// Time is injected: anything that reads the clock takes a Clock&, with systemClock() as the
// production default, so tests are exact (ManualClock).
#include <QtGlobal>

namespace twofold {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
    qint64 nowSeconds() const { return nowMs() / 1000; }
};

// The wall clock.
Clock& systemClock();

// A clock that moves only when told to. For tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void setSeconds(qint64 s) { m_ms = s * 1000; }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceSeconds(qint64 s) { m_ms += s * 1000; }

private:
    qint64 m_ms;
};

} // namespace twofold
