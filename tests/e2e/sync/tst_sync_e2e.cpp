// Sync end to end (issue 13, DESIGN.md 11): the real twofold-cli on two "computers" (two HOME
// and data folders) against the real twofold-server (SQLite, --insecure-http on loopback),
// through a proxy that can cut the sync routes (offline) or SIGKILL the CLI mid-sync.
//   - add, edit, move, trash, empty the trash on one computer: `sync` on the other says what
//     came in and shows it;
//   - offline edits of the same entry on both: both survive (the newer is current, the other an
//     older version, shown by show --history), and the computer that merged says which entry;
//   - 50 syncs SIGKILLed after a random number of bytes of sync traffic: afterwards every
//     change of either computer is on both, and the files open.
#include "CliRunner.h"
#include "ServerProcess.h"
#include "SyncProxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold::test;

namespace {
const QByteArray kPassword = "correct horse battery staple 9!";
const QString kEmail = QStringLiteral("sam@example.org");
QString S(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

class TestSyncE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SyncProxy> m_proxy;
    QString m_url;

    QString home(const QString& computer) const { return m_dir.filePath(computer); }
    QString vault(const QString& computer) const { return home(computer) + QStringLiteral("/vault.twofold"); }

    QProcessEnvironment environment(const QString& computer) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TWOFOLD_VAULT"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), home(computer));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home(computer) + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home(computer) + QStringLiteral("/config"));
        env.insert(QStringLiteral("TWOFOLD_POLICY_FILE"), m_dir.filePath(QStringLiteral("no-policy.json")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    QStringList baseArgs(const QString& computer) const
    {
        return {QStringLiteral("--vault"), vault(computer), QStringLiteral("--password-stdin")};
    }
    CliResult cli(const QString& computer, const QStringList& args, const QByteArray& extraInput = {}) const
    {
        CliRunner runner(home(computer));
        const QProcessEnvironment env = environment(computer);
        for (const QString& name : env.keys())
            runner.setEnv(name, env.value(name));
        runner.unsetEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        runner.unsetEnv(QStringLiteral("TWOFOLD_VAULT"));
        return runner.run(baseArgs(computer) + args, kPassword + '\n' + extraInput);
    }
    // `sync` on computer, SIGKILLed by the proxy after killAfter bytes of sync traffic (0: never).
    // True when the proxy killed it.
    bool syncKilledAfter(const QString& computer, qint64 killAfter)
    {
        QProcess process;
        process.setProcessEnvironment(environment(computer));
        process.start(CliRunner::program(), baseArgs(computer) + QStringList{QStringLiteral("sync")});
        if (!process.waitForStarted(30'000))
            return false;
        if (killAfter > 0)
            m_proxy->armKill(process.processId(), killAfter);
        process.write(kPassword + '\n');
        process.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        process.waitForFinished(60'000);
        if (t.elapsed() > 5000)
            qInfo("a sync on %s took %lld ms (killed: %d)", qPrintable(computer), t.elapsed(),
                  int(m_proxy->killed()));
        m_proxy->disarm();
        const bool killed = m_proxy->killed() && process.exitStatus() == QProcess::CrashExit;
        if (!killed && process.exitCode() != 0)
            qWarning("sync on %s ended %d: %s", qPrintable(computer), process.exitCode(),
                     process.readAllStandardError().constData());
        return killed;
    }
    QStringList titles(const QString& computer) const
    {
        const CliResult ls = cli(computer, {QStringLiteral("ls")});
        return QString::fromUtf8(ls.out).split(u'\n', Qt::SkipEmptyParts);
    }

    // The server's SQLite database, opened beside the running server (WAL: a short write).
    QString databaseFile() const { return m_dir.filePath(QStringLiteral("server/twofold-server.sqlite")); }
    bool setSyncKeyHash(const QVariant& value) const
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
            db.setDatabaseName(databaseFile());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE accounts SET sync_key_hash = ?"));
                q.addBindValue(value);
                ok = q.exec() && q.numRowsAffected() > 0;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test"));
        return ok;
    }
    std::optional<bool> syncKeyHashIsSet() const
    {
        std::optional<bool> set;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
            db.setDatabaseName(databaseFile());
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT sync_key_hash IS NOT NULL FROM accounts"), db);
                if (q.next())
                    set = q.value(0).toBool();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test"));
        return set;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray why;
        m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server")),
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                         QStringLiteral("--insecure-http"), QStringLiteral("--rate-capacity"),
                                         QStringLiteral("100000"), QStringLiteral("--rate-per-second"),
                                         QStringLiteral("10000")},
                                        &why);
        QVERIFY2(m_server, why.constData());
        m_proxy = std::make_unique<SyncProxy>(m_server->port());
        QVERIFY(m_proxy->begin());
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
        QDir().mkpath(home(QStringLiteral("a")));
        QDir().mkpath(home(QStringLiteral("b")));
        const CliResult created =
            cli(QStringLiteral("a"),
                {QStringLiteral("--server"), m_url, QStringLiteral("account"), QStringLiteral("create"),
                 kEmail, QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                 QStringLiteral("--kdf-iterations"), QStringLiteral("1")});
        CLI_EXPECT(created, 0);
        const QRegularExpressionMatch key =
            QRegularExpression(QStringLiteral("TF1(-[A-Z2-7]{5}){8}")).match(QString::fromUtf8(created.out));
        QVERIFY(key.hasMatch());
        CLI_EXPECT(cli(QStringLiteral("a"),
                       {QStringLiteral("add"), QStringLiteral("Before"), QStringLiteral("--generate")}),
                   0);
        const CliResult signedIn = cli(
            QStringLiteral("b"),
            {QStringLiteral("--server"), m_url, QStringLiteral("account"), QStringLiteral("sign-in"), kEmail},
            key.captured(0).toUtf8() + '\n');
        CLI_EXPECT(signedIn, 0);
        // The vault appears on the new computer.
        QVERIFY2(signedIn.out.contains("The vault holds 1 entries."), qPrintable(describe(signedIn)));
        QCOMPARE(titles(QStringLiteral("b")), QStringList{QStringLiteral("Before")});
    }

    void changesOnOneShowOnTheOther()
    {
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        CLI_EXPECT(
            cli(a,
                {QStringLiteral("add"), QStringLiteral("Mail"), QStringLiteral("--username"),
                 QStringLiteral("sam"), QStringLiteral("--url"), QStringLiteral("https://mail.example.net"),
                 QStringLiteral("--group"), QStringLiteral("Work")},
                "mail password\n"),
            0);
        CliResult s = cli(b, {QStringLiteral("sync")});
        CLI_EXPECT(s, 0);
        QVERIFY2(s.out.contains("Received 2 change(s):") && s.out.contains("  added \"Mail\"") &&
                     s.out.contains("  added the group \"Work\""),
                 qPrintable(describe(s)));
        CliResult show = cli(b, {QStringLiteral("show"), QStringLiteral("Mail"), QStringLiteral("--reveal")});
        QVERIFY2(show.out.contains("Password: mail password") && show.out.contains("Group: Work"),
                 qPrintable(describe(show)));

        CLI_EXPECT(cli(a, {QStringLiteral("edit"), QStringLiteral("Mail"), QStringLiteral("--username"),
                           QStringLiteral("samuel"), QStringLiteral("--group"), QStringLiteral("Private")}),
                   0);
        s = cli(b, {QStringLiteral("sync")});
        QVERIFY2(s.out.contains("  changed \"Mail\""), qPrintable(describe(s)));
        show = cli(b, {QStringLiteral("show"), QStringLiteral("Mail")});
        QVERIFY2(show.out.contains("User name: samuel") && show.out.contains("Group: Private"),
                 qPrintable(describe(show)));

        CLI_EXPECT(cli(a, {QStringLiteral("rm"), QStringLiteral("Mail")}), 0);
        CLI_EXPECT(cli(b, {QStringLiteral("sync")}), 0);
        QVERIFY(!titles(b).contains(QStringLiteral("Mail")));
        QVERIFY(cli(b, {QStringLiteral("trash"), QStringLiteral("ls")}).out.contains("Mail"));

        CLI_EXPECT(cli(a, {QStringLiteral("trash"), QStringLiteral("empty")}), 0);
        s = cli(b, {QStringLiteral("sync")});
        QVERIFY2(s.out.contains("  removed \"Mail\" for good"), qPrintable(describe(s)));
        QVERIFY(!cli(b, {QStringLiteral("trash"), QStringLiteral("ls")}).out.contains("Mail"));
        // And the other way: a change on b shows on a.
        CLI_EXPECT(cli(b, {QStringLiteral("add"), QStringLiteral("From b"), QStringLiteral("--generate")}),
                   0);
        s = cli(a, {QStringLiteral("sync")});
        QVERIFY2(s.out.contains("  added \"From b\""), qPrintable(describe(s)));
        s = cli(a, {QStringLiteral("sync")});
        QVERIFY2(s.out.contains("Already in sync"), qPrintable(describe(s)));
    }

    void offlineEditsOnBothSurvive()
    {
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        CLI_EXPECT(cli(a,
                       {QStringLiteral("add"), QStringLiteral("Bank"), QStringLiteral("--username"),
                        QStringLiteral("first")},
                       "bank password\n"),
                   0);
        CLI_EXPECT(cli(b, {QStringLiteral("sync")}), 0);
        m_proxy->blockSync = true;
        CliResult edit = cli(a, {QStringLiteral("edit"), QStringLiteral("Bank"), QStringLiteral("--notes"),
                                 QStringLiteral("edited on a")});
        CLI_EXPECT(edit, 0);
        QVERIFY2(edit.err.contains("kept in the vault and will be sent at the next sync"),
                 qPrintable(describe(edit)));
        CLI_EXPECT(cli(a, {QStringLiteral("add"), QStringLiteral("Offline a"), QStringLiteral("--generate")}),
                   0);
        edit = cli(b, {QStringLiteral("edit"), QStringLiteral("Bank"), QStringLiteral("--username"),
                       QStringLiteral("edited on b")});
        CLI_EXPECT(edit, 0);
        CLI_EXPECT(cli(b, {QStringLiteral("add"), QStringLiteral("Offline b"), QStringLiteral("--generate")}),
                   0);
        CliResult s = cli(b, {QStringLiteral("sync")});
        QCOMPARE(s.exitCode, 5);
        QVERIFY2(s.err.contains("2 change(s) are kept in the vault"), qPrintable(describe(s)));
        m_proxy->blockSync = false;

        CLI_EXPECT(cli(a, {QStringLiteral("sync")}), 0);
        s = cli(b, {QStringLiteral("sync")}); // b's edit is the newer one; a's becomes an older version
        CLI_EXPECT(s, 0);
        QVERIFY2(s.out.contains("Changed on this computer and another") && s.out.contains("  \"Bank\""),
                 qPrintable(describe(s)));
        CLI_EXPECT(cli(a, {QStringLiteral("sync")}), 0);
        for (const QString& c : {a, b}) {
            const QStringList all = titles(c);
            QVERIFY2(all.contains(QStringLiteral("Offline a")) && all.contains(QStringLiteral("Offline b")),
                     qPrintable(all.join(u',')));
            const CliResult show =
                cli(c, {QStringLiteral("show"), QStringLiteral("Bank"), QStringLiteral("--history")});
            QVERIFY2(show.out.contains("User name: edited on b"), qPrintable(describe(show)));
            QVERIFY2(show.out.contains("Older version 1") && show.out.contains("notes \"edited on a\""),
                     qPrintable(describe(show)));
        }

        // a's edit made current again, whole, on a; b gets it from the next sync, and b's edit
        // is the older version now. A version that is not there is named.
        const CliResult none = cli(a, {QStringLiteral("history"), QStringLiteral("restore-version"),
                                       QStringLiteral("Bank"), QStringLiteral("7")});
        QVERIFY2(none.exitCode != 0 && none.err.contains("has no older version 7"),
                 qPrintable(describe(none)));
        const CliResult restored = cli(a, {QStringLiteral("history"), QStringLiteral("restore-version"),
                                           QStringLiteral("Bank"), QStringLiteral("1")});
        CLI_EXPECT(restored, 0);
        QVERIFY2(restored.out.contains("\"Bank\" is its older version 1 again"),
                 qPrintable(describe(restored)));
        CLI_EXPECT(cli(b, {QStringLiteral("sync")}), 0);
        for (const QString& c : {a, b}) {
            const CliResult show =
                cli(c, {QStringLiteral("show"), QStringLiteral("Bank"), QStringLiteral("--history")});
            QVERIFY2(show.out.contains("User name: first") && show.out.contains("Notes: edited on a"),
                     qPrintable(describe(show)));
            QVERIFY2(show.out.contains("user name \"edited on b\""), qPrintable(describe(show)));
        }
    }

    void killedMidSyncLosesNothing()
    {
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        QRandomGenerator random(13);
        int killed = 0, runs = 0;
        // The sync traffic of one whole sync with one change, to draw the kill points from.
        m_proxy->blockSync = true;
        CLI_EXPECT(
            cli(a, {QStringLiteral("add"), QStringLiteral("Calibration"), QStringLiteral("--generate")}), 0);
        m_proxy->blockSync = false;
        const qint64 start = m_proxy->syncBytes;
        QVERIFY(!syncKilledAfter(a, 0));
        const qint64 oneSync = m_proxy->syncBytes - start;
        qInfo("sync traffic of one sync with one change (both ways): %lld bytes", oneSync);
        QVERIFY(oneSync > 0);
        QMap<QString, QString> bEdits; // title -> the notes b gave it
        for (int i = 0; i < 50; ++i) {
            m_proxy->blockSync = true; // the changes wait in the files
            CLI_EXPECT(cli(a, {QStringLiteral("add"), S("Kill %1").arg(i), QStringLiteral("--generate")}), 0);
            if (i % 5 == 4) {
                // b edits an entry it has not edited yet (a sync not killed fetches a's first).
                m_proxy->blockSync = false;
                CLI_EXPECT(cli(b, {QStringLiteral("sync")}), 0);
                m_proxy->blockSync = true;
                const QStringList onB = titles(b);
                for (auto it = onB.crbegin(); it != onB.crend(); ++it) {
                    if (bEdits.contains(*it))
                        continue;
                    CLI_EXPECT(
                        cli(b, {QStringLiteral("edit"), *it, QStringLiteral("--notes"), S("b %1").arg(i)}),
                        0);
                    bEdits.insert(*it, S("b %1").arg(i));
                    break;
                }
            }
            m_proxy->blockSync = false;
            killed += syncKilledAfter(a, 1 + qint64(random.bounded(quint32(oneSync * 3 / 2)))) ? 1 : 0;
            ++runs;
            if (i % 5 == 4) {
                killed += syncKilledAfter(b, 1 + qint64(random.bounded(quint32(oneSync * 3 / 2)))) ? 1 : 0;
                ++runs;
            }
        }
        qInfo("%d of %d syncs were killed mid-sync", killed, runs);
        QVERIFY(killed >= 10);
        for (const QString& c : {a, b, a, b}) {
            QElapsedTimer t;
            t.start();
            const CliResult r = cli(c, {QStringLiteral("sync")});
            qInfo("final sync on %s: %lld ms", qPrintable(c), t.elapsed());
            CLI_EXPECT(r, 0);
        }
        const QStringList onA = titles(a), onB = titles(b);
        QCOMPARE(onA, onB);
        for (int i = 0; i < 50; ++i)
            QVERIFY2(onA.contains(S("Kill %1").arg(i)), qPrintable(S("Kill %1").arg(i)));
        QVERIFY(bEdits.size() >= 5);
        for (auto it = bEdits.constBegin(); it != bEdits.constEnd(); ++it)
            for (const QString& c : {a, b}) {
                const CliResult show = cli(c, {QStringLiteral("show"), it.key()});
                QVERIFY2(show.out.contains((QStringLiteral("Notes: ") + it.value()).toUtf8()),
                         qPrintable(describe(show)));
            }
    }

    // An account made before sync has no sync key: the first sync is refused with keyRefused,
    // and twofold-cli gives the account this vault's key (the settings op SetSyncKey, under the
    // password's proof), then syncs. (The key is cleared in the server's own database here.)
    void anAccountWithoutASyncKeyIsGivenOne()
    {
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        QVERIFY(setSyncKeyHash(QVariant()));
        QVERIFY(syncKeyHashIsSet() == false);
        CLI_EXPECT(
            cli(a, {QStringLiteral("add"), QStringLiteral("After the key"), QStringLiteral("--generate")}),
            0);
        const CliResult s = cli(a, {QStringLiteral("sync")});
        CLI_EXPECT(s, 0);
        QVERIFY(syncKeyHashIsSet() == true);
        CLI_EXPECT(cli(b, {QStringLiteral("sync")}), 0);
        QVERIFY(titles(b).contains(QStringLiteral("After the key")));
    }

    // The server's database (every file of it, the write-ahead log included) holds none of the
    // titles, user names, web addresses, notes or passwords synced above; it does hold the account's email
    // (the positive control: the scan reads what the server wrote).
    void theServerDatabaseHoldsNoPlaintext()
    {
        QByteArray all;
        for (const QFileInfo& f : QDir(m_dir.filePath(QStringLiteral("server"))).entryInfoList(QDir::Files)) {
            QFile file(f.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        QVERIFY(all.contains(kEmail.toUtf8()));
        for (const char* plain :
             {"Before", "mail password", "samuel", "Private", "bank password", "edited on a", "edited on b",
              "Offline a", "Offline b", "Calibration", "From b", "After the key", "mail.example.net"}) {
            QVERIFY2(!all.contains(plain), plain);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_sync_e2e.moc"
