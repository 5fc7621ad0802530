// SyncWaiters (core/server/sync) with real loopback connections and a poll the test answers
// itself: a change wakes exactly the waiters behind it, a poll's revisions wake waiters of
// other processes' pushes, the timeout answers with the revision as last seen, a closed
// connection drops its waiter (nothing left, nothing answered), and an account keeps at most
// kMaxPerAccount waits, the oldest answered first.
#include "server/sync/SyncWaiters.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace twofold;
using namespace twofold::server;

namespace {

// A connected pair: the client side (the test closes it) and the server side (the waiter's).
struct Connection
{
    std::unique_ptr<QTcpSocket> client;
    QTcpSocket* server = nullptr;
};

struct Answers
{
    QList<qint64> revisions;
    QStringList events;
    SyncWaiters::Answer add()
    {
        return [this](const HostReply& reply) {
            revisions.append(reply.body.value(QLatin1StringView("revision")).toInteger(-1));
            events.append(reply.event);
        };
    }
};

} // namespace

class TestSyncWaiters : public QObject
{
    Q_OBJECT

    QTcpServer m_listener;
    std::vector<Connection> m_connections;
    QList<QList<qint64>> m_polled;
    SyncWaiters::RevisionsDone m_pollDone;

    QTcpSocket* connect()
    {
        Connection c;
        c.client = std::make_unique<QTcpSocket>();
        c.client->connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
        if (!m_listener.waitForNewConnection(5'000))
            qFatal("no loopback connection");
        c.server = m_listener.nextPendingConnection();
        if (!c.client->waitForConnected(5'000))
            qFatal("the client did not connect");
        m_connections.push_back(std::move(c));
        return m_connections.back().server;
    }
    std::unique_ptr<SyncWaiters> make(int timeoutMs = 60'000)
    {
        return std::make_unique<SyncWaiters>(
            timeoutMs, 20, [this](const QList<qint64>& ids, SyncWaiters::RevisionsDone done) {
                m_polled.append(ids);
                m_pollDone = std::move(done);
            });
    }

private slots:
    void initTestCase() { QVERIFY(m_listener.listen(QHostAddress::LocalHost)); }
    void init()
    {
        m_polled.clear();
        m_pollDone = {};
    }

    void aChangeWakesTheWaitersBehindIt()
    {
        auto waiters = make();
        Answers answers;
        waiters->hold(1, 5, 5, connect(), answers.add());
        waiters->hold(1, 7, 7, connect(), answers.add());
        waiters->hold(2, 5, 5, connect(), answers.add());
        QCOMPARE(waiters->count(), 3);
        waiters->revisionChanged(1, 6);
        QCOMPARE(answers.revisions, QList<qint64>{6});
        QCOMPARE(answers.events, QStringList{QStringLiteral("wait.changed")});
        QCOMPARE(waiters->count(), 2);
        waiters->revisionChanged(1, 6); // nothing new for the one at 7
        QCOMPARE(waiters->count(), 2);
    }

    void aPollWakesWaitersOfOtherProcessesPushes()
    {
        auto waiters = make();
        Answers answers;
        waiters->hold(3, 10, 10, connect(), answers.add());
        waiters->hold(4, 2, 2, connect(), answers.add());
        QTRY_VERIFY_WITH_TIMEOUT(m_pollDone != nullptr, 5'000);
        QCOMPARE(m_polled.size(), 1);
        QList<qint64> asked = m_polled.first();
        std::sort(asked.begin(), asked.end());
        QCOMPARE(asked, (QList<qint64>{3, 4}));
        m_pollDone({{3, 10}, {4, 3}});
        QCOMPARE(answers.revisions, QList<qint64>{3});
        QCOMPARE(waiters->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_polled.size(), 2, 5'000);
        QCOMPARE(m_polled.last(), QList<qint64>{3});
    }

    void theTimeoutAnswersWithTheRevisionLastSeen()
    {
        auto waiters = make(150);
        Answers answers;
        waiters->hold(5, 8, 8, connect(), answers.add());
        QTRY_COMPARE_WITH_TIMEOUT(answers.revisions, QList<qint64>{8}, 5'000);
        QCOMPARE(answers.events, QStringList{QStringLiteral("wait.timeout")});
        QCOMPARE(waiters->count(), 0);
    }

    void aClosedConnectionDropsItsWaiter()
    {
        auto waiters = make(300);
        Answers answers;
        QStringList events;
        waiters->setEventSink([&events](const QString& event) { events.append(event); });
        QTcpSocket* server = connect();
        waiters->hold(6, 1, 1, server, answers.add());
        QCOMPARE(events, QStringList{QStringLiteral("wait.held")});
        m_connections.back().client->abort();
        QTRY_COMPARE_WITH_TIMEOUT(waiters->count(), 0, 5'000);
        QCOMPARE(events.last(), QStringLiteral("wait.dropped"));
        // A later waiter's timeout comes after the dropped one's would have: only it is answered.
        Answers later;
        waiters->hold(6, 1, 1, connect(), later.add());
        QTRY_COMPARE_WITH_TIMEOUT(later.revisions, QList<qint64>{1}, 5'000);
        QVERIFY(answers.revisions.isEmpty());
        // No connection: nothing is held.
        waiters->hold(6, 1, 1, nullptr, answers.add());
        QCOMPARE(waiters->count(), 0);
    }

    void anAccountKeepsTheNewestWaits()
    {
        auto waiters = make();
        Answers answers;
        for (int i = 0; i < SyncWaiters::kMaxPerAccount; ++i)
            waiters->hold(7, 4, 4, connect(), answers.add());
        QCOMPARE(waiters->count(), SyncWaiters::kMaxPerAccount);
        QVERIFY(answers.revisions.isEmpty());
        waiters->hold(7, 4, 4, connect(), answers.add());
        QCOMPARE(waiters->count(), SyncWaiters::kMaxPerAccount);
        QCOMPARE(answers.revisions, QList<qint64>{4});
        QCOMPARE(answers.events, QStringList{QStringLiteral("wait.replaced")});
        waiters->hold(8, 4, 4, connect(), answers.add()); // another account is not limited by it
        QCOMPARE(waiters->count(), SyncWaiters::kMaxPerAccount + 1);
        waiters->revisionChanged(7, 5);
        QCOMPARE(answers.revisions.size(), 1 + SyncWaiters::kMaxPerAccount);
        QCOMPARE(waiters->count(), 1);
    }

    void cleanup() { m_connections.clear(); }
};

QTEST_GUILESS_MAIN(TestSyncWaiters)
#include "tst_sync_waiters.moc"
