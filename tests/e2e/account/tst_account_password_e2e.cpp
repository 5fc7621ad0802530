// Server accounts end to end, what the client does itself (issue 12): the real twofold-cli
// against the real twofold-server (SQLite, --insecure-http on loopback), through the recording
// proxy. Each "computer" is its own HOME and secret-store folder.
//   - account create refuses a weak master password before any request, and makes the account
//     in one request (one POST /v1/accounts, no verifier step);
//   - an app password made in server mode opens the vault on that computer with no code, and
//     the vault file + app password on a computer without the account key opens nothing;
//   - a new master password (password change) works on this computer and on a second computer
//     (which signs in with the new password, taking the new slot from the server) and the old
//     one stops working on both;
//   - the organisation's policy is what 2fa status shows, and a method it forbids is refused
//     before any setup request.
#include "CliRunner.h"
#include "InteractiveCli.h"
#include "RecordingProxy.h"
#include "ServerProcess.h"

#include "otp/OtpUri.h"
#include "otp/Totp.h"
#include "vault/VaultFile.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray kPassword = "correct horse battery staple 9!";
const QByteArray kNewPassword = "lantern orchid marble seventeen";
const QString kEmail = QStringLiteral("bea@example.org");
} // namespace

class TestAccountPasswordE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RecordingProxy> m_proxy;
    QString m_url;
    QString m_accountKey;
    QStringList m_recoveryCodes;
    QByteArray m_appPassword;

    QString home(const QString& computer) const { return m_dir.filePath(computer); }
    QString vault(const QString& computer) const { return home(computer) + QStringLiteral("/vault.twofold"); }

    QProcessEnvironment environment(const QString& computer) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TWOFOLD_VAULT"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // each computer's secrets in its own folder
        env.insert(QStringLiteral("HOME"), home(computer));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home(computer) + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home(computer) + QStringLiteral("/config"));
        env.insert(QStringLiteral("TWOFOLD_POLICY_FILE"), m_dir.filePath(QStringLiteral("no-policy.json")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    CliResult cli(const QString& computer, QStringList args, const QByteArray& input) const
    {
        QDir().mkpath(home(computer));
        CliRunner runner(home(computer));
        const QProcessEnvironment env = environment(computer);
        for (const QString& name : env.keys())
            runner.setEnv(name, env.value(name));
        runner.unsetEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        runner.unsetEnv(QStringLiteral("TWOFOLD_VAULT"));
        return runner.run(
            QStringList{QStringLiteral("--vault"), vault(computer), QStringLiteral("--password-stdin")} +
                args,
            input);
    }
    static QByteArray lines(std::initializer_list<QByteArray> answers)
    {
        QByteArray out;
        for (const QByteArray& a : answers)
            out += a + '\n';
        return out;
    }
    QByteArray recoveryCode() { return m_recoveryCodes.takeFirst().toUtf8(); }
    QStringList create() const
    {
        return {QStringLiteral("--server"),
                m_url,
                QStringLiteral("account"),
                QStringLiteral("create"),
                kEmail,
                QStringLiteral("--kdf-memory"),
                QStringLiteral("8"),
                QStringLiteral("--kdf-iterations"),
                QStringLiteral("1")};
    }
    QByteArray passwordSalt(const QString& computer) const
    {
        Result<VaultHeader> header = VaultFile::readHeader(vault(computer));
        return header ? header->passwordSlot()->salt : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray why;
        m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server")),
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                         QStringLiteral("--insecure-http"), QStringLiteral("--rate-capacity"),
                                         QStringLiteral("1000"), QStringLiteral("--rate-per-second"),
                                         QStringLiteral("100")},
                                        &why);
        QVERIFY2(m_server, why.constData());
        m_proxy = std::make_unique<RecordingProxy>(m_server->port());
        QVERIFY(m_proxy->begin());
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
    }

    // The same rule as init, checked before anything is measured or sent.
    void aWeakMasterPasswordIsRefusedBeforeAnyRequest()
    {
        const CliResult r = cli(QStringLiteral("a"), create(), "password1\n");
        QVERIFY2(r.exitCode == 1 && r.isOneSentence(), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(vault(QStringLiteral("a"))));
        // Nothing reached the server.
        QVERIFY(m_proxy->recorded().isEmpty());
        // The email itself is a word a guesser tries.
        const CliResult email = cli(QStringLiteral("a"), create(), "bea@example.org\n");
        QVERIFY2(email.exitCode == 1, qPrintable(describe(email)));
        QVERIFY(m_proxy->recorded().isEmpty());
    }

    // One POST /v1/accounts (share and keyset in it), and no verifier step after it.
    void anAccountIsMadeInOneRequest()
    {
        const CliResult r = cli(QStringLiteral("a"), create(), kPassword + '\n');
        CLI_EXPECT(r, 0);
        m_accountKey = QString::fromUtf8(r.out).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^TF1(-[A-Z2-7]{5}){8}$")).match(m_accountKey).hasMatch(),
                 qPrintable(m_accountKey));
        const QByteArray sent = m_proxy->recorded();
        QCOMPARE(sent.count("POST /v1/accounts"), 1);
        QCOMPARE(sent.count("POST /v1/verifier"), 0);
        QCOMPARE(sent.count("POST "), 1);
        // The vault works at once, and on a second computer with the account key.
        CLI_EXPECT(cli(QStringLiteral("a"),
                       {QStringLiteral("add"), QStringLiteral("Mail"), QStringLiteral("--generate")},
                       kPassword + '\n'),
                   0);
        CLI_EXPECT(cli(QStringLiteral("b"),
                       {QStringLiteral("--server"), m_url, QStringLiteral("account"),
                        QStringLiteral("sign-in"), kEmail},
                       lines({kPassword, m_accountKey.toUtf8()})),
                   0);
    }

    void turnOnTheAuthenticator()
    {
        InteractiveCli process(environment(QStringLiteral("a")),
                               {QStringLiteral("--vault"), vault(QStringLiteral("a")),
                                QStringLiteral("--password-stdin"), QStringLiteral("2fa"),
                                QStringLiteral("enable"), QStringLiteral("authenticator")});
        process.writeLine(kPassword);
        const QString uri = QString::fromUtf8(process.readLine());
        (void)process.readLine(); // the setup key
        Result<otp::OtpParams> params = otp::parseUri(uri);
        QVERIFY2(params.ok(), qPrintable(uri));
        process.writeLine(otp::generate(*params, QDateTime::currentSecsSinceEpoch()).toLatin1());
        const CliResult r = process.finish();
        CLI_EXPECT(r, 0);
        m_recoveryCodes = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(m_recoveryCodes.size(), 10);
    }

    // An app password: this computer's slot, needing the account key it keeps.
    void anAppPasswordOpensThisComputersVaultWithNoCode()
    {
        const CliResult add = cli(QStringLiteral("a"),
                                  {QStringLiteral("app-password"), QStringLiteral("add"),
                                   QStringLiteral("backup"), QStringLiteral("--recovery-code")},
                                  lines({kPassword, recoveryCode()}));
        CLI_EXPECT(add, 0);
        m_appPassword = add.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^([a-z2-9]{4}-){5}[a-z2-9]{4}$"))
                     .match(QString::fromUtf8(m_appPassword))
                     .hasMatch(),
                 m_appPassword.constData());
        // Opens here with nothing but the app password: no code, no account key asked.
        const CliResult ls =
            cli(QStringLiteral("a"), {QStringLiteral("ls"), QStringLiteral("--app-password")},
                m_appPassword + '\n');
        CLI_EXPECT(ls, 0);
        QCOMPARE(ls.out, QByteArray("Mail\n"));
        const CliResult list =
            cli(QStringLiteral("a"),
                {QStringLiteral("app-password"), QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kPassword, recoveryCode()}));
        CLI_EXPECT(list, 0);
        QVERIFY2(list.out.startsWith("backup\t"), qPrintable(describe(list)));
    }

    // The file and the app password on a computer that lacks the account key: nothing opens.
    void theFileAndTheAppPasswordWithoutTheAccountKeyOpenNothing()
    {
        QDir().mkpath(home(QStringLiteral("thief")));
        QVERIFY(QFile::copy(vault(QStringLiteral("a")), vault(QStringLiteral("thief"))));
        const CliResult r =
            cli(QStringLiteral("thief"), {QStringLiteral("ls"), QStringLiteral("--app-password")},
                lines({m_appPassword, ""}));
        CLI_EXPECT(r, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("account key"), qPrintable(describe(r)));
        // The same without the account key's check: the slot itself refuses the app password alone.
        Result<VaultFile> file = VaultFile::read(vault(QStringLiteral("thief")));
        QVERIFY(file.ok());
        const SecureBuffer secret = SecureBuffer::fromBytes(m_appPassword);
        const SecureBuffer noKey(kAccountKeyBytes); // all zero: not the account key
        QCOMPARE(file->unlockAppPasswordSlot(secret, nullptr, &noKey).error().code, ErrorCode::WrongPassword);
        QCOMPARE(file->unlockAppPasswordSlot(secret).error().code, ErrorCode::CodeRequired);
    }

    void theMasterPasswordChangesOnBothComputers()
    {
        const QByteArray saltBefore = passwordSalt(QStringLiteral("a"));
        QCOMPARE(passwordSalt(QStringLiteral("b")), saltBefore);
        const CliResult weak =
            cli(QStringLiteral("a"),
                {QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--recovery-code")},
                lines({kPassword, recoveryCode(), "password1"}));
        QVERIFY2(weak.exitCode == 1 && weak.err.contains("Too easy to guess"), qPrintable(describe(weak)));
        QCOMPARE(passwordSalt(QStringLiteral("a")), saltBefore); // nothing changed
        const CliResult change =
            cli(QStringLiteral("a"),
                {QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--recovery-code")},
                lines({kPassword, recoveryCode(), kNewPassword}));
        CLI_EXPECT(change, 0);
        const QByteArray saltAfter = passwordSalt(QStringLiteral("a"));
        QVERIFY(saltAfter != saltBefore); // one fresh Argon2id

        // This computer: the old password is refused (before any code), the new one opens.
        const CliResult old =
            cli(QStringLiteral("a"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kPassword, "aaaaa-aaaaa"}));
        CLI_EXPECT(old, 2);
        QVERIFY(old.out.isEmpty());
        const CliResult fresh =
            cli(QStringLiteral("a"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kNewPassword, recoveryCode()}));
        CLI_EXPECT(fresh, 0);
        QCOMPARE(fresh.out, QByteArray("Mail\n"));

        // The second computer's file still has the old slot: the old password fails there too,
        // the new one opens it (the slot comes from the server) and the file takes the new slot.
        QCOMPARE(passwordSalt(QStringLiteral("b")), saltBefore);
        const CliResult oldB =
            cli(QStringLiteral("b"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kPassword, "aaaaa-aaaaa"}));
        CLI_EXPECT(oldB, 2);
        QVERIFY(oldB.out.isEmpty());
        const CliResult newB =
            cli(QStringLiteral("b"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kNewPassword, recoveryCode()}));
        CLI_EXPECT(newB, 0);
        QCOMPARE(passwordSalt(QStringLiteral("b")), saltBefore); // ls writes nothing (read-only)
        // A command that writes: the file takes the account's new slot, so the old password's
        // slot is gone from it too.
        CLI_EXPECT(cli(QStringLiteral("b"),
                       {QStringLiteral("add"), QStringLiteral("Bank"), QStringLiteral("--generate"),
                        QStringLiteral("--recovery-code")},
                       lines({kNewPassword, recoveryCode()})),
                   0);
        QCOMPARE(passwordSalt(QStringLiteral("b")), saltAfter);
        const CliResult lsB =
            cli(QStringLiteral("b"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kNewPassword, recoveryCode()}));
        CLI_EXPECT(lsB, 0);
        // The add synced (it pushes its change and pulls computer A's): both entries are here.
        QCOMPARE(lsB.out, QByteArray("Bank\nMail\n"));

        // The app password is a slot of its own: it still opens computer A's vault.
        CLI_EXPECT(cli(QStringLiteral("a"), {QStringLiteral("ls"), QStringLiteral("--app-password")},
                       m_appPassword + '\n'),
                   0);
    }

    // Nothing done on the server stops an app password (SECURITY.md): after an administrator
    // resets the account's second factor it still opens its computer's vault. It is revoked
    // there, and then opens nothing.
    void aRevokedAppPasswordOpensNothing()
    {
        const ProcessResult reset = runServer({QStringLiteral("admin"), QStringLiteral("--data"),
                                               m_dir.filePath(QStringLiteral("server")),
                                               QStringLiteral("user"), QStringLiteral("reset-2fa"), kEmail});
        QVERIFY2(reset.finished && reset.exitCode == 0, reset.err.constData());
        CLI_EXPECT(cli(QStringLiteral("a"), {QStringLiteral("ls"), QStringLiteral("--app-password")},
                       m_appPassword + '\n'),
                   0);
        // No second factor now: the master password alone changes the settings.
        CLI_EXPECT(cli(QStringLiteral("a"),
                       {QStringLiteral("app-password"), QStringLiteral("rm"), QStringLiteral("backup")},
                       lines({kNewPassword})),
                   0);
        const CliResult r = cli(QStringLiteral("a"), {QStringLiteral("ls"), QStringLiteral("--app-password")},
                                m_appPassword + '\n');
        CLI_EXPECT(r, 2);
        QVERIFY(r.out.isEmpty());
    }

    // An organisation allowing only the authenticator: 2fa status says so (the server's policy,
    // not a local file's), and turning email on is refused with a sentence before any setup
    // request (the same requests as 2fa status: the sign-in and the settings read).
    void theOrganisationsPolicyIsSaidAndEnforcedBeforeAnyRequest()
    {
        const auto admin = [&](const QStringList& args) {
            return runServer(QStringList{QStringLiteral("admin"), QStringLiteral("--data"),
                                         m_dir.filePath(QStringLiteral("server"))} +
                             args);
        };
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("Beta")}).exitCode,
                 0);
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("domains"), QStringLiteral("Beta"),
                        QStringLiteral("example.net")})
                     .exitCode,
                 0);
        QCOMPARE(
            admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Beta"),
                   QStringLiteral("optional"), QStringLiteral("--methods"), QStringLiteral("authenticator")})
                .exitCode,
            0);
        const QString email = QStringLiteral("carol@example.net");
        CLI_EXPECT(cli(QStringLiteral("p"),
                       {QStringLiteral("--server"), m_url, QStringLiteral("account"),
                        QStringLiteral("create"), email, QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                        QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                       kPassword + '\n'),
                   0);
        const auto verifierCalls = [&] { return m_proxy->recorded().count("POST /v1/verifier"); };
        qsizetype before = verifierCalls();
        const CliResult status =
            cli(QStringLiteral("p"), {QStringLiteral("2fa"), QStringLiteral("status")}, kPassword + '\n');
        CLI_EXPECT(status, 0);
        QVERIFY2(
            status.out.contains(QStringLiteral("Policy: Optional (your organisation's, as %1 enforces it)\n")
                                    .arg(m_url)
                                    .toUtf8()),
            qPrintable(describe(status)));
        QVERIFY2(status.out.contains("Methods allowed: authenticator\n"), qPrintable(describe(status)));
        const qsizetype forStatus = verifierCalls() - before;
        before = verifierCalls();
        const CliResult refused = cli(QStringLiteral("p"),
                                      {QStringLiteral("2fa"), QStringLiteral("enable"),
                                       QStringLiteral("email"), QStringLiteral("--address"), email},
                                      kPassword + '\n');
        QVERIFY2(refused.exitCode != 0 && refused.isOneSentence() &&
                     refused.err.contains("Your administrator does not allow the method Email"),
                 qPrintable(describe(refused)));
        QCOMPARE(verifierCalls() - before, forStatus); // no setup request was sent
    }

    // Every byte sent: the master passwords, the account key and the app password are in none.
    void theServerNeverReceivedTheSecrets()
    {
        const QByteArray sent = m_proxy->recorded();
        QVERIFY(sent.contains("POST /v1/verifier"));
        for (const QByteArray& secret : {kPassword, kNewPassword, m_appPassword, m_accountKey.toUtf8()})
            QVERIFY2(!sent.contains(secret) && !sent.contains(secret.toBase64()) &&
                         !sent.contains(secret.toHex()),
                     secret.constData());
    }
};

QTEST_GUILESS_MAIN(TestAccountPasswordE2e)
#include "tst_account_password_e2e.moc"
