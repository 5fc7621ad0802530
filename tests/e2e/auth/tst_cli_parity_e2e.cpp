// What the GUI can do, through the real twofold-cli (issue 11): remember this computer for 30
// days (--remember), when the code is asked (2fa ask), changing the master password
// (password change), each change said in one line on standard error.
#include "CliRunner.h"
#include "InteractiveCli.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

namespace {

const QByteArray kPassword = "correct horse battery staple";
const QByteArray kNewPassword = "violet kettle under the stairs";

} // namespace

class TestCliParityE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TWOFOLD_VAULT"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // the encrypted-file store, as in CI
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TWOFOLD_POLICY_FILE"), m_dir.filePath(QStringLiteral("no-policy.json")));
        return env;
    }

    CliResult cli(const QString& vault, QStringList args, const QByteArray& input) const
    {
        CliRunner runner(m_dir.path());
        runner.unsetEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        runner.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"),
                      m_dir.filePath(QStringLiteral("no-policy.json")));
        return runner.run(
            QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")} + args, input);
    }

    QString makeVault(const QString& name)
    {
        const QString vault = m_dir.filePath(name);
        const CliResult r = cli(vault,
                                {QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                                 QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                                kPassword + '\n');
        return r.exitCode == 0 ? vault : QString();
    }

    // Turns the authenticator on; returns its URI (empty on failure) and *codes the recovery codes.
    QString enableAuthenticator(const QString& vault, qint64* acceptedAt, QStringList* codes)
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
        *acceptedAt = QDateTime::currentSecsSinceEpoch();
        process.writeLine(otp::generate(*params, *acceptedAt).toLatin1());
        const CliResult r = process.finish();
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(describe(r)));
            return {};
        }
        *codes = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        return uri;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rememberThisComputerAndWhenToAsk()
    {
        const QString vault = makeVault(QStringLiteral("remember.twofold"));
        QVERIFY(!vault.isEmpty());
        qint64 acceptedAt = 0;
        QStringList codes;
        const QString uri = enableAuthenticator(vault, &acceptedAt, &codes);
        QVERIFY(!uri.isEmpty());
        Result<otp::OtpParams> params = otp::parseUri(uri);
        QVERIFY(params.ok());

        // One right code with --remember: the code is asked on computers not remembered, and
        // this one is now remembered.
        CliResult r = cli(vault,
                          {QStringLiteral("2fa"), QStringLiteral("ask"), QStringLiteral("new-computers"),
                           QStringLiteral("--remember")},
                          kPassword + '\n' + otp::generate(*params, acceptedAt + 30).toLatin1() + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("This computer is remembered until"), r.err.constData());
        QVERIFY2(r.err.contains("only on computers not remembered"), r.err.constData());

        // Later commands here need the password only.
        r = cli(vault, {QStringLiteral("ls")}, kPassword + '\n');
        CLI_EXPECT(r, 0);
        r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("status")}, kPassword + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("Code asked: on computers not remembered"), r.out.constData());
        QVERIFY2(r.out.contains("Remembered computers: 1"), r.out.constData());

        // "always": the code is asked again, remembered or not.
        r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("ask"), QStringLiteral("always")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("asked at every sign-in"), r.err.constData());
        r = cli(vault, {QStringLiteral("ls")}, kPassword + '\n');
        CLI_EXPECT(r, 2);

        // A bad choice is a usage error.
        r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("ask"), QStringLiteral("sometimes")},
                kPassword + '\n');
        CLI_EXPECT(r, 1);
    }

    void passwordChange()
    {
        const QString vault = makeVault(QStringLiteral("password.twofold"));
        QVERIFY(!vault.isEmpty());

        // The master-password rules apply: a common password is refused, the old one still opens.
        CliResult r =
            cli(vault, {QStringLiteral("password"), QStringLiteral("change")}, kPassword + "\npassword1\n");
        CLI_EXPECT(r, 1);
        QVERIFY(r.isOneSentence());
        CLI_EXPECT(cli(vault, {QStringLiteral("ls")}, kPassword + '\n'), 0);

        r = cli(vault, {QStringLiteral("password"), QStringLiteral("change")},
                kPassword + '\n' + kNewPassword + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("The master password was changed"), r.err.constData());
        CLI_EXPECT(cli(vault, {QStringLiteral("ls")}, kPassword + '\n'), 2);
        CLI_EXPECT(cli(vault, {QStringLiteral("ls")}, kNewPassword + '\n'), 0);

        // With two-factor sign-in on: password, code, then the new password.
        qint64 acceptedAt = 0;
        QStringList codes;
        InteractiveCli process(environment(), {QStringLiteral("--vault"), vault,
                                               QStringLiteral("--password-stdin"), QStringLiteral("2fa"),
                                               QStringLiteral("enable"), QStringLiteral("authenticator")});
        process.writeLine(kNewPassword);
        const QString uri = QString::fromUtf8(process.readLine());
        process.readLine();
        Result<otp::OtpParams> params = otp::parseUri(uri);
        QVERIFY(params.ok());
        acceptedAt = QDateTime::currentSecsSinceEpoch();
        process.writeLine(otp::generate(*params, acceptedAt).toLatin1());
        r = process.finish();
        CLI_EXPECT(r, 0);
        codes = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(codes.size(), 10);
        r = cli(vault,
                {QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--recovery-code")},
                kNewPassword + '\n' + codes.at(0).toLatin1() + '\n' + kPassword + '\n');
        CLI_EXPECT(r, 0);
        r = cli(vault, {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                kPassword + '\n' + codes.at(1).toLatin1() + '\n');
        CLI_EXPECT(r, 0);
    }

    void changesSayWhatTheyDid()
    {
        const QString vault = makeVault(QStringLiteral("said.twofold"));
        QVERIFY(!vault.isEmpty());
        CliResult r =
            cli(vault, {QStringLiteral("app-password"), QStringLiteral("add"), QStringLiteral("backup")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        r = cli(vault, {QStringLiteral("app-password"), QStringLiteral("rm"), QStringLiteral("backup")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("The app password \"backup\" was revoked."), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliParityE2e)
#include "tst_cli_parity_e2e.moc"
