// Schema migrations on a real database (SQLite here; PostgreSQL through the harness in the
// _postgres build of this file): from empty, from the previous version, a failing migration
// undone, a newer database refused, two connections migrating at once.
#include "TestDatabase.h"
#include "server/storage/AccountStore.h"
#include "server/storage/Migrations.h"
#include "server/storage/OrganisationStore.h"
#include "server/storage/TokenBucketStore.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>

using namespace twofold;
using namespace twofold::server;

class TestServerMigrations : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;

    static int version(Database& db) { return Migrations::currentVersion(db).value(); }
    static bool hasTable(Database& db, const QString& table)
    {
        return db.connection().tables().contains(table);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_databases.setUp(&error), qPrintable(error));
    }

    void migratesAnEmptyDatabase()
    {
        auto db = test::TestDatabase::open(m_databases.freshUrl());
        QCOMPARE(version(*db), 0);
        QVERIFY(Migrations::migrate(*db).ok());
        QCOMPARE(version(*db), Migrations::latestVersion());
        for (const char* table : {"schema_version", "organisations", "accounts", "devices", "rate_buckets",
                                  "audit_events", "sync_records", "seen_computers"})
            QVERIFY2(hasTable(*db, QString::fromLatin1(table)), table);
        Result<QSqlQuery> rows =
            db->exec(QStringLiteral("SELECT version, description FROM schema_version ORDER BY version"));
        QVERIFY(rows.ok());
        int expected = 1;
        while (rows->next()) {
            QCOMPARE(rows->value(0).toInt(), expected++);
            QVERIFY(!rows->value(1).toString().isEmpty());
        }
        QCOMPARE(expected - 1, Migrations::latestVersion());
    }

    void migratesFromThePreviousVersionKeepingData()
    {
        auto db = test::TestDatabase::open(m_databases.freshUrl());
        // Version 1, with rows written as version 1 wrote them (today's stores use later columns).
        QVERIFY(Migrations::migrate(*db, 1).ok());
        QCOMPARE(version(*db), 1);
        QVERIFY(!hasTable(*db, QStringLiteral("rate_buckets")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO organisations (name, created_ms) VALUES (?, 1)"),
                         {QStringLiteral("Example Ltd")})
                    .ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO accounts (email, organisation_id, created_ms, "
                                        "auth_key_hash, verifier_state)"
                                        " SELECT ?, id, 2, ?, ? FROM organisations"),
                         {QStringLiteral("ann@example.org"), QByteArray(32, 'h'), QByteArray("state")})
                    .ok());
        AccountStore accounts(*db);
        Result<QSqlQuery> idRow = db->exec(QStringLiteral("SELECT id FROM accounts"));
        QVERIFY(idRow.ok() && idRow->next());
        const qint64 id = idRow->value(0).toLongLong();

        QVERIFY(Migrations::migrate(*db).ok());
        QCOMPARE(version(*db), Migrations::latestVersion());
        const AccountRecord ann = accounts.find(id).value();
        QCOMPARE(ann.email, QStringLiteral("ann@example.org"));
        QCOMPARE(ann.organisationName, QStringLiteral("Example Ltd"));
        QCOMPARE(
            accounts.withAccountLocked(id, [](const LockedAccountState&) { return AccountStateChange{}; })
                ->verifierState,
            QByteArray("state"));
        TokenBucketStore buckets(*db, TokenBucketRule{2, 1});
        QVERIFY(buckets.take(QStringLiteral("192.0.2.1"))->allowed);
    }

    void migratingTwiceChangesNothing()
    {
        auto db = test::TestDatabase::open(m_databases.freshUrl());
        QVERIFY(Migrations::migrate(*db).ok());
        QVERIFY(Migrations::migrate(*db).ok());
        Result<QSqlQuery> count = db->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(count.ok() && count->next());
        QCOMPARE(count->value(0).toInt(), Migrations::latestVersion());
    }

    void aFailingMigrationIsUndoneWhole()
    {
        auto db = test::TestDatabase::open(m_databases.freshUrl());
        std::vector<Migration> list{Migrations::all().front(),
                                    {2,
                                     QStringLiteral("broken"),
                                     {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                                      QStringLiteral("INSERT INTO half_done (x) VALUES (1)"),
                                      QStringLiteral("INSERT INTO no_such_table (x) VALUES (1)")}}};
        const Status failed = Migrations::migrate(*db, list);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QLatin1String("schema 2")));
        QCOMPARE(version(*db), 1);
        QVERIFY(!hasTable(*db, QStringLiteral("half_done")));
        QVERIFY(hasTable(*db, QStringLiteral("accounts")));
        // The real migration 2 still applies afterwards.
        QVERIFY(Migrations::migrate(*db).ok());
        QCOMPARE(version(*db), Migrations::latestVersion());
    }

    void version3KeepsAccountsAndDevicesOfVersion2()
    {
        auto db = test::TestDatabase::open(m_databases.freshUrl());
        QVERIFY(Migrations::migrate(*db, 2).ok());
        QVERIFY(
            db->exec(QStringLiteral("INSERT INTO organisations (name, created_ms) VALUES ('Old', 1)")).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO accounts (email, created_ms, methods) VALUES "
                                        "('old@example.org', 2, 'email')"))
                    .ok());
        QVERIFY(
            db
                ->exec(QStringLiteral(
                    "INSERT INTO devices (account_id, name, added_ms) SELECT id, 'Desk', 3 FROM accounts"))
                .ok());
        QVERIFY(Migrations::migrate(*db, 3).ok());
        QCOMPARE(version(*db), 3);
        Result<QSqlQuery> account = db->exec(QStringLiteral(
            "SELECT email, methods, salt, kdf_memory_kib, kdf_iterations, keyset FROM accounts"));
        QVERIFY(account.ok() && account->next());
        QCOMPARE(account->value(0).toString(), QStringLiteral("old@example.org"));
        QCOMPARE(account->value(1).toString(), QStringLiteral("email"));
        QVERIFY(account->isNull(2));
        QCOMPARE(account->value(3).toLongLong(), 0);
        QCOMPARE(account->value(4).toLongLong(), 0);
        QVERIFY(account->isNull(5));
        Result<QSqlQuery> org = db->exec(QStringLiteral("SELECT name, domains FROM organisations"));
        QVERIFY(org.ok() && org->next());
        QCOMPARE(org->value(1).toString(), QString());
        Result<QSqlQuery> device = db->exec(QStringLiteral("SELECT name FROM devices"));
        QVERIFY(device.ok() && device->next());
        QCOMPARE(device->value(0).toString(), QStringLiteral("Desk"));
    }

    void aNewerDatabaseIsRefused()
    {
        auto db = test::TestDatabase::open(m_databases.freshUrl());
        QVERIFY(Migrations::migrate(*db).ok());
        QVERIFY(
            db
                ->exec(QStringLiteral(
                    "INSERT INTO schema_version (version, description, applied_ms) VALUES (99, 'future', 0)"))
                .ok());
        const Status refused = Migrations::migrate(*db);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::FileTooNew);
        QVERIFY(refused.error().message.contains(QLatin1String("99")));
        QVERIFY(refused.error().message.contains(QString::number(Migrations::latestVersion())));
    }

    void twoConnectionsMigratingAtOnceMigrateOnce()
    {
        const DatabaseUrl url = m_databases.freshUrl();
        QSemaphore ready, go;
        Status results[2];
        QThread* threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                auto db = test::TestDatabase::open(url);
                ready.release();
                go.acquire();
                results[i] = Migrations::migrate(*db);
            });
            threads[i]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60'000));
            delete thread;
        }
        QVERIFY2(results[0].ok(), results[0].ok() ? "" : qPrintable(results[0].error().message));
        QVERIFY2(results[1].ok(), results[1].ok() ? "" : qPrintable(results[1].error().message));
        auto db = test::TestDatabase::open(url);
        Result<QSqlQuery> count = db->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(count.ok() && count->next());
        QCOMPARE(count->value(0).toInt(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_server_migrations.moc"
