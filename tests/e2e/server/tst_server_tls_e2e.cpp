// twofold-server over TLS with a private certificate authority (issue 12): the real twofold-cli
// against the real server on loopback, with certificates made by `openssl` for the test.
//   - with the CA given (--server-ca, then TWOFOLD_SERVER_CA), an account is made and used;
//   - without it, or with a certificate for another name, nothing is sent past the handshake:
//     exit 5 with a sentence that says the certificate is not trusted, no file written or changed.
#include "CliRunner.h"
#include "ServerProcess.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold::test;

namespace {
const QByteArray kPassword = "correct horse battery staple 9!";
const QString kEmail = QStringLiteral("tls@example.org");

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}
} // namespace

class TestServerTlsE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ServerProcess> m_server;
    QString m_url;

    QString home(const QString& computer) const { return m_dir.filePath(computer); }
    QString vault(const QString& computer) const { return home(computer) + QStringLiteral("/vault.twofold"); }

    CliResult cli(const QString& computer, const QStringList& args, const QByteArray& input,
                  const QString& ca = {}) const
    {
        QDir().mkpath(home(computer));
        CliRunner runner(home(computer));
        runner.setEnv(QStringLiteral("HOME"), home(computer));
        runner.setEnv(QStringLiteral("XDG_DATA_HOME"), home(computer) + QStringLiteral("/data"));
        runner.setEnv(QStringLiteral("XDG_CONFIG_HOME"), home(computer) + QStringLiteral("/config"));
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"),
                      m_dir.filePath(QStringLiteral("no-policy.json")));
        runner.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        runner.unsetEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        runner.unsetEnv(QStringLiteral("TWOFOLD_VAULT"));
        if (ca.isEmpty())
            runner.unsetEnv(QStringLiteral("TWOFOLD_SERVER_CA"));
        else
            runner.setEnv(QStringLiteral("TWOFOLD_SERVER_CA"), ca);
        return runner.run(
            QStringList{QStringLiteral("--vault"), vault(computer), QStringLiteral("--password-stdin")} +
                args,
            input);
    }
    QStringList create(const QString& url) const
    {
        return {QStringLiteral("--server"),
                url,
                QStringLiteral("account"),
                QStringLiteral("create"),
                kEmail,
                QStringLiteral("--kdf-memory"),
                QStringLiteral("8"),
                QStringLiteral("--kdf-iterations"),
                QStringLiteral("1")};
    }
    // The accounts the server's database holds (twofold-server admin user list).
    QByteArray accounts(const QString& data) const
    {
        const ProcessResult listed = runServer({QStringLiteral("admin"), QStringLiteral("--data"), data,
                                                QStringLiteral("user"), QStringLiteral("list")});
        return listed.exitCode == 0 ? listed.out : QByteArray("admin failed: ") + listed.err;
    }
    static void expectNotTrusted(const CliResult& r)
    {
        QVERIFY2(r.finished && r.exitCode == 5, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("is not trusted on this computer, so nothing was sent to it"),
                 qPrintable(describe(r)));
        QVERIFY2(r.err.contains("TWOFOLD_SERVER_CA"), qPrintable(describe(r)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certificates = TestCertificates::make({QStringLiteral("IP:127.0.0.1")}, &error);
        QVERIFY2(m_certificates, qPrintable(error));
        QByteArray why;
        m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server")),
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                         QStringLiteral("--tls-cert"), m_certificates->certificateFile(),
                                         QStringLiteral("--tls-key"), m_certificates->keyFile()},
                                        &why);
        QVERIFY2(m_server, why.constData());
        m_url = QStringLiteral("https://127.0.0.1:%1").arg(m_server->port());
    }

    // The system's CAs do not know the private one: refused before any request body leaves.
    void withoutTheCaNothingIsMade()
    {
        expectNotTrusted(cli(QStringLiteral("stranger"), create(m_url), kPassword + '\n'));
        QVERIFY(!QFileInfo::exists(vault(QStringLiteral("stranger"))));
        QCOMPARE(accounts(m_dir.filePath(QStringLiteral("server"))), QByteArray());
    }

    void withTheCaAnAccountIsMadeAndUsed()
    {
        const CliResult made =
            cli(QStringLiteral("a"),
                create(m_url) + QStringList{QStringLiteral("--server-ca"), m_certificates->caFile()},
                kPassword + '\n');
        CLI_EXPECT(made, 0);
        QVERIFY(made.out.startsWith("TF1-"));
        // Later commands take the CA from TWOFOLD_SERVER_CA (the vault names only the server).
        CLI_EXPECT(cli(QStringLiteral("a"),
                       {QStringLiteral("add"), QStringLiteral("Bank"), QStringLiteral("--generate")},
                       kPassword + '\n', m_certificates->caFile()),
                   0);
        const CliResult ls =
            cli(QStringLiteral("a"), {QStringLiteral("ls")}, kPassword + '\n', m_certificates->caFile());
        CLI_EXPECT(ls, 0);
        QCOMPARE(ls.out, QByteArray("Bank\n"));
        QVERIFY(accounts(m_dir.filePath(QStringLiteral("server"))).startsWith(kEmail.toUtf8() + '\t'));
    }

    // The same vault without the CA: the sentence says why, and the file is not touched.
    void theVaultDoesNotOpenWithoutTheCa()
    {
        const QByteArray before = digestOf(vault(QStringLiteral("a")));
        QVERIFY(!before.isEmpty());
        expectNotTrusted(cli(QStringLiteral("a"), {QStringLiteral("ls")}, kPassword + '\n'));
        QCOMPARE(digestOf(vault(QStringLiteral("a"))), before);
    }

    // A certificate from the trusted CA but for another name (a server at another address
    // presenting it) is refused too.
    void aCertificateForAnotherNameIsRefused()
    {
        QString error;
        auto other = TestCertificates::make({QStringLiteral("DNS:other.example")}, &error);
        QVERIFY2(other, qPrintable(error));
        QByteArray why;
        auto impostor = ServerProcess::start(
            {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("impostor")), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), other->certificateFile(),
             QStringLiteral("--tls-key"), other->keyFile()},
            &why);
        QVERIFY2(impostor, why.constData());
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(impostor->port());
        expectNotTrusted(cli(QStringLiteral("b"),
                             create(url) + QStringList{QStringLiteral("--server-ca"), other->caFile()},
                             kPassword + '\n'));
        QVERIFY(!QFileInfo::exists(vault(QStringLiteral("b"))));
        QCOMPARE(accounts(m_dir.filePath(QStringLiteral("impostor"))), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestServerTlsE2e)
#include "tst_server_tls_e2e.moc"
