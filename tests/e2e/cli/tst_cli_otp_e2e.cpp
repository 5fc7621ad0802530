// twofold-cli's one-time codes end to end: "otp code" for any URI at any time (RFC 6238
// vectors), the link read from standard input, refusals, and codes stored in entries.
#include "CliRunner.h"

#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

using namespace twofold;

namespace {
const QByteArray kMaster = "correct horse battery staple";
const QString kSeed20 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
const QString kSeed32 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA");
const QString kSeed64 =
    QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                   "GEZDGNBVGY3TQOJQGEZDGNA");
const QString kSiteUri =
    QStringLiteral("otpauth://totp/Example:ann@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Example");
} // namespace

class TestCliOtp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_vault;

    CliResult onVault(QStringList args, const QByteArray& extraInput = {})
    {
        args << QStringLiteral("--vault") << m_vault << QStringLiteral("--password-stdin");
        return m_cli->run(args, kMaster + '\n' + extraInput);
    }
    // The code the entry's URI gives now; either side of a step boundary is accepted.
    static QStringList codesAroundNow(const QString& uri)
    {
        Result<otp::OtpParams> p = otp::parseUri(uri);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {otp::generate(*p, now - 2), otp::generate(*p, now), otp::generate(*p, now + 2)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        m_vault = m_dir.filePath(QStringLiteral("otp.twofold"));
        const CliResult r =
            m_cli->run({QStringLiteral("--vault"), m_vault, QStringLiteral("init"),
                        QStringLiteral("--password-stdin"), QStringLiteral("--kdf-memory"),
                        QStringLiteral("8"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                       kMaster + '\n');
        QCOMPARE(r.exitCode, 0);
    }

    // RFC 6238 appendix B, through the real executable; stdout holds exactly the code.
    void codeAtTime_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QByteArray>("expected");
        const auto uri = [](const QString& secret, const char* algorithm) {
            return QStringLiteral("otpauth://totp/RFC:6238?secret=%1&digits=8&algorithm=%2")
                .arg(secret, QLatin1StringView(algorithm));
        };
        QTest::newRow("SHA1 59") << uri(kSeed20, "SHA1") << qint64(59) << QByteArray("94287082\n");
        QTest::newRow("SHA256 59") << uri(kSeed32, "SHA256") << qint64(59) << QByteArray("46119246\n");
        QTest::newRow("SHA512 59") << uri(kSeed64, "SHA512") << qint64(59) << QByteArray("90693936\n");
        QTest::newRow("SHA1 1111111109")
            << uri(kSeed20, "SHA1") << qint64(1111111109) << QByteArray("07081804\n");
        QTest::newRow("SHA256 2000000000")
            << uri(kSeed32, "SHA256") << qint64(2000000000) << QByteArray("90698825\n");
        QTest::newRow("SHA512 20000000000")
            << uri(kSeed64, "SHA512") << qint64(20000000000) << QByteArray("47863826\n");
        // HOTP uses its counter and ignores --at (RFC 4226 appendix D, counter 5).
        QTest::newRow("HOTP counter 5")
            << QStringLiteral("otpauth://hotp/RFC:4226?secret=%1&counter=5").arg(kSeed20) << qint64(123)
            << QByteArray("254676\n");
    }
    void codeAtTime()
    {
        QFETCH(QString, uri);
        QFETCH(qint64, at);
        QFETCH(QByteArray, expected);
        const CliResult r = m_cli->run({QStringLiteral("otp"), QStringLiteral("code"), uri,
                                        QStringLiteral("--at"), QString::number(at)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
        QCOMPARE(r.err, QByteArray());
    }

    void linkFromStandardInput()
    {
        // The option may come before the link; "-" reads it from stdin, keeping it off argv.
        const CliResult r =
            m_cli->run({QStringLiteral("otp"), QStringLiteral("code"), QStringLiteral("--at"),
                        QStringLiteral("59"), QStringLiteral("-")},
                       QStringLiteral("otpauth://totp/X?secret=%1&digits=8\n").arg(kSeed20).toUtf8());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("94287082\n"));
    }

    void malformedLinksAreRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("not a link") << QStringLiteral("hello");
        QTest::newRow("no secret") << QStringLiteral("otpauth://totp/X:a?issuer=X");
        QTest::newRow("bad base32") << QStringLiteral("otpauth://totp/X:a?secret=AB1!");
        QTest::newRow("digits") << QStringLiteral("otpauth://totp/X:a?secret=JBSWY3DPEHPK3PXP&digits=9");
        QTest::newRow("period 0") << QStringLiteral("otpauth://totp/X:a?secret=JBSWY3DPEHPK3PXP&period=0");
        QTest::newRow("algorithm") << QStringLiteral(
            "otpauth://totp/X:a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5");
    }
    void malformedLinksAreRefusedWithASentence()
    {
        QFETCH(QString, uri);
        const CliResult r = m_cli->run({QStringLiteral("otp"), QStringLiteral("code"), uri});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.endsWith(".\n") && !r.err.contains("rror"), r.err.constData());
    }

    void badTimeIsRefused()
    {
        const CliResult r = m_cli->run({QStringLiteral("otp"), QStringLiteral("code"), kSiteUri,
                                        QStringLiteral("--at"), QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--at"));
    }

    void entryCodes()
    {
        // add --otp - : the link is the line after the master password (with --generate).
        CliResult r = onVault({QStringLiteral("add"), QStringLiteral("Example"), QStringLiteral("--generate"),
                               QStringLiteral("--otp"), QStringLiteral("-")},
                              kSiteUri.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        r = onVault({QStringLiteral("otp"), QStringLiteral("show"), QStringLiteral("Example")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> out = r.out.split('\n');
        QVERIFY2(codesAroundNow(kSiteUri).contains(QString::fromUtf8(out.value(0))), r.out.constData());
        QVERIFY(out.value(1).startsWith("Valid for "));
        // The stored link is the canonical one, and it never shows up in "show".
        r = onVault({QStringLiteral("show"), QStringLiteral("Example")});
        QVERIFY(!r.out.contains("JBSWY3DPEHPK3PXP"));

        // A bad link is refused and nothing is added.
        r = onVault({QStringLiteral("add"), QStringLiteral("Broken"), QStringLiteral("--generate"),
                     QStringLiteral("--otp"), QStringLiteral("otpauth://totp/X:a?secret=AB1!")});
        QCOMPARE(r.exitCode, 1);
        r = onVault({QStringLiteral("ls")});
        QVERIFY(!r.out.contains("Broken"));

        // edit --otp "" removes it.
        r = onVault({QStringLiteral("edit"), QStringLiteral("Example"), QStringLiteral("--otp"), QString()});
        QCOMPARE(r.exitCode, 0);
        r = onVault({QStringLiteral("otp"), QStringLiteral("show"), QStringLiteral("Example")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("has no two-factor code"));
    }
};

QTEST_GUILESS_MAIN(TestCliOtp)
#include "tst_cli_otp_e2e.moc"
