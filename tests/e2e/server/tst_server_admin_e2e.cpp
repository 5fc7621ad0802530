// twofold-server admin … on the real executable against an SQLite data folder: organisations
// and their policy, users by organisation, second-factor resets, devices listed and revoked,
// a sentence and an exit status for every refusal. Accounts and devices are made through the
// stores (the sign-in routes that make them belong to the verifier).
#include "ServerProcess.h"
#include "server/storage/AccountStore.h"
#include "server/storage/AuditLog.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/DeviceStore.h"
#include "server/storage/Migrations.h"
#include "server/storage/OrganisationStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::server;
using namespace twofold::test;

class TestServerAdminE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    ProcessResult admin(QStringList args)
    {
        return runServer(QStringList{QStringLiteral("admin"), QStringLiteral("--data"), data()} + args);
    }
    std::unique_ptr<Database> open()
    {
        auto db = Database::open(DatabaseUrl::sqliteIn(data()));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(db).value();
    }

private slots:
    void organisationsAndTheirPolicy()
    {
        ProcessResult done =
            admin({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("Acme Ltd")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(
            done.out,
            QByteArray(
                "Organisation “Acme Ltd” created: two-factor sign-in optional, every method allowed.\n"));
        done = admin({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("Acme Ltd")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("There is already an organisation named “Acme Ltd”.\n"));

        done = admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Acme Ltd"),
                      QStringLiteral("required"), QStringLiteral("--methods"),
                      QStringLiteral("sms,authenticator")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.out, QByteArray("Organisation “Acme Ltd”: two-factor sign-in required; methods "
                                      "allowed: authenticator, sms.\n"));
        done = admin({QStringLiteral("org"), QStringLiteral("list")});
        QCOMPARE(done.out, QByteArray("Acme Ltd\trequired\tauthenticator,sms\n"));

        done = admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Acme Ltd"),
                      QStringLiteral("forced")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("“forced” is not a policy: use off, optional or required.\n"));
        done = admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Acme Ltd"),
                      QStringLiteral("off"), QStringLiteral("--methods"), QStringLiteral("fax")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(
            done.err,
            QByteArray(
                "“fax” is not a sign-in method: use authenticator, email or sms, separated by commas.\n"));
        done = admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Nobody"),
                      QStringLiteral("off")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("There is no organisation named “Nobody”.\n"));
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("list")}).out,
                 QByteArray("Acme Ltd\trequired\tauthenticator,sms\n"));
    }

    void usersDevicesAndResets()
    {
        qint64 ann = 0, laptop = 0;
        {
            auto db = open();
            QVERIFY(Migrations::migrate(*db).ok());
            AccountStore accounts(*db);
            Result<OrganisationRecord> acme = OrganisationStore(*db).findByName(QStringLiteral("Acme Ltd"));
            std::optional<qint64> org = acme ? std::optional<qint64>(acme->id) : std::nullopt;
            if (!org)
                org = OrganisationStore(*db).create(QStringLiteral("Acme Ltd")).value();
            ann = accounts.create(QStringLiteral("ann@acme.test"), org, {}).value();
            QVERIFY(accounts.create(QStringLiteral("solo@example.org"), std::nullopt, {}).ok());
            QVERIFY(accounts
                        .withAccountLocked(ann,
                                           [](const LockedAccountState&) {
                                               AccountStateChange change;
                                               change.methods = QStringList{QStringLiteral("authenticator"),
                                                                            QStringLiteral("email")};
                                               return Result<AccountStateChange>(change);
                                           })
                        .ok());
            DeviceStore devices(*db);
            laptop = devices.add(ann, QStringLiteral("Ann’s laptop"), "t1").value();
            QVERIFY(devices.add(ann, QStringLiteral("Office PC"), "t2").ok());
        }
        ProcessResult done = admin({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(done.exitCode, 0);
        QList<QByteArray> lines = done.out.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("ann@acme.test\tAcme Ltd\t"));
        QVERIFY(lines.at(0).endsWith("\tauthenticator,email"));
        QVERIFY(lines.at(1).startsWith("solo@example.org\t-\t"));
        done = admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--org"),
                      QStringLiteral("Acme Ltd")});
        QCOMPARE(done.out.count('\n'), 1);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--org"),
                        QStringLiteral("Nope")})
                     .exitCode,
                 1);

        done = admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("ann@acme.test")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.out.count('\n'), 2);
        QVERIFY(done.out.contains(QByteArray::number(laptop) + "\tAnn’s laptop\t"));
        QVERIFY(done.out.contains("\t-\tactive\n"));

        done = admin({QStringLiteral("device"), QStringLiteral("revoke"), QString::number(laptop)});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.out,
                 "Device " + QByteArray::number(laptop) +
                     " (“Ann’s laptop”) is revoked: it must pass the second factor at its next sign-in.\n");
        done = admin({QStringLiteral("device"), QStringLiteral("revoke"), QString::number(laptop)});
        QCOMPARE(done.exitCode, 0);
        QVERIFY(done.out.startsWith("Device " + QByteArray::number(laptop) +
                                    " (“Ann’s laptop”) was already revoked on "));
        done = admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("9999")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("There is no device number 9999.\n"));
        done = admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("laptop")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("“laptop” is not a device number: device list EMAIL shows them.\n"));
        done = admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("nobody@acme.test")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("There is no account for nobody@acme.test.\n"));

        // Moving an account into an organisation and out again (audited, the policy follows).
        done = admin({QStringLiteral("user"), QStringLiteral("org"), QStringLiteral("Solo@example.org"),
                      QStringLiteral("Acme Ltd")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(
            done.out,
            QByteArray("solo@example.org is now in “Acme Ltd”: its policy applies from the next sign-in.\n"));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--org"),
                        QStringLiteral("Acme Ltd")})
                     .out.count('\n'),
                 2);
        done = admin({QStringLiteral("user"), QStringLiteral("org"), QStringLiteral("solo@example.org"),
                      QStringLiteral("Acme Ltd")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.out, QByteArray("solo@example.org is in “Acme Ltd” already.\n"));
        done = admin({QStringLiteral("user"), QStringLiteral("org"), QStringLiteral("solo@example.org"),
                      QStringLiteral("Nope")});
        QCOMPARE(done.exitCode, 1);
        QVERIFY2(done.err.contains("Nope"), done.err.constData());
        done = admin({QStringLiteral("user"), QStringLiteral("org"), QStringLiteral("nobody@example.org"),
                      QStringLiteral("Acme Ltd")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("There is no account for nobody@example.org.\n"));
        done =
            admin({QStringLiteral("user"), QStringLiteral("leave-org"), QStringLiteral("solo@example.org")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.out, QByteArray("solo@example.org has left “Acme Ltd”: no organisation's policy "
                                      "applies from the next sign-in.\n"));
        done =
            admin({QStringLiteral("user"), QStringLiteral("leave-org"), QStringLiteral("solo@example.org")});
        QCOMPARE(done.out, QByteArray("solo@example.org is in no organisation already.\n"));
        {
            auto db = open();
            const qint64 solo = AccountStore(*db).findByEmail(QStringLiteral("solo@example.org"))->id;
            QVERIFY(!AccountStore(*db).find(solo)->organisationId);
            const QList<AuditEvent> moves = AuditLog(*db).recent(solo).value();
            QCOMPARE(moves.size(), 2);
            QCOMPARE(moves.first().kind, QStringLiteral("admin.user-org"));
        }

        done = admin({QStringLiteral("user"), QStringLiteral("reset-2fa"), QStringLiteral("ANN@acme.test")});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(
            done.out,
            QByteArray(
                "The second factor of ann@acme.test is reset at the next sign-in, where a new one is set up; "
                "remembered computers forgotten: 1.\n"));
        auto db = open();
        QVERIFY(AccountStore(*db).find(ann)->resetRequested);
        const QList<DeviceRecord> devices = DeviceStore(*db).list(ann).value();
        for (const DeviceRecord& device : devices)
            QVERIFY(device.isRevoked());
        const QList<AuditEvent> events = AuditLog(*db).recent(ann).value();
        QCOMPARE(events.first().kind, QStringLiteral("admin.reset-2fa"));
        QCOMPARE(events.first().client, QStringLiteral("admin"));
    }

    void usageAndUnreachableDatabases()
    {
        ProcessResult done = admin({QStringLiteral("org")});
        QCOMPARE(done.exitCode, 1);
        QVERIFY(done.err.startsWith("Use one of: org create NAME"));
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("a@b.c")}).exitCode,
                 1);
        done = runServer({QStringLiteral("admin"), QStringLiteral("--database"),
                          QStringLiteral("postgresql://twofold@127.0.0.1:1/none"), QStringLiteral("org"),
                          QStringLiteral("list")});
        QCOMPARE(done.exitCode, 5);
        QCOMPARE(done.err,
                 QByteArray("The database server at postgresql://twofold@127.0.0.1:1/none could not be "
                            "reached or refused the "
                            "sign-in: check that it runs, the address, the user and the password.\n"));
        done = runServer({QStringLiteral("admin"), QStringLiteral("--database"),
                          QStringLiteral("postgresql://twofold:pw@127.0.0.1/none"), QStringLiteral("org"),
                          QStringLiteral("list")});
        QCOMPARE(done.exitCode, 1);
        QVERIFY(done.err.startsWith("Leave the password out of the database address"));
        done = runServer({QStringLiteral("admin"), QStringLiteral("org"), QStringLiteral("list")});
        QCOMPARE(done.exitCode, 1);
        QCOMPARE(done.err, QByteArray("Say where twofold-server keeps its data with --data DIR (or data = "
                                      "DIR in the config file).\n"));
    }
};

QTEST_GUILESS_MAIN(TestServerAdminE2e)
#include "tst_server_admin_e2e.moc"
