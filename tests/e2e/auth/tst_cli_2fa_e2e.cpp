// Two-factor sign-in through the real twofold-cli: turning the authenticator on from the
// otpauth:// link it prints, signing in with a computed TOTP code, wrong codes, the lockout
// (exit 3 with the time left), recovery codes, and the other 2fa commands.
#include "CliRunner.h"
#include "InteractiveCli.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace twofold;

namespace {

const QByteArray kPassword = "correct horse battery staple";

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestCli2faE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TWOFOLD_VAULT"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TWOFOLD_POLICY_FILE"), m_dir.filePath(QStringLiteral("no-policy.json")));
        return env;
    }

    CliResult cli(QStringList args, const QByteArray& input) const
    {
        CliRunner runner(m_dir.path());
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"),
                      m_dir.filePath(QStringLiteral("no-policy.json")));
        return runner.run(
            QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--password-stdin")} + args,
            input);
    }

    // Makes a vault with a tiny KDF.
    void makeVault(const QString& name)
    {
        m_vault = m_dir.filePath(name);
        CLI_EXPECT(cli({QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                        QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                       kPassword + '\n'),
                   0);
    }

    // Turns the authenticator on as a script would: reads the URI and setup key, sends the
    // current code. Returns the URI; *codes gets the recovery codes printed.
    QString enableAuthenticator(QStringList* codes, qint64* acceptedAt)
    {
        InteractiveCli process(environment(), {QStringLiteral("--vault"), m_vault,
                                               QStringLiteral("--password-stdin"), QStringLiteral("2fa"),
                                               QStringLiteral("enable"), QStringLiteral("authenticator")});
        process.writeLine(kPassword);
        const QString uri = QString::fromUtf8(process.readLine());
        const QString key = QString::fromUtf8(process.readLine());
        Result<otp::OtpParams> params = otp::parseUri(uri);
        if (!params)
            return {};
        const qint64 now = nowSeconds();
        process.writeLine(otp::generate(*params, now).toLatin1());
        const CliResult r = process.finish();
        if (r.exitCode != 0 ||
            !QRegularExpression(QStringLiteral("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$")).match(key).hasMatch()) {
            qWarning("%s (key \"%s\")", qPrintable(describe(r)), qPrintable(key));
            return {};
        }
        *codes = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        *acceptedAt = now;
        return uri;
    }

    QByteArray codeAt(const QString& uri, qint64 unixSeconds) const
    {
        Result<otp::OtpParams> params = otp::parseUri(uri);
        return params ? otp::generate(*params, unixSeconds).toLatin1() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void authenticatorLockoutAndRecovery()
    {
        makeVault(QStringLiteral("auth.twofold"));
        QStringList codes;
        qint64 acceptedAt = 0;
        const QString uri = enableAuthenticator(&codes, &acceptedAt);
        QVERIFY(uri.startsWith(QStringLiteral("otpauth://totp/")));
        QCOMPARE(codes.size(), 10);
        for (const QString& code : codes)
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z2-9]{5}-[a-z2-9]{5}$")).match(code).hasMatch(),
                     qPrintable(code));

        // The password alone no longer opens the vault: exit 2 with a sentence.
        CliResult r = cli({QStringLiteral("ls")}, kPassword + '\n');
        CLI_EXPECT(r, 2);
        QVERIFY(r.isOneSentence());

        // The code of the next step (the current one was just used: replays are refused).
        r = cli({QStringLiteral("ls")}, kPassword + '\n' + codeAt(uri, acceptedAt + 30) + '\n');
        CLI_EXPECT(r, 0);
        r = cli({QStringLiteral("2fa"), QStringLiteral("status"), QStringLiteral("--recovery-code")},
                kPassword + '\n' + codes.at(0).toLatin1() + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("Two-factor sign-in: on"), r.out.constData());
        QVERIFY2(r.out.contains("authenticator: on"), r.out.constData());
        QVERIFY2(r.out.contains("Recovery codes left: 9"), r.out.constData());
        QVERIFY2(r.err.contains("9 left"), r.err.constData());

        // A recovery code works once.
        r = cli({QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                kPassword + '\n' + codes.at(0).toLatin1() + '\n');
        CLI_EXPECT(r, 2);

        // Wrong codes: exit 2, and the fifth in a row locks out (exit 3, the time left).
        for (int i = 0; i < 3; ++i) {
            r = cli({QStringLiteral("ls")}, kPassword + "\n000000\n");
            CLI_EXPECT(r, 2);
            QVERIFY(r.isOneSentence());
        }
        r = cli({QStringLiteral("ls")}, kPassword + "\n000000\n");
        CLI_EXPECT(r, 3);
        QVERIFY2(r.err.contains("30 seconds"), r.err.constData());
        const qint64 lockedAt = QDateTime::currentMSecsSinceEpoch();
        // Locked out even with a right recovery code, and the lockout outlives the process.
        r = cli({QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                kPassword + '\n' + codes.at(1).toLatin1() + '\n');
        CLI_EXPECT(r, 3);
        QVERIFY(r.isOneSentence());

        // Once the 30 seconds are over, a recovery code signs in.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > lockedAt + 31'000, 40'000);
        r = cli({QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                kPassword + '\n' + codes.at(1).toLatin1() + '\n');
        CLI_EXPECT(r, 0);
    }

    void parallelWrongCodesAreAllCounted()
    {
        // Issue 11: 20 processes submitting a wrong code at once. Each request is verified
        // and recorded under the vault's update lock, so they are counted one after the
        // other: four refusals, the fifth locks out, and every later one meets the lockout.
        makeVault(QStringLiteral("parallel.twofold"));
        QStringList codes;
        qint64 acceptedAt = 0;
        const QString uri = enableAuthenticator(&codes, &acceptedAt);
        QVERIFY(!uri.isEmpty());
        QByteArray wrong = "000000";
        for (qint64 t = acceptedAt - 60; t <= acceptedAt + 660; t += 30)
            if (codeAt(uri, t) == wrong)
                wrong = "111111";
        constexpr int kProcesses = 20;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(environment());
            p->start(CliRunner::program(), {QStringLiteral("--vault"), m_vault,
                                            QStringLiteral("--password-stdin"), QStringLiteral("ls")});
            QVERIFY(p->waitForStarted(CliRunner::kTimeoutMs));
            processes.push_back(std::move(p));
        }
        for (auto& p : processes) { // all started first, then all answered at once
            p->write(kPassword + '\n' + wrong + '\n');
            p->closeWriteChannel();
        }
        int refused = 0, lockedOut = 0;
        QStringList other;
        for (auto& p : processes) {
            QVERIFY(p->waitForFinished(CliRunner::kTimeoutMs));
            const int status = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            refused += status == 2;
            lockedOut += status == 3;
            if (status != 2 && status != 3)
                other << QStringLiteral("exit %1: %2")
                             .arg(status)
                             .arg(QString::fromUtf8(p->readAllStandardError()));
        }
        QVERIFY2(other.isEmpty(), qPrintable(other.join(u'\n')));
        QCOMPARE(refused, 4);
        QCOMPARE(lockedOut, kProcesses - 4);
        // Every failure was recorded: the lockout holds for the right code too.
        const CliResult r =
            cli({QStringLiteral("ls")}, kPassword + '\n' + codeAt(uri, acceptedAt + 30) + '\n');
        CLI_EXPECT(r, 3);
    }

    void noCodeAndBadMethod()
    {
        makeVault(QStringLiteral("nocode.twofold"));
        QStringList codes;
        qint64 acceptedAt = 0;
        QVERIFY(!enableAuthenticator(&codes, &acceptedAt).isEmpty());
        CliResult r = cli({QStringLiteral("ls")}, kPassword + '\n');
        CLI_EXPECT(r, 2);
        QVERIFY2(r.isOneSentence(), r.err.constData());
        r = cli({QStringLiteral("ls"), QStringLiteral("--method"), QStringLiteral("carrier-pigeon")},
                kPassword + "\n1\n");
        CLI_EXPECT(r, 1);
        r = cli({QStringLiteral("ls"), QStringLiteral("--method"), QStringLiteral("email")},
                kPassword + "\n1\n");
        CLI_EXPECT(r, 1);
        QVERIFY2(r.isOneSentence(), r.err.constData());
        // A wrong master password is refused before any code is asked.
        r = cli({QStringLiteral("ls")}, "not the password\n123456\n");
        CLI_EXPECT(r, 2);
    }

    void regenerateDisableAndAppPasswords()
    {
        makeVault(QStringLiteral("manage.twofold"));
        QStringList codes;
        qint64 acceptedAt = 0;
        QVERIFY(!enableAuthenticator(&codes, &acceptedAt).isEmpty());
        const QByteArray signIn = kPassword + '\n';
        auto withRecovery = [&](int i) { return signIn + codes.at(i).toLatin1() + '\n'; };
        const QString recovery = QStringLiteral("--recovery-code");

        // A new set: the old codes stop working.
        CliResult r =
            cli({QStringLiteral("2fa"), QStringLiteral("recovery-codes"), recovery}, withRecovery(0));
        CLI_EXPECT(r, 0);
        const QStringList fresh = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(fresh.size(), 10);
        CLI_EXPECT(cli({QStringLiteral("ls"), recovery}, withRecovery(1)), 2);
        codes = fresh;

        // App passwords: shown once, listed, revoked.
        r = cli({QStringLiteral("app-password"), QStringLiteral("add"), QStringLiteral("backup-script"),
                 recovery},
                withRecovery(0));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QByteArray appPassword = r.out;
        // A script signs in with it alone, no code asked.
        CLI_EXPECT(cli({QStringLiteral("ls"), QStringLiteral("--app-password")}, appPassword), 0);
        r = cli({QStringLiteral("app-password"), QStringLiteral("ls"), recovery}, withRecovery(1));
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.startsWith("backup-script\t"), r.out.constData());
        CLI_EXPECT(cli({QStringLiteral("app-password"), QStringLiteral("rm"), QStringLiteral("backup-script"),
                        recovery},
                       withRecovery(2)),
                   0);
        r = cli({QStringLiteral("app-password"), QStringLiteral("ls"), recovery}, withRecovery(3));
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.isEmpty());
        CLI_EXPECT(cli({QStringLiteral("ls"), QStringLiteral("--app-password")}, appPassword), 2);

        CLI_EXPECT(cli({QStringLiteral("trusted"), QStringLiteral("forget"), recovery}, withRecovery(4)), 0);
        CLI_EXPECT(
            cli({QStringLiteral("2fa"), QStringLiteral("default"), QStringLiteral("authenticator"), recovery},
                withRecovery(5)),
            0);

        // Turning the last method off: the password alone opens the vault again.
        CLI_EXPECT(
            cli({QStringLiteral("2fa"), QStringLiteral("disable"), QStringLiteral("authenticator"), recovery},
                withRecovery(6)),
            0);
        r = cli({QStringLiteral("2fa"), QStringLiteral("status")}, signIn);
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("Two-factor sign-in: off"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli2faE2e)
#include "tst_cli_2fa_e2e.moc"
