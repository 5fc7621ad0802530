#include "server/verifier/VerifierWorkers.h"

#include "server/storage/Database.h"
#include "server/verifier/ServerDelivery.h"

#include <QPointer>
#include <QSemaphore>

namespace twofold::server {

Result<std::unique_ptr<VerifierWorkers>>
VerifierWorkers::start(const DatabaseUrl& url, const QString& password, int count,
                       const AuthKeyHasher& hasher, const DeliverySettings& delivery, Clock& clock,
                       NewSignInNotifier notify, std::optional<TokenBucketRule> rate)
{
    auto workers = std::make_unique<VerifierWorkers>();
    QSemaphore ready;
    QMutex errorMutex;
    std::optional<Error> failed;
    for (int i = 0; i < std::max(1, count); ++i) {
        workers->m_threads.emplace_back([&, i, self = workers.get()] {
            Result<std::unique_ptr<Database>> db = Database::open(url, password);
            if (!db) {
                {
                    QMutexLocker lock(&errorMutex);
                    if (!failed)
                        failed = db.error();
                }
                ready.release();
                return;
            }
            ServerCodeSender sender(delivery, clock);
            ServerVerifierHost host(**db, hasher, sender, clock);
            host.setNewSignInNotifier(notify);
            SyncHost sync(**db, hasher);
            std::optional<TokenBucketStore> buckets;
            if (rate)
                buckets.emplace(**db, *rate);
            ready.release();
            // From here on only the queue is shared.
            for (;;) {
                Queued next;
                {
                    QMutexLocker lock(&self->m_mutex);
                    while (self->m_jobs.empty() && !self->m_stopping)
                        self->m_wake.wait(&self->m_mutex);
                    if (self->m_jobs.empty())
                        return;
                    next = std::move(self->m_jobs.front());
                    self->m_jobs.pop_front();
                }
                HostReply reply;
                std::optional<Result<BucketDecision>> decision;
                if (buckets && !next.client.isEmpty())
                    decision = buckets->take(next.client);
                if (decision && !*decision) {
                    reply = HostReply{
                        503, refusedReply(Refusal(ErrorCode::DeliveryFailed, RefusalReason::ServerRefused)),
                        QStringLiteral("rate-limit-unavailable")};
                } else if (decision && !(*decision)->allowed) {
                    Refusal busy(ErrorCode::DeliveryRateLimited, RefusalReason::ServerRefused);
                    busy.retryAfterMs = qint64((*decision)->retryAfterSeconds) * 1000;
                    reply = HostReply{429, refusedReply(busy), QStringLiteral("rate-limited"),
                                      (*decision)->retryAfterSeconds};
                } else if (next.syncJob) {
                    SyncOutcome outcome = next.syncJob(sync);
                    QMetaObject::invokeMethod(
                        self,
                        [done = std::move(next.syncDone), outcome = std::move(outcome)]() mutable {
                            done(std::move(outcome));
                        },
                        Qt::QueuedConnection);
                    continue;
                } else {
                    reply = next.job(host);
                }
                if (next.syncDone) {
                    SyncOutcome refused;
                    refused.reply = std::move(reply);
                    QMetaObject::invokeMethod(
                        self,
                        [done = std::move(next.syncDone), refused = std::move(refused)]() mutable {
                            done(std::move(refused));
                        },
                        Qt::QueuedConnection);
                    continue;
                }
                QMetaObject::invokeMethod(
                    self,
                    [done = std::move(next.done), reply = std::move(reply)]() mutable {
                        done(std::move(reply));
                    },
                    Qt::QueuedConnection);
            }
            (void)i;
        });
    }
    ready.acquire(int(workers->m_threads.size()));
    if (failed)
        return *failed; // the destructor stops the threads that did connect
    return workers;
}

VerifierWorkers::~VerifierWorkers()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    for (std::thread& thread : m_threads)
        if (thread.joinable())
            thread.join();
}

void VerifierWorkers::submit(const QString& client, Job job, Done done)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(Queued{client, std::move(job), std::move(done), {}, {}});
    }
    m_wake.wakeOne();
}

void VerifierWorkers::submitSync(const QString& client, SyncJob job, SyncDone done)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(Queued{client, {}, {}, std::move(job), std::move(done)});
    }
    m_wake.wakeOne();
}

} // namespace twofold::server
