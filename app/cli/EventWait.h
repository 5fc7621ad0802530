#pragma once
// Waiting, in twofold-cli, for the asynchronous parts of core/auth (SignInSession,
// TwoFactorSettings): the event loop runs until a condition holds or a deadline passes. Nothing
// sleeps: each wait wakes on the next event (a reply, a signal, or the deadline's own timer).
#include "common/Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace twofold::cli {

// How long one step (a password check, a code sent, a code checked, a save) may take.
inline constexpr int kStepDeadlineMs = 120'000;

// Runs events until done() is true (checked after every event) or deadlineMs pass; returns
// done().
inline bool runEventsUntil(const std::function<bool()>& done, int deadlineMs = kStepDeadlineMs)
{
    QDeadlineTimer deadline(deadlineMs);
    QTimer wake; // posts an event at the deadline, so the wait below returns
    wake.setSingleShot(true);
    wake.start(deadlineMs);
    QEventLoop loop;
    while (!done() && !deadline.hasExpired())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

// The sentence for a step that did not finish in time.
inline Error stepTimedOut()
{
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate(
                     "Twofold::Cli", "Twofold gave up waiting after two minutes; nothing more was done."));
}

// Starts an asynchronous call whose callback takes Result<T> (start(callback)) and waits for
// the callback. The result is shared so a late callback (after a timeout) touches nothing gone.
template <typename T, typename Start> Result<T> awaitResult(Start start, int deadlineMs = kStepDeadlineMs)
{
    auto out = std::make_shared<std::optional<Result<T>>>();
    start([out](Result<T> r) { out->emplace(std::move(r)); });
    if (!runEventsUntil([&] { return out->has_value(); }, deadlineMs))
        return stepTimedOut();
    return std::move(**out);
}

} // namespace twofold::cli
