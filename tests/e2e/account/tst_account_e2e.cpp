// Server accounts end to end (issue 12, DESIGN.md 10): the real twofold-cli against the real
// twofold-server (SQLite, --insecure-http on loopback), through a recording proxy that keeps
// every byte the clients send. Each "computer" is its own HOME and secret-store folder.
//   - create an account (the account key printed once), use it with no second factor, turn the
//     authenticator on; 2fa status says the server checks the codes;
//   - sign in on a second computer with the account key and a code; ls works there without
//     --server or the key (kept now), the computer remembered by the server;
//   - breach table: a stolen file + password, with a wrong code or without the account key, does
//     not open; the same file opens with password + account key + right code; a stolen server
//     database (the whole data folder, pepper included) + password + right code on a fresh
//     computer without the account key opens nothing; with the server unreachable nothing opens;
//   - the server never receives the master password or the account key, in any encoding.
#include "CliRunner.h"
#include "InteractiveCli.h"
#include "RecordingProxy.h"
#include "ServerProcess.h"

#include "auth/AccountKey.h"
#include "auth/ComputerId.h"
#include "otp/Base32.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"
#include "vault/VaultFile.h"

#include <QDateTime>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray kPassword = "correct horse battery staple 9!";
const QString kEmail = QStringLiteral("ann@example.org");

bool copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}
} // namespace

