#pragma once
// Internal to core/auth: slow work (Argon2id, files, delivery) off the calling thread.
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <type_traits>

namespace twofold {

// Runs work() on the global thread pool and hands its result to done(result) on receiver's
// thread: always later (a queued event, never inside this call) and not at all once receiver
// is destroyed. work and its result may be move-only.
template <typename Work, typename Done> void runOffThread(QObject* receiver, Work work, Done done)
{
    using R = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<R>>();
    auto promise = std::make_shared<QPromise<void>>();
    auto* watcher = new QFutureWatcher<void>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, result, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(std::move(**result));
                     });
    watcher->setFuture(promise->future());
    auto task = std::make_shared<Work>(std::move(work));
    QThreadPool::globalInstance()->start([promise, result, task] {
        promise->start();
        result->emplace((*task)());
        promise->finish();
    });
}

} // namespace twofold
