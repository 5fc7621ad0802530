// The id a computer gives a sign-in server with its codes (core/auth/ComputerId.h): one per
// profile, account and server; every spelling of the server and the email gives one id; the
// seed is kept in the profile (0600) and read back, so the next run is the same computer.
#include "auth/ComputerId.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace twofold;

class TestComputerId : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(signInComputerSeedPath());
    }

    void oneIdPerSeedServerAndEmail_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("same");
        const QByteArray seed(32, 'a');
        QTest::newRow("same everything") << seed << "https://sign-in.example.org"
                                         << "ann@example.org" << true;
        QTest::newRow("email case and spaces") << seed << "https://sign-in.example.org"
                                               << " Ann@Example.ORG " << true;
        QTest::newRow("host case, trailing slash") << seed << "https://Sign-In.example.org/"
                                                   << "ann@example.org" << true;
        QTest::newRow("another account") << seed << "https://sign-in.example.org"
                                         << "bob@example.org" << false;
        QTest::newRow("another server") << seed << "https://other.example.org"
                                        << "ann@example.org" << false;
        QTest::newRow("another port") << seed << "https://sign-in.example.org:8443"
                                      << "ann@example.org" << false;
        QTest::newRow("another profile") << QByteArray(32, 'b') << "https://sign-in.example.org"
                                         << "ann@example.org" << false;
    }
    void oneIdPerSeedServerAndEmail()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QString, server);
        QFETCH(QString, email);
        QFETCH(bool, same);
        const QByteArray reference =
            signInComputerId(QByteArray(32, 'a'), QUrl(QStringLiteral("https://sign-in.example.org")),
                             QStringLiteral("ann@example.org"));
        const QByteArray id = signInComputerId(seed, QUrl(server), email);
        QCOMPARE(id.size(), kComputerIdBytes);
        QCOMPARE(id == reference, same);
    }

    // The seed is made once, kept owner-only, and is what the id is made from.
    void theSeedIsKeptInTheProfile()
    {
        const QUrl server(QStringLiteral("https://sign-in.example.org"));
        const QByteArray id = signInComputerId(server, QStringLiteral("ann@example.org"));
        QCOMPARE(id.size(), kComputerIdBytes);
        QCOMPARE(signInComputerId(server, QStringLiteral("ann@example.org")), id);
        QFile file(signInComputerSeedPath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray seed = QByteArray::fromHex(file.readAll().trimmed());
        QCOMPARE(seed.size(), 32);
        QCOMPARE(signInComputerId(seed, server, QStringLiteral("ann@example.org")), id);
    }
};

QTEST_GUILESS_MAIN(TestComputerId)
#include "tst_computerid.moc"
