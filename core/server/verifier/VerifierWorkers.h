#pragma once
// The verifier routes' workers: a few threads, each with its own database connection (QtSql's
// one-connection-per-thread rule) and its own ServerVerifierHost, taking requests from one
// queue. The HTTP thread only parses, takes the client's token and answers; the database
// round trips, the row locks and blocking mail or SMS sends happen here, several at once, so
// one slow send or locked row does not hold up every other sign-in.
#include "common/Clock.h"
#include "common/Result.h"
#include "delivery/DeliverySettings.h"
#include "server/storage/AuthKeyHasher.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/TokenBucketStore.h"
#include "server/sync/SyncHost.h"
#include "server/verifier/ServerVerifierHost.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace twofold::server {

class VerifierWorkers final : public QObject
{
public:
    using Job = std::function<HostReply(ServerVerifierHost&)>;
    using Done = std::function<void(HostReply)>;
    // The sync routes' jobs (API.md "Sync") run on the same threads, on a SyncHost of their own.
    using SyncJob = std::function<SyncOutcome(SyncHost&)>;
    using SyncDone = std::function<void(SyncOutcome)>;

    // Starts count threads (≥ 1), each opening url with password and making its host; waits
    // until every one has connected. Refuses the first connection error. hasher, delivery and
    // clock must outlive the workers; notify runs on a worker thread. With rate, every job
    // first takes a token from its client's bucket (TokenBucketStore, on the worker's
    // connection): an empty bucket answers 429 with retryAfterSeconds, a database error 503.
    static Result<std::unique_ptr<VerifierWorkers>> start(const DatabaseUrl& url, const QString& password,
                                                          int count, const AuthKeyHasher& hasher,
                                                          const DeliverySettings& delivery, Clock& clock,
                                                          NewSignInNotifier notify,
                                                          std::optional<TokenBucketRule> rate = std::nullopt);
    // Stops taking jobs, lets the running ones finish and joins the threads.
    ~VerifierWorkers() override;

    // Runs job for client on the next free worker; done is called on the thread that made the
    // workers.
    void submit(const QString& client, Job job, Done done);
    // The same for a sync job; with rate, a refused token answers with the same 429 or 503.
    // An empty client takes no token (the server's own revision polls).
    void submitSync(const QString& client, SyncJob job, SyncDone done);

    VerifierWorkers() = default;

private:
    void work(int index);

    QMutex m_mutex;
    QWaitCondition m_wake;
    struct Queued
    {
        QString client;
        Job job;
        Done done;
        SyncJob syncJob;
        SyncDone syncDone;
    };
    std::deque<Queued> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace twofold::server
