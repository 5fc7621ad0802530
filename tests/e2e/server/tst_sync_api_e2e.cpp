// The sync routes of core/server/API.md ("Sync") on two real twofold-server processes sharing
// one database: an SQLite file (this build) or, built with TWOFOLD_TEST_POSTGRES, a real
// PostgreSQL (tests/e2e/server/postgres-harness.sh). Records are encrypted here with libsodium
// exactly as the client does (XChaCha20-Poly1305 under the vault key, AD = "twofold-sync-1" ‖
// vault id ‖ record id), so the scan of the server's database at the end looks for plaintexts
// whose bytes are known. Nothing sleeps: every wait is for a reply or a condition with a deadline.
#include "ServerProcess.h"
#include "auth/Messages.h"

#ifdef TWOFOLD_TEST_POSTGRES
#include "PostgresHarness.h"
#endif

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace twofold;
using namespace twofold::test;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(n));
    return out;
}

// A vault as a client holds it: the vault key, its id and the sync key derived from the key.
struct ClientVault
{
    QByteArray key = randomBytes(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    QByteArray id = randomBytes(16);

    QByteArray syncKey() const
    {
        QByteArray sync(32, Qt::Uninitialized);
        if (crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(sync.data()), 32, 4, "TFsync__",
                                       reinterpret_cast<const unsigned char*>(key.constData())) != 0)
            qFatal("crypto_kdf_derive_from_key failed");
        return sync;
    }
    // nonce ‖ XChaCha20-Poly1305(key, plaintext, AD = "twofold-sync-1" ‖ vault id ‖ record id)
    QByteArray seal(const QByteArray& recordId, const QByteArray& plaintext) const
    {
        const QByteArray ad = QByteArrayLiteral("twofold-sync-1") + id + recordId;
        QByteArray out = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
        QByteArray sealed(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
        unsigned long long length = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(sealed.data()), &length,
            reinterpret_cast<const unsigned char*>(plaintext.constData()), std::size_t(plaintext.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
            reinterpret_cast<const unsigned char*>(out.constData()),
            reinterpret_cast<const unsigned char*>(key.constData()));
        return out + sealed.left(qsizetype(length));
    }
};

QCborMap record(const QByteArray& id, const QByteArray& data)
{
    QCborMap map;
    map.insert(k("id"), id);
    map.insert(k("data"), data);
    return map;
}

QCborMap goneRecord(const QByteArray& id)
{
    QCborMap map;
    map.insert(k("id"), id);
    map.insert(k("gone"), true);
    return map;
}

RefusalReason reasonOf(const QCborMap& reply)
{
    return RefusalReason(reply.value(k("refusal")).toMap().value(k("reason")).toInteger());
}

// A request sent now, answered later: for waits that must be held open.
class Pending
{
public:
    Pending(QNetworkAccessManager& network, const QUrl& url, const QByteArray& body)
    {
        QNetworkRequest req(url);
        req.setTransferTimeout(60'000);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
        m_reply = network.post(req, body);
    }
    ~Pending() { m_reply->deleteLater(); }
    QNetworkReply* reply() const { return m_reply; }
    // Waits up to ms for the answer; its CBOR map, empty when none came.
    QCborMap wait(int ms)
    {
        if (!m_reply->isFinished()) {
            QSignalSpy finished(m_reply, &QNetworkReply::finished);
            if (!finished.wait(ms))
                return {};
        }
        return parseMessage(m_reply->readAll());
    }

private:
    QNetworkReply* m_reply = nullptr;
};

} // namespace

class TestSyncApiE2e : public QObject
{
    Q_OBJECT

#ifdef TWOFOLD_TEST_POSTGRES
    std::unique_ptr<PostgresHarness> m_postgres;
#endif
    QTemporaryDir m_dir;
    QString m_database;
    QString m_config;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerProcess> m_servers[2];
    std::unique_ptr<ServerProcess> m_fastClock; // --test-clock: a wait lasts 25 s / 100
    int m_accounts = 0;

