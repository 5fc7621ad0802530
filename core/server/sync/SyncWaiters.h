#pragma once
// The open POST /v1/sync/wait requests of one server process (API.md "Sync"), on the HTTP
// thread. A waiter is answered {ok: true, revision} as soon as its account's revision passes
// the one it has, or at the timeout with the revision as last seen. A push on this process
// wakes its account's waiters at once (revisionChanged); a push on another process on the same
// database is found by polling the revisions of the waiting accounts only (one query per 64
// accounts, every pollMs while anyone waits), so it is answered within pollMs plus a query.
// A waiter whose connection closes is dropped. An account keeps at most kMaxPerAccount open:
// a new one answers the oldest (with its revision); beyond kMaxWaiters in all, a new wait is
// refused with ServerRefused (503).
#include "server/verifier/ServerVerifierHost.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <map>

namespace twofold::server {

class SyncWaiters final : public QObject
{
public:
    static constexpr int kWaitTimeoutMs = 25'000;
    static constexpr int kPollIntervalMs = 500;
    static constexpr int kMaxPerAccount = 16;
    static constexpr int kMaxWaiters = 20'000;

    using Answer = std::function<void(const HostReply&)>;
    using RevisionsDone = std::function<void(const QHash<qint64, qint64>&)>;
    // Reads the revisions of accountIds (on a worker) and calls done on this thread, always
    // (with nothing when the read fails: the next poll tries again).
    using Poll = std::function<void(const QList<qint64>& accountIds, RevisionsDone done)>;

    SyncWaiters(int timeoutMs, int pollMs, Poll poll, QObject* parent = nullptr);
    ~SyncWaiters() override;

    // Holds a wait of accountId (whose revision was revision when read, ≤ since) until the
    // revision passes since or timeoutMs pass; answer is called once (not at all when
    // connection closes first).
    void hold(qint64 accountId, qint64 since, qint64 revision, QTcpSocket* connection, Answer answer);
    // The account's revision is now revision: its waiters behind it are answered.
    void revisionChanged(qint64 accountId, qint64 revision);
    int count() const { return int(m_waiters.size()); }
    // Told "wait.held" for each wait held open and "wait.dropped" for each whose connection
    // closed first (the metrics' events).
    void setEventSink(std::function<void(const QString& event)> sink) { m_event = std::move(sink); }

private:
    struct Waiter
    {
        qint64 accountId = 0;
        qint64 since = 0;
        qint64 revision = 0;
        Answer answer;
        QTimer* timer = nullptr;
        QPointer<QTcpSocket> connection;
        QList<QMetaObject::Connection> links;
    };
    void finish(quint64 id, bool answer);
    void poll();

    int m_timeoutMs;
    Poll m_poll;
    std::function<void(const QString&)> m_event;
    QTimer m_pollTimer;
    bool m_polling = false;
    quint64 m_nextId = 1;
    std::map<quint64, Waiter> m_waiters; // ordered: the oldest first
    QMultiHash<qint64, quint64> m_byAccount;
};

} // namespace twofold::server
