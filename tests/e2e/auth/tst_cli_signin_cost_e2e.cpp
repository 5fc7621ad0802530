// One Argon2id per sign-in through the real twofold-cli (issue 11): with two-factor sign-in on,
// `ls` and a `2fa` command after the code derive the password's key exactly once, as `ls` does on
// a vault without it. Before, `ls` derived the key twice (the password alone, then the sign-in
// session) and `2fa …` three times (plus the settings' own confirmation). The derivations are
// counted, not timed: a preloaded shim (kdf_count_preload.c) logs every crypto_pwhash call of
// the real CLI process.
#include "CliRunner.h"
#include "InteractiveCli.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

namespace {

const QByteArray kPassword = "correct horse battery staple";
// Small limits: the count does not depend on them, and the test stays quick.
const QString kKdfMemoryMiB = QStringLiteral("8");
const QString kKdfIterations = QStringLiteral("1");

} // namespace

class TestCliSignInCostE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

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

    CliResult cli(const QString& vault, QStringList args, const QByteArray& input) const
    {
        CliRunner runner(m_dir.path());
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"),
                      m_dir.filePath(QStringLiteral("no-policy.json")));
        return runner.run(
            QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")} + args, input);
    }

    QString makeVault(const QString& name)
    {
        const QString vault = m_dir.filePath(name);
        const CliResult r = cli(vault,
                                {QStringLiteral("init"), QStringLiteral("--kdf-memory"), kKdfMemoryMiB,
                                 QStringLiteral("--kdf-iterations"), kKdfIterations},
                                kPassword + '\n');
        return r.exitCode == 0 ? vault : QString();
    }

    // Turns the authenticator on; returns the recovery codes printed.
    QStringList enableAuthenticator(const QString& vault)
    {
        InteractiveCli process(environment(), {QStringLiteral("--vault"), vault,
                                               QStringLiteral("--password-stdin"), QStringLiteral("2fa"),
                                               QStringLiteral("enable"), QStringLiteral("authenticator")});
        process.writeLine(kPassword);
        const QString uri = QString::fromUtf8(process.readLine());
        process.readLine(); // the setup key
        Result<otp::OtpParams> params = otp::parseUri(uri);
        if (!params)
            return {};
        process.writeLine(otp::generate(*params, QDateTime::currentSecsSinceEpoch()).toLatin1());
        const CliResult r = process.finish();
        if (r.exitCode != 0)
            return {};
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

    // How many Argon2id derivations one run of the CLI made; -1 when it did not exit with exitCode.
    int derivations(const QString& vault, const QStringList& args, const QByteArray& input, int exitCode = 0)
    {
        const QString log = m_dir.filePath(QStringLiteral("kdf.log"));
        QFile::remove(log);
        CliRunner runner(m_dir.path());
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"),
                      m_dir.filePath(QStringLiteral("no-policy.json")));
        runner.setEnv(QStringLiteral("LD_PRELOAD"), QString::fromUtf8(TWOFOLD_KDF_COUNT_PRELOAD));
        runner.setEnv(QStringLiteral("TWOFOLD_TEST_KDF_LOG"), log);
        const CliResult r = runner.run(
            QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")} + args, input);
        if (r.exitCode != exitCode) {
            qWarning("%s", qPrintable(describe(r)));
            return -1;
        }
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('k')) : 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoFactorSignInDerivesOnce()
    {
        const QString plain = makeVault(QStringLiteral("plain.twofold"));
        const QString guarded = makeVault(QStringLiteral("guarded.twofold"));
        QVERIFY(!plain.isEmpty() && !guarded.isEmpty());
        const QStringList codes = enableAuthenticator(guarded);
        QCOMPARE(codes.size(), 10);

        // The shim really counts: a plain vault's ls derives its key once.
        QCOMPARE(derivations(plain, {QStringLiteral("ls")}, kPassword + '\n'), 1);
        QCOMPARE(derivations(guarded, {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                             kPassword + '\n' + codes.at(0).toLatin1() + '\n'),
                 1);
        QCOMPARE(
            derivations(guarded,
                        {QStringLiteral("2fa"), QStringLiteral("status"), QStringLiteral("--recovery-code")},
                        kPassword + '\n' + codes.at(1).toLatin1() + '\n'),
            1);
        // A wrong password is one derivation too (exit 2), and nothing more is tried.
        QCOMPARE(derivations(guarded, {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                             QByteArray("wrong password\n") + codes.at(2).toLatin1() + '\n', 2),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSignInCostE2e)
#include "tst_cli_signin_cost_e2e.moc"
