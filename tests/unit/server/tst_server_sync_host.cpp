// SyncHost and RecordStore (API.md "Sync") on a real database: SQLite here, PostgreSQL through
// the harness in the _postgres build. The stored key is the pepper's hash, never the key; the
// per-account record limit counts new records only and refuses a push whole; two connections
// pushing on the same base at once get exactly one push written (the account's row lock); the
// request readers refuse every shape outside the contract.
#include "TestDatabase.h"
#include "server/storage/AccountStore.h"
#include "server/storage/Migrations.h"
#include "server/sync/SyncHost.h"

#include <QCborArray>
#include <QCborValue>
#include <QSemaphore>

#include <atomic>
#include <thread>

using namespace twofold;
using namespace twofold::server;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray bytes(int n, char seed)
{
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = char(seed + i * 13);
    return out;
}

QCborMap record(const QByteArray& id, const QByteArray& data)
{
    QCborMap map;
    map.insert(k("id"), id);
    map.insert(k("data"), data);
    return map;
}

RefusalReason reasonOf(const HostReply& reply)
{
    return RefusalReason(reply.body.value(k("refusal")).toMap().value(k("reason")).toInteger());
}

} // namespace

class TestServerSyncHost : public QObject
{
    Q_OBJECT

    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    AuthKeyHasher m_hasher{SecureBuffer::fromBytes(QByteArray(32, 'p'))};
    const QString m_email = QStringLiteral("sync@example.org");
    const QByteArray m_key = bytes(32, 'K');
    qint64 m_account = 0;