class TestAccountE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RecordingProxy> m_proxy;
    QString m_url;
    QString m_accountKey;
    QString m_uri;
    QStringList m_recoveryCodes;
    qint64 m_enabledAt = 0;

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
    QByteArray codeAt(qint64 unixSeconds) const
    {
        Result<otp::OtpParams> params = otp::parseUri(m_uri);
        return params ? otp::generate(*params, unixSeconds).toLatin1() : QByteArray();
    }
    static QByteArray lines(std::initializer_list<QByteArray> answers)
    {
        QByteArray out;
        for (const QByteArray& a : answers)
            out += a + '\n';
        return out;
    }
    bool stolenCopy(const QString& computer)
    {
        QDir().mkpath(home(computer));
        return QFile::copy(vault(QStringLiteral("a")), vault(computer));
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

    void createAccountPrintsTheKeyOnce()
    {
        const CliResult r =
            cli(QStringLiteral("a"),
                {QStringLiteral("--server"), m_url, QStringLiteral("account"), QStringLiteral("create"),
                 kEmail, QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                 QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        const QStringList out = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 1);
        m_accountKey = out.first();
        QVERIFY2(QRegularExpression(QStringLiteral("^TF1(-[A-Z2-7]{5}){8}$")).match(m_accountKey).hasMatch(),
                 qPrintable(m_accountKey));
        QVERIFY(!r.err.contains(m_accountKey.toUtf8()));
        Result<VaultHeader> header = VaultFile::readHeader(vault(QStringLiteral("a")));
        QVERIFY(header.ok());
        QCOMPARE(header->serverUrl, m_url);
        QCOMPARE(header->serverAccount, kEmail);
        QVERIFY(header->authSection.isEmpty());
        // A second account with the same email is refused with its sentence.
        const CliResult again =
            cli(QStringLiteral("a2"),
                {QStringLiteral("--server"), m_url, QStringLiteral("account"), QStringLiteral("create"),
                 kEmail, QStringLiteral("--kdf-memory"), QStringLiteral("8")},
                kPassword + '\n');
        QVERIFY2(again.exitCode != 0 && again.err.contains("exists on the server already"),
                 qPrintable(describe(again)));
        QVERIFY(!QFileInfo::exists(vault(QStringLiteral("a2"))));
    }

    // No second factor yet: the server releases the share on the password's proof; the file
    // still needs the account key this computer keeps.
    void useWithoutASecondFactor()
    {
        CLI_EXPECT(cli(QStringLiteral("a"),
                       {QStringLiteral("add"), QStringLiteral("Mail"), QStringLiteral("--generate")},
                       kPassword + '\n'),
                   0);
        const CliResult ls = cli(QStringLiteral("a"), {QStringLiteral("ls")}, kPassword + '\n');
        CLI_EXPECT(ls, 0);
        QCOMPARE(ls.out, QByteArray("Mail\n"));
        const CliResult wrong = cli(QStringLiteral("a"), {QStringLiteral("ls")}, "not the password\n");
        CLI_EXPECT(wrong, 2);
        // Another computer signs in with the password and the account key alone: the share
        // and the keyset come with the server's first answer.
        QDir().mkpath(home(QStringLiteral("c")));
        const CliResult signIn = cli(
            QStringLiteral("c"),
            {QStringLiteral("--server"), m_url, QStringLiteral("account"), QStringLiteral("sign-in"), kEmail},
            lines({kPassword, m_accountKey.toUtf8()}));
        CLI_EXPECT(signIn, 0);
        QCOMPARE(VaultFile::readHeader(vault(QStringLiteral("c")))->vaultId,
                 VaultFile::readHeader(vault(QStringLiteral("a")))->vaultId);
        CLI_EXPECT(cli(QStringLiteral("c"), {QStringLiteral("ls")}, kPassword + '\n'), 0);
    }

    void turnOnTheAuthenticator()
    {
        InteractiveCli process(environment(QStringLiteral("a")),
                               {QStringLiteral("--vault"), vault(QStringLiteral("a")),
                                QStringLiteral("--password-stdin"), QStringLiteral("2fa"),
                                QStringLiteral("enable"), QStringLiteral("authenticator")});
        process.writeLine(kPassword);
        m_uri = QString::fromUtf8(process.readLine());
        (void)process.readLine(); // the setup key
        QVERIFY2(m_uri.startsWith(QStringLiteral("otpauth://totp/")), qPrintable(m_uri));
        // One step back: the later sign-ins use the current step, then none is replayed.
        m_enabledAt = QDateTime::currentSecsSinceEpoch() - 30;
        process.writeLine(codeAt(m_enabledAt));
        const CliResult r = process.finish();
        CLI_EXPECT(r, 0);
        m_recoveryCodes = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(m_recoveryCodes.size(), 10);

        const CliResult status =
            cli(QStringLiteral("a"),
                {QStringLiteral("2fa"), QStringLiteral("status"), QStringLiteral("--recovery-code")},
                lines({kPassword, m_recoveryCodes.takeLast().toUtf8()}));
        CLI_EXPECT(status, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Codes are checked by %1").arg(m_url).toUtf8()),
                 qPrintable(describe(status)));
        QVERIFY(status.out.contains("authenticator: on"));
    }

    void signInOnASecondComputer()
    {
        QDir().mkpath(home(QStringLiteral("b")));
        const CliResult r = cli(
            QStringLiteral("b"),
            {QStringLiteral("--server"), m_url, QStringLiteral("account"), QStringLiteral("sign-in"), kEmail,
             QStringLiteral("--remember")},
            lines({kPassword, m_accountKey.toLower().toUtf8(), codeAt(QDateTime::currentSecsSinceEpoch())}));
        CLI_EXPECT(r, 0);
        Result<VaultHeader> header = VaultFile::readHeader(vault(QStringLiteral("b")));
        QVERIFY(header.ok());
        QCOMPARE(header->serverUrl, m_url);
        QCOMPARE(header->vaultId, VaultFile::readHeader(vault(QStringLiteral("a")))->vaultId);
        // Later: no --server, no account key (kept now), no code (remembered by the server).
        const CliResult ls = cli(QStringLiteral("b"), {QStringLiteral("ls")}, kPassword + '\n');
        CLI_EXPECT(ls, 0);
        QVERIFY2(!ls.err.contains("Account key"), qPrintable(describe(ls)));
    }

    void stolenFileAndPasswordWithoutTheAccountKey()
    {
        QVERIFY(stolenCopy(QStringLiteral("thief")));
        const QByteArray before = readFileBytes(vault(QStringLiteral("thief")));
        const CliResult r = cli(QStringLiteral("thief"), {QStringLiteral("ls")}, lines({kPassword, ""}));
        CLI_EXPECT(r, 2);
        QVERIFY2(r.isOneSentence() && r.err.contains("account key"), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readFileBytes(vault(QStringLiteral("thief"))), before);
    }

    void stolenFilePasswordAndKeyWithAWrongCode()
    {
        const CliResult r = cli(QStringLiteral("thief"), {QStringLiteral("ls")},
                                lines({kPassword, m_accountKey.toUtf8(), "000000"}));
        CLI_EXPECT(r, 2);
        QVERIFY(r.out.isEmpty());
        const CliResult recovery =
            cli(QStringLiteral("thief"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kPassword, m_accountKey.toUtf8(), "aaaaa-aaaaa"}));
        CLI_EXPECT(recovery, 2);
        QVERIFY(recovery.out.isEmpty());
    }

    void theSameFileOpensWithPasswordAccountKeyAndRightCode()
    {
        QVERIFY(stolenCopy(QStringLiteral("owner-c")));
        const CliResult r =
            cli(QStringLiteral("owner-c"), {QStringLiteral("ls"), QStringLiteral("--recovery-code")},
                lines({kPassword, m_accountKey.toUtf8(), m_recoveryCodes.takeFirst().toUtf8()}));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("Mail\n"));
    }

    // The whole data folder (database and pepper) in an attacker's own twofold-server, the
    // master password and a right code, on a computer that never had the account key: nothing
    // opens, and no vault file is made.
    void stolenServerDatabaseOpensNothing()
    {
        m_server.reset(); // stopped, so its SQLite files are complete on disk
        const QString stolen = m_dir.filePath(QStringLiteral("stolen-server"));
        QVERIFY(copyFolder(m_dir.filePath(QStringLiteral("server")), stolen));
        QByteArray why;
        std::unique_ptr<ServerProcess> attacker =
            ServerProcess::start({QStringLiteral("--data"), stolen, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http")},
                                 &why);
        QVERIFY2(attacker, why.constData());
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(attacker->port());
        QDir().mkpath(home(QStringLiteral("d")));
        const QStringList signIn{QStringLiteral("--server"), url,    QStringLiteral("account"),
                                 QStringLiteral("sign-in"),  kEmail, QStringLiteral("--recovery-code")};
        // No account key: refused once the server has released the share.
        CliResult r =
            cli(QStringLiteral("d"), signIn, lines({kPassword, "", m_recoveryCodes.takeFirst().toUtf8()}));
        CLI_EXPECT(r, 2);
        QVERIFY2(r.err.contains("account key"), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(vault(QStringLiteral("d"))));
        // A guessed account key: the server accepts password and code, the file still does not open.
        SeededRandom random(9);
        const QString guess = AccountKey::generate(random).text().toStringUnsafe();
        r = cli(QStringLiteral("d"), signIn,
                lines({kPassword, guess.toUtf8(), m_recoveryCodes.takeFirst().toUtf8()}));
        CLI_EXPECT(r, 2);
        QVERIFY2(r.err.contains("account key does not fit"), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(vault(QStringLiteral("d"))));
    }

    // The server is gone: the stolen file, the password, the account key and a code open nothing.
    void serverUnreachableOpensNothing()
    {
        m_proxy->stop();
        const CliResult r =
            cli(QStringLiteral("owner-c"), {QStringLiteral("ls")},
                lines({kPassword, m_accountKey.toUtf8(), codeAt(QDateTime::currentSecsSinceEpoch())}));
        CLI_EXPECT(r, 5);
        QVERIFY2(r.err.contains(m_url.toUtf8()) && r.err.contains("could not be reached"),
                 qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
    }

    // Each computer signs in with an id of its own (auth/ComputerId.h), made from the seed in
    // its profile: the server tells a new computer from a known one by it, not by its name.
    void eachComputerSendsItsOwnId()
    {
        const auto idOf = [this](const QString& computer) {
            const QByteArray seed = QByteArray::fromHex(
                readFileBytes(home(computer) + QStringLiteral("/data/Twofold/Twofold/sign-in-computer"))
                    .trimmed());
            return seed.size() == 32 ? signInComputerId(seed, QUrl(m_url), kEmail) : QByteArray();
        };
        const QByteArray a = idOf(QStringLiteral("a")), b = idOf(QStringLiteral("b"));
        QVERIFY(!a.isEmpty());
        QVERIFY(!b.isEmpty());
        QVERIFY(a != b);
        const QByteArray sent = m_proxy->recorded();
        QVERIFY(sent.contains(a)); // with the account's creation and every code
        QVERIFY(sent.contains(b));
    }

    // Every byte the clients sent the server: the master password and the account key are in
    // none of it, in no encoding.
    void theServerNeverReceivedPasswordOrAccountKey()
    {
        const QByteArray sent = m_proxy->recorded();
        // Positive control: the recording holds the requests, bodies included.
        QVERIFY(sent.contains("POST /v1/accounts"));
        QVERIFY(sent.contains("POST /v1/prelogin"));
        QVERIFY(sent.contains("POST /v1/verifier"));
        QVERIFY(sent.contains(kEmail.toUtf8()));
        Result<AccountKey> key = AccountKey::parse(m_accountKey);
        QVERIFY(key.ok());
        const QByteArray raw = key->bytes().view().toByteArray();
        QList<QByteArray> forbidden{
            kPassword,
            kPassword.toHex(),
            kPassword.toBase64(),
            m_accountKey.toUtf8(),
            m_accountKey.toLower().toUtf8(),
            m_accountKey.mid(4).remove(u'-').toUtf8(),
            raw,
            raw.toHex(),
            raw.toHex().toUpper(),
            raw.toBase64(),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            otp::base32Encode(raw, otp::Base32Padding::NoPad).toUtf8()};
        for (const QByteArray& f : forbidden)
            QVERIFY2(!sent.contains(f) && !sent.toLower().contains(f.toLower()), f.constData());
        // Any 8-byte window of the raw key, too (a partial copy in some framing).
        for (int i = 0; i + 8 <= raw.size(); ++i)
            QVERIFY(!sent.contains(raw.mid(i, 8)));
    }

private:
    static QByteArray readFileBytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestAccountE2e)
#include "tst_account_e2e.moc"