    QUrl url(int server, const QString& path) const
    {
        const quint16 port = server == 2 ? m_fastClock->port() : m_servers[server]->port();
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
    HttpResult raw(int server, const QString& path, const QCborMap& body)
    {
        return post(m_network, url(server, path), body.toCborValue().toCbor());
    }
    QCborMap call(int server, const QString& path, const QCborMap& body)
    {
        return parseMessage(raw(server, path, body).body);
    }

    struct Account
    {
        QString email;
        ClientVault vault;
    };
    // A new account with its sync key, set at creation (API.md: POST /v1/accounts' sync).
    Account newAccount()
    {
        Account account;
        account.email = QStringLiteral("sync%1@example.org").arg(++m_accounts);
        QCborMap body;
        body.insert(k("email"), account.email);
        body.insert(k("proof"), randomBytes(32));
        body.insert(k("salt"), randomBytes(16));
        QCborMap limits;
        limits.insert(k("m"), 65536);
        limits.insert(k("t"), 3);
        body.insert(k("kdf"), limits);
        body.insert(k("keyset"), QByteArrayLiteral("keyset"));
        body.insert(k("sync"), account.vault.syncKey());
        const QCborMap created = call(0, QStringLiteral("/v1/accounts"), body);
        if (!created.value(k("ok")).toBool())
            qWarning("account not created: %s",
                     created.toCborValue().toDiagnosticNotation().toUtf8().constData());
        return account;
    }
    static QCborMap envelope(const Account& account, const QByteArray& sync = {})
    {
        QCborMap map;
        map.insert(k("v"), 1);
        map.insert(k("account"), account.email.toUtf8());
        map.insert(k("sync"), sync.isEmpty() ? account.vault.syncKey() : sync);
        return map;
    }
    QCborMap pull(int server, const Account& account, qint64 since, qint64 limit = 0)
    {
        QCborMap body = envelope(account);
        body.insert(k("since"), since);
        if (limit)
            body.insert(k("limit"), limit);
        return call(server, QStringLiteral("/v1/sync/pull"), body);
    }
    QCborMap pushBody(const Account& account, qint64 base, const QCborArray& records)
    {
        QCborMap body = envelope(account);
        body.insert(k("base"), base);
        body.insert(k("records"), records);
        return body;
    }
    QCborMap push(int server, const Account& account, qint64 base, const QCborArray& records)
    {
        return call(server, QStringLiteral("/v1/sync/push"), pushBody(account, base, records));
    }
    QCborMap waitBody(const Account& account, qint64 since)
    {
        QCborMap body = envelope(account);
        body.insert(k("since"), since);
        return body;
    }
    quint64 eventCount(int server, const QString& event)
    {
        const HttpResult metrics =
            request(m_network, QStringLiteral("GET"), url(server, QStringLiteral("/metrics")));
        const QRegularExpression line(QStringLiteral("twofold_verifier_events_total\\{event=\"%1\"\\} (\\d+)")
                                          .arg(QRegularExpression::escape(event)));
        const QRegularExpressionMatch found = line.match(QString::fromUtf8(metrics.body));
        return found.hasMatch() ? found.captured(1).toULongLong() : 0;
    }
    std::unique_ptr<ServerProcess> startServer(const QString& data, const QStringList& extra = {})
    {
        QByteArray why;
        QStringList args{QStringLiteral("--data"),
                         m_dir.filePath(data),
                         QStringLiteral("--database"),
                         m_database,
                         QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--insecure-http"),
                         QStringLiteral("--config"),
                         m_config,
                         QStringLiteral("--rate-capacity"),
                         QStringLiteral("10000"),
                         QStringLiteral("--rate-per-second"),
                         QStringLiteral("1000")};
        auto server = ServerProcess::start(args + extra, &why);
        if (!server)
            qWarning("server did not start: %s", why.constData());
        return server;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(m_dir.isValid());
#ifdef TWOFOLD_TEST_POSTGRES
        QString error;
        m_postgres = PostgresHarness::start(&error);
        QVERIFY2(m_postgres, qPrintable(error));
        m_database = m_postgres->createDatabase(QStringLiteral("sync"), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
#else
        m_database = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("shared.sqlite"));
#endif
        // One pepper for every process (as behind a load balancer), in their config file.
        m_config = m_dir.filePath(QStringLiteral("twofold-server.conf"));
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pepper = " + QByteArray(32, 'P').toBase64() + "\n");
        file.close();
        QFile::setPermissions(m_config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_servers[0] = startServer(QStringLiteral("data-0"));
        QVERIFY(m_servers[0]);
        m_servers[1] = startServer(QStringLiteral("data-1"));
        QVERIFY(m_servers[1]);
        m_fastClock = startServer(QStringLiteral("data-2"),
                                  {QStringLiteral("--test-clock"),
                                   QStringLiteral("%1:100").arg(QDateTime::currentMSecsSinceEpoch())});
        QVERIFY(m_fastClock);
    }

    // A new account pulls nothing at revision 0; a push gives each record the next revision in
    // request order; pulls page with `more` and `since` = the last record's rev, on either process.
    void pullPagesThroughEveryRecordWithMore()
    {
        const Account a = newAccount();
        QCborMap empty = pull(0, a, 0);
        QVERIFY2(empty.value(k("ok")).toBool(), qPrintable(empty.toCborValue().toDiagnosticNotation()));
        QCOMPARE(empty.value(k("revision")).toInteger(), 0);
        QCOMPARE(empty.value(k("records")).toArray().size(), 0);
        QCOMPARE(empty.value(k("more")).toBool(), false);

        QCborArray records;
        QList<QByteArray> ids;
        for (int i = 0; i < 12; ++i) {
            ids.append(randomBytes(16));
            records.append(
                record(ids.last(), a.vault.seal(ids.last(), QByteArray("entry ") + QByteArray::number(i))));
        }
        const QCborMap pushed = push(0, a, 0, records);
        QVERIFY(pushed.value(k("ok")).toBool());
        QCOMPARE(pushed.value(k("revision")).toInteger(), 12);
        const QCborArray revs = pushed.value(k("revs")).toArray();
        QCOMPARE(revs.size(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(revs.at(i).toInteger(), i + 1);

        qint64 since = 0;
        QList<QByteArray> seen;
        QList<bool> mores;
        for (int page = 0; page < 5; ++page) {
            const QCborMap got = pull(page % 2, a, since, 5);
            QVERIFY(got.value(k("ok")).toBool());
            QCOMPARE(got.value(k("revision")).toInteger(), 12);
            for (const QCborValue& r : got.value(k("records")).toArray()) {
                QVERIFY(r.toMap().value(k("rev")).toInteger() > since);
                since = r.toMap().value(k("rev")).toInteger();
                seen.append(r.toMap().value(k("id")).toByteArray());
                QCOMPARE(r.toMap().value(k("data")).toByteArray(),
                         records.at(seen.size() - 1).toMap().value(k("data")).toByteArray());
            }
            mores.append(got.value(k("more")).toBool());
            if (!mores.last())
                break;
        }
        QCOMPARE(mores, (QList<bool>{true, true, false}));
        QCOMPARE(seen, ids);
    }

    // A push is written whole or not at all: a bad record after good ones (an id of 17 bytes)
    // or one over 1 MiB writes none of them.
    void aPushIsAtomic()
    {
        const Account a = newAccount();
        QVERIFY(push(0, a, 0, {record(randomBytes(16), "x")}).value(k("ok")).toBool());
        QCborArray bad{record(randomBytes(16), "one"), record(randomBytes(16), "two"),
                       record(randomBytes(17), "three")};
        const HttpResult refused = raw(0, QStringLiteral("/v1/sync/push"), pushBody(a, 1, bad));
        QCOMPARE(refused.status, 400);
        QCOMPARE(reasonOf(parseMessage(refused.body)), RefusalReason::NotUnderstood);
        QCborArray big{record(randomBytes(16), "one"),
                       record(randomBytes(16), QByteArray(1024 * 1024 + 1, 'b'))};
        const QCborMap tooBig = push(1, a, 1, big);
        QCOMPARE(reasonOf(tooBig), RefusalReason::ServerRefused);
        QCOMPARE(pull(1, a, 0).value(k("revision")).toInteger(), 1);
        QCOMPARE(pull(1, a, 0).value(k("records")).toArray().size(), 1);
        // Exactly 1 MiB is taken, and the body (over 64 KiB) is fine on the sync routes.
        const QCborMap atLimit = push(1, a, 1, {record(randomBytes(16), QByteArray(1024 * 1024, 'c'))});
        QVERIFY(atLimit.value(k("ok")).toBool());
        QCOMPARE(atLimit.value(k("revision")).toInteger(), 2);
    }

    // Two computers push on the same base: the second is refused SyncStale (code 506) with the
    // current revision and writes nothing; a base ahead of the server is not understood.
    void aStalePushIsRefusedWithTheCurrentRevision()
    {
        const Account a = newAccount();
        const QByteArray id = randomBytes(16);
        QVERIFY(push(0, a, 0, {record(id, a.vault.seal(id, "first"))}).value(k("ok")).toBool());
        const QCborMap stale = push(1, a, 0, {record(id, a.vault.seal(id, "second"))});
        QCOMPARE(stale.value(k("ok")).toBool(), false);
        QCOMPARE(stale.value(k("refusal")).toMap().value(k("code")).toInteger(), 506);
        QCOMPARE(reasonOf(stale), RefusalReason::SyncStale);
        QCOMPARE(stale.value(k("revision")).toInteger(), 1);
        const QCborArray kept = pull(0, a, 0).value(k("records")).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).toMap().value(k("rev")).toInteger(), 1);
        const HttpResult ahead = raw(0, QStringLiteral("/v1/sync/push"), pushBody(a, 5, {record(id, "x")}));
        QCOMPARE(ahead.status, 400);
        QCOMPARE(reasonOf(parseMessage(ahead.body)), RefusalReason::NotUnderstood);
        // Pulled, merged, pushed again on the new base: written.
        QCOMPARE(push(1, a, 1, {record(id, a.vault.seal(id, "merged"))}).value(k("revision")).toInteger(), 2);
    }

    // A record removed for good becomes a tombstone {id, rev, gone: true}: its data is gone from
    // the server, and a computer that pulls after it learns of it.
    void goneLeavesATombstoneWithoutData()
    {
        const Account a = newAccount();
        const QByteArray id = randomBytes(16), other = randomBytes(16);
        QVERIFY(push(0, a, 0,
                     {record(id, a.vault.seal(id, "doomed")), record(other, a.vault.seal(other, "stays"))})
                    .value(k("ok"))
                    .toBool());
        const QCborMap gone = push(1, a, 2, {goneRecord(id)});
        QVERIFY(gone.value(k("ok")).toBool());
        QCOMPARE(gone.value(k("revs")).toArray().at(0).toInteger(), 3);
        const QCborArray after = pull(0, a, 2).value(k("records")).toArray();
        QCOMPARE(after.size(), 1);
        const QCborMap tomb = after.at(0).toMap();
        QCOMPARE(tomb.value(k("id")).toByteArray(), id);
        QCOMPARE(tomb.value(k("rev")).toInteger(), 3);
        QCOMPARE(tomb.value(k("gone")).toBool(), true);
        QVERIFY(!tomb.contains(k("data")));
        const QCborArray all = pull(0, a, 0).value(k("records")).toArray();
        QCOMPARE(all.size(), 2); // `other` at rev 2, the tombstone at rev 3
    }

    // A wrong sync key and an unknown email get the same bytes back, on every sync route; an
    // account created without a key gets one with SetSyncKey, once.
    void aWrongKeyAndAnUnknownEmailAreTheSameAnswer()
    {
        const Account a = newAccount();
        Account nobody;
        nobody.email = QStringLiteral("nobody-here@example.org");
        const QByteArray wrong = randomBytes(32);
        const QByteArray expected =
            refusedReply(Refusal(ErrorCode::WrongPassword, RefusalReason::WrongPassword))
                .toCborValue()
                .toCbor();
        for (const QString& route : {QStringLiteral("/v1/sync/pull"), QStringLiteral("/v1/sync/wait")}) {
            QCborMap withWrong = envelope(a, wrong);
            withWrong.insert(k("since"), 0);
            QCborMap unknown = envelope(nobody);
            unknown.insert(k("since"), 0);
            const HttpResult w = raw(0, route, withWrong), u = raw(1, route, unknown);
            QCOMPARE(w.status, 200);
            QCOMPARE(w.body, expected);
            QCOMPARE(u.body, w.body);
        }
        QCborMap wrongPush = pushBody(a, 0, {record(randomBytes(16), "x")});
        wrongPush.insert(k("sync"), wrong);
        const HttpResult wp = raw(0, QStringLiteral("/v1/sync/push"), wrongPush);
        const HttpResult up =
            raw(0, QStringLiteral("/v1/sync/push"), pushBody(nobody, 0, {record(randomBytes(16), "x")}));
        QCOMPARE(wp.body, expected);
        QCOMPARE(up.body, expected);
        QCOMPARE(pull(0, a, 0).value(k("revision")).toInteger(), 0);
    }

    void setSyncKeyIsTakenOnce()
    {
        const QString email = QStringLiteral("later@example.org");
        const QByteArray proof = randomBytes(32);
        QCborMap body;
        body.insert(k("email"), email);
        body.insert(k("proof"), proof);
        body.insert(k("salt"), randomBytes(16));
        QCborMap limits;
        limits.insert(k("m"), 65536);
        limits.insert(k("t"), 3);
        body.insert(k("kdf"), limits);
        body.insert(k("keyset"), QByteArrayLiteral("keyset"));
        QVERIFY(call(0, QStringLiteral("/v1/accounts"), body).value(k("ok")).toBool());
        Account a;
        a.email = email;
        QCOMPARE(reasonOf(pull(0, a, 0)), RefusalReason::WrongPassword); // no key yet
        SettingsRequest set(SettingsOp::SetSyncKey);
        set.secret = SecureBuffer::fromBytes(a.vault.syncKey());
        const QCborMap ok =
            call(1, QStringLiteral("/v1/verifier"), twofold::envelope(set.toCbor(), email.toUtf8(), proof));
        QVERIFY2(ok.value(k("ok")).toBool(), qPrintable(ok.toCborValue().toDiagnosticNotation()));
        QVERIFY(pull(0, a, 0).value(k("ok")).toBool());
        // The same key again is fine; another is refused and the first still works.
        QVERIFY(
            call(0, QStringLiteral("/v1/verifier"), twofold::envelope(set.toCbor(), email.toUtf8(), proof))
                .value(k("ok"))
                .toBool());
        SettingsRequest other(SettingsOp::SetSyncKey);
        other.secret = SecureBuffer::fromBytes(randomBytes(32));
        QCOMPARE(reasonOf(call(0, QStringLiteral("/v1/verifier"),
                               twofold::envelope(other.toCbor(), email.toUtf8(), proof))),
                 RefusalReason::AccountExists);
        QVERIFY(pull(1, a, 0).value(k("ok")).toBool());
        // Without the password's proof nothing is set.
        QCOMPARE(reasonOf(call(0, QStringLiteral("/v1/verifier"),
                               twofold::envelope(other.toCbor(), email.toUtf8(), randomBytes(32)))),
                 RefusalReason::WrongPassword);
    }

    // Bodies: over 16 MiB is refused 413 on a sync route (the connection closed: the client may
    // see the close first); over 64 KiB is still refused on the other routes.
    void bodyLimits()
    {
        const Account a = newAccount();
        QCborArray records;
        for (int i = 0; i < 17; ++i)
            records.append(record(randomBytes(16), QByteArray(1024 * 1024, char('a' + i))));
        const HttpResult huge = raw(0, QStringLiteral("/v1/sync/push"), pushBody(a, 0, records));
        QVERIFY2(huge.status == 413 || (huge.status == 0 && huge.error != QNetworkReply::NoError),
                 qPrintable(QString::number(huge.status)));
        QCOMPARE(pull(0, a, 0).value(k("revision")).toInteger(), 0);
        QCborMap bigVerifier;
        bigVerifier.insert(k("email"), QString(100 * 1024, QLatin1Char('x')));
        const HttpResult prelogin = raw(0, QStringLiteral("/v1/prelogin"), bigVerifier);
        QVERIFY(prelogin.status == 413 || (prelogin.status == 0 && prelogin.error != QNetworkReply::NoError));
        // 15 records of 1 MiB (about 15 MiB) are one push.
        records = {};
        for (int i = 0; i < 15; ++i)
            records.append(record(randomBytes(16), QByteArray(1024 * 1024, char('a' + i))));
        const QCborMap fits = push(1, a, 0, records);
        QVERIFY2(fits.value(k("ok")).toBool(),
                 qPrintable(fits.toCborValue().toDiagnosticNotation().left(200)));
        // A page stops after about 4 MiB: four records (the fourth reaches the mark), `more` set.
        const QCborMap page = pull(0, a, 0);
        QCOMPARE(page.value(k("records")).toArray().size(), 4);
        QVERIFY(page.value(k("more")).toBool());
    }

    // A wait held on one process is answered soon after a push on the other (the same
    // database), with the new revision; the timeout of this test (5 s) is far below the 25 s
    // a wait lasts, so only the push can have answered it.
    void aWaitIsAnsweredByAPushOnTheOtherProcess()
    {
        const Account a = newAccount();
        QVERIFY(push(0, a, 0, {record(randomBytes(16), "one")}).value(k("ok")).toBool());
        const quint64 held = eventCount(0, QStringLiteral("wait.held"));
        Pending waiting(m_network, url(0, QStringLiteral("/v1/sync/wait")),
                        waitBody(a, 1).toCborValue().toCbor());
        // The server holds it (counted as wait.held) and does not answer until the push.
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(0, QStringLiteral("wait.held")), held + 1, 10'000);
        QVERIFY(!waiting.reply()->isFinished());
        QElapsedTimer sincePush;
        QVERIFY(push(1, a, 1, {record(randomBytes(16), "two")}).value(k("ok")).toBool());
        sincePush.start();
        const QCborMap woken = waiting.wait(5'000);
        QVERIFY2(woken.value(k("ok")).toBool(),
                 "the wait was not answered after the push on the other process");
        QCOMPARE(woken.value(k("revision")).toInteger(), 2);
        qInfo("answered %lld ms after the other process's push", sincePush.elapsed());
        // The same process: woken by its own push.
        const quint64 heldThere = eventCount(1, QStringLiteral("wait.held"));
        Pending again(m_network, url(1, QStringLiteral("/v1/sync/wait")),
                      waitBody(a, 2).toCborValue().toCbor());
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(1, QStringLiteral("wait.held")), heldThere + 1, 10'000);
        QVERIFY(!again.reply()->isFinished());
        QVERIFY(push(1, a, 2, {record(randomBytes(16), "three")}).value(k("ok")).toBool());
        QCOMPARE(again.wait(5'000).value(k("revision")).toInteger(), 3);
        // A wait behind the revision is answered at once.
        const QCborMap behind = call(0, QStringLiteral("/v1/sync/wait"), waitBody(a, 0));
        QCOMPARE(behind.value(k("revision")).toInteger(), 3);
    }

    // With nothing pushed, a wait ends after its time (25 s of the server's clock: a quarter of a
    // second on the process whose test clock runs 100 times as fast) with the same revision.
    void aWaitTimesOutWithTheSameRevision()
    {
        const Account a = newAccount();
        QVERIFY(push(0, a, 0, {record(randomBytes(16), "one")}).value(k("ok")).toBool());
        Pending waiting(m_network, url(2, QStringLiteral("/v1/sync/wait")),
                        waitBody(a, 1).toCborValue().toCbor());
        const QCborMap done = waiting.wait(10'000);
        QVERIFY(done.value(k("ok")).toBool());
        QCOMPARE(done.value(k("revision")).toInteger(), 1);
        QCOMPARE(eventCount(2, QStringLiteral("wait.timeout")), quint64(1));
    }

    // A client that goes away while its wait is held leaves nothing behind: the server drops
    // the waiter when the connection closes (counted as wait.dropped).
    void aClosedConnectionDropsItsWaiter()
    {
        const Account a = newAccount();
        const quint64 before = eventCount(1, QStringLiteral("wait.dropped"));
        const quint64 held = eventCount(1, QStringLiteral("wait.held"));
        {
            Pending waiting(m_network, url(1, QStringLiteral("/v1/sync/wait")),
                            waitBody(a, 0).toCborValue().toCbor());
            QTRY_COMPARE_WITH_TIMEOUT(eventCount(1, QStringLiteral("wait.held")), held + 1, 10'000);
            waiting.reply()->abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(1, QStringLiteral("wait.dropped")), before + 1, 10'000);
    }

    // Limits a body's shape can break: a pull limit outside 1–5000, more than 5000 records in a
    // push, another protocol version (answered 200 VersionMismatch), an unknown key.
    void shapesOutsideTheContractAreRefused()
    {
        const Account a = newAccount();
        QCborMap zero = envelope(a);
        zero.insert(k("since"), 0);
        zero.insert(k("limit"), 0);
        QCOMPARE(raw(0, QStringLiteral("/v1/sync/pull"), zero).status, 400);
        zero.insert(k("limit"), 5001);
        QCOMPARE(raw(0, QStringLiteral("/v1/sync/pull"), zero).status, 400);
        QCborArray many;
        for (int i = 0; i < 5001; ++i)
            many.append(record(randomBytes(16), "x"));
        QCOMPARE(raw(0, QStringLiteral("/v1/sync/push"), pushBody(a, 0, many)).status, 400);
        QCborMap version = envelope(a);
        version.insert(k("v"), 2);
        version.insert(k("since"), 0);
        const HttpResult v = raw(0, QStringLiteral("/v1/sync/pull"), version);
        QCOMPARE(v.status, 200);
        QCOMPARE(reasonOf(parseMessage(v.body)), RefusalReason::VersionMismatch);
        QCborMap extra = envelope(a);
        extra.insert(k("since"), 0);
        extra.insert(k("what"), 1);
        QCOMPARE(raw(0, QStringLiteral("/v1/sync/wait"), extra).status, 400);
    }

    // The server's database, after records whose plaintexts are known were pushed, holds none of
    // them: not as bytes, not as hex (PostgreSQL's dump writes bytea in hex).
    void theDatabaseHoldsNoPlaintext()
    {
        const Account a = newAccount();
        const QList<QByteArray> secrets{"Bank of Example online banking", "alice.liddell@example.org",
                                        "https://login.bank.example/secure",
                                        "correct horse battery staple 9!Qz",
                                        "PIN for the safe is 4711 behind the painting"};
        QCborArray records;
        for (const QByteArray& secret : secrets) {
            QCborMap entry;
            entry.insert(k("title"), QString::fromUtf8(secret));
            entry.insert(k("password"), QString::fromUtf8(secret));
            const QByteArray id = randomBytes(16);
            records.append(record(id, a.vault.seal(id, entry.toCborValue().toCbor())));
        }
        QVERIFY(push(0, a, 0, records).value(k("ok")).toBool());
        QByteArray stored;
#ifdef TWOFOLD_TEST_POSTGRES
        QProcess dump;
        const QUrl db(m_database);
        dump.start(QStringLiteral("pg_dump"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                               QStringLiteral("-p"), QString::number(m_postgres->port()),
                                               QStringLiteral("-U"), db.userName(), db.path().mid(1)});
        QVERIFY(dump.waitForFinished(60'000));
        QCOMPARE(dump.exitCode(), 0);
        stored = dump.readAllStandardOutput();
        QVERIFY(stored.contains("sync_records"));
#else
        const QString file = QUrl(m_database).path();
        for (const QString& part : {file, file + QStringLiteral("-wal")}) {
            QFile f(part);
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
#endif
        QVERIFY(stored.size() > 4096);
        QVERIFY(stored.contains(a.email.toUtf8())); // the scan does see what is stored in the clear
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!stored.contains(secret), secret.constData());
            QVERIFY2(!stored.contains(secret.toHex()), secret.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncApiE2e)
#include "tst_sync_api_e2e.moc"