    QCborMap envelope() const
    {
        QCborMap map;
        map.insert(k("v"), 1);
        map.insert(k("account"), m_email.toUtf8());
        map.insert(k("sync"), m_key);
        return map;
    }
    QCborMap pushBody(qint64 base, const QCborArray& records) const
    {
        QCborMap body = envelope();
        body.insert(k("base"), base);
        body.insert(k("records"), records);
        return body;
    }
    QCborMap pullBody(qint64 since) const
    {
        QCborMap body = envelope();
        body.insert(k("since"), since);
        return body;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_databases.setUp(&error), qPrintable(error));
    }

    void init()
    {
        m_url = m_databases.freshUrl();
        m_db = test::TestDatabase::open(m_url);
        QVERIFY(Migrations::migrate(*m_db).ok());
        AccountStore accounts(*m_db);
        Result<qint64> id = accounts.create(m_email, std::nullopt, m_hasher.hash("proof"));
        QVERIFY(id.ok());
        m_account = *id;
        SyncHost host(*m_db, m_hasher);
        QVERIFY(RecordStore(*m_db).setSyncKeyHash(m_account, host.syncKeyHash(m_key)).ok());
    }

    void theStoredKeyIsThePeppersHash()
    {
        Result<QByteArray> stored = RecordStore(*m_db).syncKeyHash(m_account);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 32);
        QVERIFY(!stored->contains(m_key));
        QCOMPARE(*stored, m_hasher.hash(QByteArrayLiteral("sync") + m_key));
        // Another pepper's host does not take the key.
        AuthKeyHasher otherPepper{SecureBuffer::fromBytes(QByteArray(32, 'q'))};
        SyncHost other(*m_db, otherPepper);
        QCOMPARE(reasonOf(other.pull(pullBody(0)).reply), RefusalReason::WrongPassword);
        SyncHost host(*m_db, m_hasher);
        QVERIFY(host.pull(pullBody(0)).reply.body.value(k("ok")).toBool());
    }

    // The limit counts records the account keeps (tombstones too): a push that would pass it
    // writes nothing; rewriting records it has, or one id twice, adds nothing.
    void theRecordLimitCountsNewRecordsOnly()
    {
        SyncLimits limits;
        limits.maxRecordsPerAccount = 3;
        SyncHost host(*m_db, m_hasher, limits);
        const QByteArray a = bytes(16, 'a'), b = bytes(16, 'b'), c = bytes(16, 'c'), d = bytes(16, 'd');
        SyncOutcome two = host.push(pushBody(0, {record(a, "1"), record(b, "2"), record(b, "2 again")}));
        QVERIFY(two.pushed);
        QCOMPARE(two.revision, 3);
        SyncOutcome over = host.push(pushBody(3, {record(c, "3"), record(d, "4")}));
        QVERIFY(!over.pushed);
        QCOMPARE(over.reply.status, 200);
        QCOMPARE(reasonOf(over.reply), RefusalReason::ServerRefused);
        QCOMPARE(over.reply.body.value(k("refusal")).toMap().value(k("code")).toInteger(),
                 int(ErrorCode::ServerRefused));
        SyncOutcome fits = host.push(pushBody(3, {record(a, "1b"), record(c, "3")}));
        QVERIFY(fits.pushed);
        QCOMPARE(fits.revision, 5);
        QVERIFY(!host.push(pushBody(5, {record(d, "4")})).pushed);
        const QCborArray all = host.pull(pullBody(0)).reply.body.value(k("records")).toArray();
        QCOMPARE(all.size(), 3);
        // Ascending rev: b (3), a rewritten (4), c (5).
        QCOMPARE(all.at(0).toMap().value(k("data")).toByteArray(), QByteArray("2 again"));
        QCOMPARE(all.at(1).toMap().value(k("data")).toByteArray(), QByteArray("1b"));
        QCOMPARE(all.at(1).toMap().value(k("rev")).toInteger(), 4);
    }

    // A long push (written 64 rows a statement) with ids repeated inside and across those
    // batches: every record gets its own revision in order, the last write of an id wins and
    // the account keeps each id once.
    void aLongPushWithRepeatedIdsKeepsTheLastWrite()
    {
        SyncLimits limits;
        limits.maxRecordsPerAccount = 148;
        SyncHost host(*m_db, m_hasher, limits);
        QCborArray records;
        QList<QByteArray> ids;
        for (int i = 0; i < 150; ++i) {
            QByteArray id = bytes(16, char(i));
            id[0] = char(i);
            id[1] = char(i >> 8);
            if (i == 70)
                id = ids.at(3);
            if (i == 100)
                id = ids.at(99);
            ids.append(id);
            records.append(record(id, QByteArray::number(i)));
        }
        const SyncOutcome out = host.push(pushBody(0, records));
        QVERIFY2(out.pushed, qPrintable(out.reply.body.toCborValue().toDiagnosticNotation()));
        const QCborArray revs = out.reply.body.value(k("revs")).toArray();
        QCOMPARE(revs.size(), 150);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(revs.at(i).toInteger(), i + 1);
        QCborMap all = pullBody(0);
        const QCborArray pulled = host.pull(all).reply.body.value(k("records")).toArray();
        QCOMPARE(pulled.size(), 148);
        QHash<QByteArray, QByteArray> byId;
        for (const QCborValue& r : pulled)
            byId.insert(r.toMap().value(k("id")).toByteArray(), r.toMap().value(k("data")).toByteArray());
        QCOMPARE(byId.value(ids.at(3)), QByteArray("70"));
        QCOMPARE(byId.value(ids.at(99)), QByteArray("100"));
        QCOMPARE(byId.value(ids.at(149)), QByteArray("149"));
        // 148 records kept: the limit is reached, one more new id is refused.
        QCOMPARE(reasonOf(host.push(pushBody(150, {record(bytes(16, 'z'), "new")})).reply),
                 RefusalReason::ServerRefused);
        QVERIFY(host.push(pushBody(150, {record(ids.at(5), "again")})).pushed);
    }

    // Two connections push on the same base at the same moment, many times: each round exactly
    // one is written and the other is told SyncStale with the winner's revision.
    void concurrentPushesOnOneBaseWriteExactlyOne()
    {
        const DatabaseUrl url = m_url;
        std::atomic<int> written{0}, stale{0}, other{0};
        constexpr int kRounds = 15;
        for (int round = 0; round < kRounds; ++round) {
            QSemaphore ready, go;
            std::vector<std::thread> threads;
            for (int t = 0; t < 2; ++t) {
                threads.emplace_back([&, t, round] {
                    std::unique_ptr<Database> db = test::TestDatabase::open(url);
                    SyncHost host(*db, m_hasher);
                    const QCborMap body =
                        pushBody(round, {record(bytes(16, char('A' + t)), QByteArray::number(round))});
                    ready.release();
                    go.acquire();
                    const SyncOutcome out = host.push(body);
                    if (out.pushed && out.revision == round + 1)
                        ++written;
                    else if (reasonOf(out.reply) == RefusalReason::SyncStale && out.revision == round + 1)
                        ++stale;
                    else
                        ++other;
                });
            }
            ready.acquire(2);
            go.release(2);
            for (std::thread& thread : threads)
                thread.join();
        }
        QCOMPARE(written.load(), kRounds);
        QCOMPARE(stale.load(), kRounds);
        QCOMPARE(other.load(), 0);
        SyncHost host(*m_db, m_hasher);
        QCOMPARE(host.pull(pullBody(0)).revision, kRounds);
    }

    void readersRefuseShapesOutsideTheContract_data()
    {
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<QCborMap>("body");
        QTest::addColumn<int>("reason");
        const auto base = [this] { return envelope(); };
        const auto with = [](QCborMap map, const char* key, const QCborValue& value) {
            map.insert(k(key), value);
            return map;
        };
        const int notUnderstood = int(RefusalReason::NotUnderstood);
        const QCborMap pull = with(base(), "since", 0);
        QTest::newRow("pull: a good one") << QByteArray("pull") << pull << -1;
        QTest::newRow("pull: no since") << QByteArray("pull") << base() << notUnderstood;
        QTest::newRow("pull: since negative")
            << QByteArray("pull") << with(base(), "since", -1) << notUnderstood;
        QTest::newRow("pull: since a string")
            << QByteArray("pull") << with(base(), "since", QStringLiteral("0")) << notUnderstood;
        QTest::newRow("pull: limit 0") << QByteArray("pull") << with(pull, "limit", 0) << notUnderstood;
        QTest::newRow("pull: limit 5001") << QByteArray("pull") << with(pull, "limit", 5001) << notUnderstood;
        QTest::newRow("pull: limit 5000") << QByteArray("pull") << with(pull, "limit", 5000) << -1;
        QTest::newRow("pull: an unknown key") << QByteArray("pull") << with(pull, "x", 1) << notUnderstood;
        QTest::newRow("pull: sync of 31 bytes")
            << QByteArray("pull") << with(pull, "sync", bytes(31, 's')) << notUnderstood;
        QTest::newRow("pull: account as text")
            << QByteArray("pull") << with(pull, "account", m_email) << notUnderstood;
        QTest::newRow("pull: version 2")
            << QByteArray("pull") << with(pull, "v", 2) << int(RefusalReason::VersionMismatch);
        const QCborMap push = with(base(), "base", 0);
        const QByteArray id = bytes(16, 'i');
        QTest::newRow("push: a good one")
            << QByteArray("push") << with(push, "records", QCborArray{record(id, "x")}) << -1;
        QTest::newRow("push: no records")
            << QByteArray("push") << with(push, "records", QCborArray{}) << notUnderstood;
        QTest::newRow("push: records not an array")
            << QByteArray("push") << with(push, "records", 1) << notUnderstood;
        QCborMap both = record(id, "x");
        both.insert(k("gone"), true);
        QTest::newRow("push: data and gone")
            << QByteArray("push") << with(push, "records", QCborArray{both}) << notUnderstood;
        QCborMap goneFalse;
        goneFalse.insert(k("id"), id);
        goneFalse.insert(k("gone"), false);
        QTest::newRow("push: gone false")
            << QByteArray("push") << with(push, "records", QCborArray{goneFalse}) << notUnderstood;
        QTest::newRow("push: empty data")
            << QByteArray("push") << with(push, "records", QCborArray{record(id, "")}) << notUnderstood;
        QTest::newRow("push: id of 15 bytes")
            << QByteArray("push") << with(push, "records", QCborArray{record(bytes(15, 'j'), "x")})
            << notUnderstood;
        QTest::newRow("push: data of 1 MiB + 1")
            << QByteArray("push")
            << with(push, "records", QCborArray{record(id, QByteArray(1024 * 1024 + 1, 'x'))})
            << int(RefusalReason::ServerRefused);
        QTest::newRow("push: no base")
            << QByteArray("push") << with(base(), "records", QCborArray{record(id, "x")}) << notUnderstood;
        QTest::newRow("wait: a good one") << QByteArray("wait") << with(base(), "since", 3) << -1;
        QTest::newRow("wait: a limit")
            << QByteArray("wait") << with(with(base(), "since", 3), "limit", 3) << notUnderstood;
    }

    void readersRefuseShapesOutsideTheContract()
    {
        QFETCH(QByteArray, route);
        QFETCH(QCborMap, body);
        QFETCH(int, reason);
        std::optional<Refusal> refused;
        if (route == "pull") {
            if (Answer<SyncPullRequest> r = readSyncPull(body); !r)
                refused = r.refusal();
        } else if (route == "push") {
            if (Answer<SyncPushRequest> r = readSyncPush(body); !r)
                refused = r.refusal();
        } else if (Answer<SyncWaitRequest> r = readSyncWait(body); !r) {
            refused = r.refusal();
        }
        QCOMPARE(refused ? int(refused->reason) : -1, reason);
    }
};

QTEST_GUILESS_MAIN(TestServerSyncHost)
#include "tst_server_sync_host.moc"
