#pragma once
// Waits for a delivery's QFuture<Status> on a signal with a deadline (never a fixed sleep).
#include "common/Result.h"

#include <QFutureWatcher>
#include <QSignalSpy>

namespace twofold::test {

inline Status awaitStatus(const QFuture<Status>& future, int deadlineMs = 20'000)
{
    QFutureWatcher<Status> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(deadlineMs))
        return Error(ErrorCode::Internal,
                     QStringLiteral("the delivery did not finish in %1 ms").arg(deadlineMs));
    return future.result();
}

} // namespace twofold::test
