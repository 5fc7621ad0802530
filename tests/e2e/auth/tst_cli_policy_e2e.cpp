// The administrator's policy and delivery failures through the real twofold-cli (issue 11):
// "required" on a vault without two-factor sign-in refuses everything but turning a method on;
// an invalid policy file is refused, named, whatever the vault; a method the policy forbids is
// named as forbidden; `2fa status` shows the policy; a mail server or SMS gateway that cannot be
// reached gives exit status 5.
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
// Nothing listens on port 1 of the loopback interface (it takes root to bind, and no test does).
const QString kClosedPort = QStringLiteral("1");

} // namespace

class TestCliPolicyE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_policyFile;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TWOFOLD_VAULT"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TWOFOLD_POLICY_FILE"), m_policyFile);
        return env;
    }

    CliResult cli(const QString& vault, QStringList args, const QByteArray& input) const
    {
        CliRunner runner(m_dir.path());
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"), m_policyFile);
        return runner.run(
            QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")} + args, input);
    }

    void writePolicy(const QByteArray& json)
    {
        QFile file(m_policyFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(json), json.size());
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

    // Turns the authenticator on; returns its URI (empty on failure).
    QString enableAuthenticator(const QString& vault, qint64* acceptedAt)
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
        return uri;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_policyFile = m_dir.filePath(QStringLiteral("policy.json"));
    }

    void init() { QFile::remove(m_policyFile); }

    void requiredRefusesAllButTurningAMethodOn()
    {
        const QString vault = makeVault(QStringLiteral("required.twofold"));
        QVERIFY(!vault.isEmpty());
        writePolicy(R"({"twoFactor": "required"})");

        for (const QStringList& args :
             {QStringList{QStringLiteral("ls")}, QStringList{QStringLiteral("search"), QStringLiteral("x")},
              QStringList{QStringLiteral("add"), QStringLiteral("Mail"), QStringLiteral("--generate")},
              QStringList{QStringLiteral("app-password"), QStringLiteral("add"), QStringLiteral("script")}}) {
            const CliResult r = cli(vault, args, kPassword + '\n');
            CLI_EXPECT(r, 1);
            QVERIFY2(r.err.contains("requires two-factor sign-in"), r.err.constData());
            QVERIFY2(r.err.contains("2fa enable authenticator"), r.err.constData());
            QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
        // --help and --version need no vault.
        CLI_EXPECT(cli(vault, {QStringLiteral("--version")}, {}), 0);
        CLI_EXPECT(cli(vault, {QStringLiteral("ls"), QStringLiteral("--help")}, {}), 0);

        // 2fa status works and shows the policy, its file and the methods allowed.
        CliResult r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("status")}, kPassword + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("Policy: Required (from " + m_policyFile.toUtf8() + ")"), r.out.constData());
        QVERIFY2(r.out.contains("Methods allowed: authenticator, email, sms"), r.out.constData());

        // Turning a method on works, and then the vault opens with a code.
        qint64 acceptedAt = 0;
        const QString uri = enableAuthenticator(vault, &acceptedAt);
        QVERIFY(!uri.isEmpty());
        Result<otp::OtpParams> params = otp::parseUri(uri);
        QVERIFY(params.ok());
        r = cli(vault, {QStringLiteral("ls")},
                kPassword + '\n' + otp::generate(*params, acceptedAt + 30).toLatin1() + '\n');
        CLI_EXPECT(r, 0);
    }

    void statusWithoutPolicyFile()
    {
        const QString vault = makeVault(QStringLiteral("optional.twofold"));
        QVERIFY(!vault.isEmpty());
        const CliResult r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("status")}, kPassword + '\n');
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("Policy: Optional (no policy file at " + m_policyFile.toUtf8() + ")"),
                 r.out.constData());
    }

    void invalidPolicyFileRefusedEverywhere()
    {
        const QString vault = makeVault(QStringLiteral("invalid.twofold"));
        QVERIFY(!vault.isEmpty());
        writePolicy(R"({"twoFactor": "sometimes"})");
        for (const QStringList& args :
             {QStringList{QStringLiteral("ls")}, QStringList{QStringLiteral("show"), QStringLiteral("Mail")},
              QStringList{QStringLiteral("2fa"), QStringLiteral("status")},
              QStringList{QStringLiteral("ls"), QStringLiteral("--app-password")}}) {
            const CliResult r = cli(vault, args, kPassword + '\n');
            CLI_EXPECT(r, 4);
            QVERIFY2(r.err.contains(m_policyFile.toUtf8()), r.err.constData());
        }
    }

    void forbiddenMethodNamedAsForbidden()
    {
        const QString vault = makeVault(QStringLiteral("forbidden.twofold"));
        QVERIFY(!vault.isEmpty());
        qint64 acceptedAt = 0;
        const QString uri = enableAuthenticator(vault, &acceptedAt);
        QVERIFY(!uri.isEmpty());
        Result<otp::OtpParams> params = otp::parseUri(uri);
        QVERIFY(params.ok());
        writePolicy(R"({"twoFactor": "optional", "allowedMethods": ["authenticator"]})");

        CliResult r = cli(vault, {QStringLiteral("ls"), QStringLiteral("--method"), QStringLiteral("sms")},
                          kPassword + '\n');
        CLI_EXPECT(r, 1);
        QVERIFY2(r.err.contains("Your administrator does not allow the method Text message (SMS)"),
                 r.err.constData());
        QVERIFY2(!r.err.contains("not turned on"), r.err.constData());

        r = cli(vault,
                {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("email"),
                 QStringLiteral("--address"), QStringLiteral("ann@example.org")},
                kPassword + '\n' + otp::generate(*params, acceptedAt + 30).toLatin1() + '\n');
        CLI_EXPECT(r, 1);
        QVERIFY2(r.err.contains("Your administrator does not allow the method Email"), r.err.constData());
    }

    // Exit status 5: the mail server or SMS gateway cannot be reached.
    void unreachableDeliveryExitsFive()
    {
        const QString vault = makeVault(QStringLiteral("unreachable.twofold"));
        QVERIFY(!vault.isEmpty());
        CliResult r = cli(vault, {QStringLiteral("--help")}, {});
        CLI_EXPECT(r, 0);
        QVERIFY2(r.out.contains("5 the mail server, SMS gateway or sign-in server"), r.out.constData());
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("smtp"),
                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), kClosedPort,
                 QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--from"),
                 QStringLiteral("twofold@example.org")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("test"), QStringLiteral("--to"),
                 QStringLiteral("bob@example.org")},
                kPassword + '\n');
        CLI_EXPECT(r, 5);
        QVERIFY2(r.isOneSentence(), r.err.constData());
        r = cli(vault,
                {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("email"),
                 QStringLiteral("--address"), QStringLiteral("bob@example.org")},
                kPassword + '\n');
        CLI_EXPECT(r, 5);

        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("sms"),
                 QStringLiteral("--provider"), QStringLiteral("twilio"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1").arg(kClosedPort), QStringLiteral("--account-sid"),
                 QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("--from"),
                 QStringLiteral("+15005550006")},
                kPassword + "\ntoken\n");
        CLI_EXPECT(r, 0);
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("test"), QStringLiteral("--phone"),
                 QStringLiteral("07123 456 780"), QStringLiteral("--region"), QStringLiteral("GB")},
                kPassword + '\n');
        CLI_EXPECT(r, 5);
        r = cli(vault,
                {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("sms"),
                 QStringLiteral("--phone"), QStringLiteral("07123 456 780"), QStringLiteral("--region"),
                 QStringLiteral("GB")},
                kPassword + '\n');
        CLI_EXPECT(r, 5);
    }
};

QTEST_GUILESS_MAIN(TestCliPolicyE2e)
#include "tst_cli_policy_e2e.moc"
