// Two twofold-server processes on one real PostgreSQL (the harness): both serve, both draw
// from the same per-client token bucket (it lives in the database, not in a process), and
// admin commands work on the same database, with the schema migrated once.
#include "PostgresHarness.h"
#include "ServerProcess.h"
#include "server/storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

class TestServerPostgresE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresHarness> m_postgres;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    QStringList serverArgs(const QString& database, const QString& name) const
    {
        return {QStringLiteral("--data"),
                m_dir.filePath(name),
                QStringLiteral("--database"),
                database,
                QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--insecure-http"),
                QStringLiteral("--rate-capacity"),
                QStringLiteral("4"),
                QStringLiteral("--rate-per-second"),
                QStringLiteral("0.01")};
    }
    static QUrl url(const ServerProcess& server, const QString& path)
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_postgres = PostgresHarness::start(&error);
        QVERIFY2(m_postgres, qPrintable(error));
    }

    void twoProcessesShareOneDatabase()
    {
        QString error;
        const QString database = m_postgres->createDatabase(QStringLiteral("shared"), &error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        QByteArray why;
        auto first = ServerProcess::start(serverArgs(database, QStringLiteral("a")), &why);
        QVERIFY2(first, why.constData());
        auto second = ServerProcess::start(serverArgs(database, QStringLiteral("b")), &why);
        QVERIFY2(second, why.constData());
        QVERIFY(first->log().contains("\"database\":\"postgresql://twofold@127.0.0.1:"));
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*first, QStringLiteral("/healthz"))).status,
                 200);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*second, QStringLiteral("/healthz"))).status,
                 200);

        // One bucket of 4 for this client, whichever process answers.
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*first, QStringLiteral("/v1/info"))).status,
                 200);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*second, QStringLiteral("/v1/info"))).status,
                 200);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*first, QStringLiteral("/v1/info"))).status,
                 200);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*second, QStringLiteral("/v1/info"))).status,
                 200);
        const HttpResult refused =
            request(m_network, QStringLiteral("GET"), url(*first, QStringLiteral("/v1/info")));
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter.toInt() >= 1);
        QCOMPARE(request(m_network, QStringLiteral("GET"), url(*second, QStringLiteral("/v1/info"))).status,
                 429);

        // Admin commands on the same database, while both serve.
        ProcessResult done =
            runServer({QStringLiteral("admin"), QStringLiteral("--database"), database, QStringLiteral("org"),
                       QStringLiteral("create"), QStringLiteral("Acme")});
        QCOMPARE(done.exitCode, 0);
        done = runServer({QStringLiteral("admin"), QStringLiteral("--database"), database,
                          QStringLiteral("org"), QStringLiteral("list")});
        QCOMPARE(done.out, QByteArray("Acme\toptional\tauthenticator,email,sms\n"));

        auto db = server::Database::open(server::DatabaseUrl::parse(database).value()).value();
        QCOMPARE(server::Migrations::currentVersion(*db).value(), server::Migrations::latestVersion());
        Result<QSqlQuery> rows = db->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), server::Migrations::latestVersion());
    }

    void twoProcessesStartingAtOnceMigrateOnce()
    {
        QString error;
        const QString database = m_postgres->createDatabase(QStringLiteral("race"), &error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        // Started together: both find an empty database and race to migrate it.
        QProcess a, b;
        a.setReadChannel(QProcess::StandardError);
        b.setReadChannel(QProcess::StandardError);
        a.start(serverProgram(), serverArgs(database, QStringLiteral("ra")));
        b.start(serverProgram(), serverArgs(database, QStringLiteral("rb")));
        QVERIFY(a.waitForStarted(10'000) && b.waitForStarted(10'000));
        QByteArray logA, logB;
        QDeadlineTimer deadline(30'000);
        while ((!logA.contains("\"listening\"") || !logB.contains("\"listening\"")) &&
               !deadline.hasExpired() && a.state() == QProcess::Running && b.state() == QProcess::Running) {
            (a.waitForReadyRead(50) || b.waitForReadyRead(50));
            logA += a.readAllStandardError();
            logB += b.readAllStandardError();
        }
        QVERIFY2(logA.contains("\"listening\""), logA.constData());
        QVERIFY2(logB.contains("\"listening\""), logB.constData());
        a.terminate();
        b.terminate();
        QVERIFY(a.waitForFinished(10'000) && b.waitForFinished(10'000));
        auto db = server::Database::open(server::DatabaseUrl::parse(database).value()).value();
        Result<QSqlQuery> rows = db->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), server::Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestServerPostgresE2e)
#include "tst_server_postgres_e2e.moc"
