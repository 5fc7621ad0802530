// Email and SMS codes through the real twofold-cli and real delivery: a loopback SMTP server
// (aiosmtpd, STARTTLS + AUTH, a throwaway CA) and a loopback server speaking Twilio's wire
// format. The CLI is driven through pipes: the code line is written once the code has arrived.
#include "CliRunner.h"
#include "InteractiveCli.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold::test;

namespace {

const QByteArray kPassword = "correct horse battery staple";
const QString kSmtpUser = QStringLiteral("relay-user");
const QByteArray kSmtpPassword = "relay-secret";
const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QByteArray kToken = "twilio-auth-token";

// The first 6-digit number of a text.
QByteArray firstCode(const QString& text)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{6}(?![0-9])")).match(text);
    return m.hasMatch() ? m.captured(0).toLatin1() : QByteArray();
}

// The code in a delivered mail: the first 6-digit number of its body.
QByteArray codeInMail(const ServerMessage& message)
{
    const qsizetype bodyAt = message.content.indexOf("\r\n\r\n");
    return bodyAt < 0 ? QByteArray() : firstCode(QString::fromUtf8(message.content.mid(bodyAt + 4)));
}

// The code in a message the Twilio-shaped server recorded.
QByteArray codeInSms(const ServerMessage& message, QString* to = nullptr)
{
    const QJsonObject fields =
        QJsonDocument::fromJson(message.content).object().value(QStringLiteral("fields")).toObject();
    if (to)
        *to = fields.value(QStringLiteral("To")).toString();
    return firstCode(fields.value(QStringLiteral("Body")).toString());
}

} // namespace

class TestCli2faDeliveryE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<TestServer> m_smtp;
    std::unique_ptr<TestServer> m_twilio;

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

    QStringList base(const QString& vault) const
    {
        return {QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin")};
    }

    CliResult cli(const QString& vault, const QStringList& args, const QByteArray& input) const
    {
        CliRunner runner(m_dir.path());
        runner.setEnv(QStringLiteral("TWOFOLD_POLICY_FILE"),
                      m_dir.filePath(QStringLiteral("no-policy.json")));
        return runner.run(base(vault) + args, input);
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

    // Runs args with the password line, waits for the server's message, answers with its code.
    CliResult answerWithDeliveredCode(const QString& vault, const QStringList& args, TestServer& server,
                                      bool sms, QByteArray* code)
    {
        InteractiveCli process(environment(), base(vault) + args);
        process.writeLine(kPassword);
        const std::optional<ServerMessage> message = server.waitForMessage(30'000);
        if (message)
            *code = sms ? codeInSms(*message) : codeInMail(*message);
        if (!code->isEmpty())
            process.writeLine(*code);
        return process.finish();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certificates =
            TestCertificates::make({QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}, &error);
        QVERIFY2(m_certificates, qPrintable(error));
        m_smtp = TestServer::startSmtp({QStringLiteral("--starttls"), QStringLiteral("--cert"),
                                        m_certificates->certificateFile(), QStringLiteral("--key"),
                                        m_certificates->keyFile(), QStringLiteral("--auth"),
                                        kSmtpUser + u':' + QString::fromLatin1(kSmtpPassword)},
                                       &error);
        QVERIFY2(m_smtp, qPrintable(error));
        m_twilio = TestServer::startTwilio(
            {QStringLiteral("--sid"), kSid, QStringLiteral("--token"), QString::fromLatin1(kToken)}, &error);
        QVERIFY2(m_twilio, qPrintable(error));
    }

    void emailCodes()
    {
        const QString vault = makeVault(QStringLiteral("email.twofold"));
        QVERIFY(!vault.isEmpty());
        CliResult r = cli(vault,
                          {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("smtp"),
                           QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QString::number(m_smtp->port()), QStringLiteral("--security"),
                           QStringLiteral("starttls"), QStringLiteral("--user"), kSmtpUser,
                           QStringLiteral("--from"), QStringLiteral("twofold@example.org"),
                           QStringLiteral("--ca-file"), m_certificates->caFile()},
                          kPassword + '\n' + kSmtpPassword + '\n');
        CLI_EXPECT(r, 0);

        // delivery test: a mail that carries no code reaches the relay through STARTTLS + AUTH.
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("test"), QStringLiteral("--to"),
                 QStringLiteral("bob@example.org")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        std::optional<ServerMessage> test = m_smtp->waitForMessage(30'000);
        QVERIFY2(test, m_smtp->standardError().constData());
        QVERIFY(test->content.contains("bob@example.org"));
        QVERIFY(codeInMail(*test).isEmpty());

        // An address is needed.
        r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("email")},
                kPassword + '\n');
        CLI_EXPECT(r, 1);
        QVERIFY(r.isOneSentence());

        // Turning email on: a code is mailed, read from the mail, typed: ten recovery codes.
        QByteArray code;
        r = answerWithDeliveredCode(vault,
                                    {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("email"),
                                     QStringLiteral("--address"), QStringLiteral("alice@example.org")},
                                    *m_smtp, false, &code);
        QVERIFY2(!code.isEmpty(), m_smtp->standardError().constData());
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out.count('\n'), 10);

        // Signing in: the code goes out, stderr says where (masked), the mailed code opens.
        r = answerWithDeliveredCode(vault, {QStringLiteral("ls")}, *m_smtp, false, &code);
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("@example.org"), r.err.constData());
        QVERIFY2(!r.err.contains("alice@"), r.err.constData());

        // A wrong code is refused with exit 2.
        InteractiveCli wrong(environment(), base(vault) + QStringList{QStringLiteral("ls")});
        wrong.writeLine(kPassword);
        const std::optional<ServerMessage> mail = m_smtp->waitForMessage(30'000);
        QVERIFY(mail);
        const QByteArray right = codeInMail(*mail);
        wrong.writeLine(right == "000000" ? "111111" : "000000");
        r = wrong.finish();
        CLI_EXPECT(r, 2);
    }

    void smsCodes()
    {
        const QString vault = makeVault(QStringLiteral("sms.twofold"));
        QVERIFY(!vault.isEmpty());
        CliResult r =
            cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("sms"),
                 QStringLiteral("--provider"), QStringLiteral("twilio"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_twilio->port()), QStringLiteral("--account-sid"),
                 kSid, QStringLiteral("--from"), QStringLiteral("+15005550006")},
                kPassword + '\n' + kToken + '\n');
        CLI_EXPECT(r, 0);

        // A number that cannot receive SMS is refused with a sentence before anything is sent.
        r = cli(vault,
                {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("sms"),
                 QStringLiteral("--phone"), QStringLiteral("020 7946 0000"), QStringLiteral("--region"),
                 QStringLiteral("GB")},
                kPassword + '\n');
        CLI_EXPECT(r, 1);
        QVERIFY2(r.isOneSentence(), r.err.constData());
        QCOMPARE(m_twilio->messageCount(), 0);

        // delivery test: a text that carries no code, in E.164, through the Twilio wire format.
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("test"), QStringLiteral("--phone"),
                 QStringLiteral("07123 456 780"), QStringLiteral("--region"), QStringLiteral("GB")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        std::optional<ServerMessage> test = m_twilio->waitForMessage(30'000);
        QVERIFY2(test, m_twilio->standardError().constData());
        QString to;
        QVERIFY(codeInSms(*test, &to).isEmpty());
        QCOMPARE(to, QStringLiteral("+447123456780"));

        QByteArray code;
        r = answerWithDeliveredCode(vault,
                                    {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("sms"),
                                     QStringLiteral("--phone"), QStringLiteral("07123 456 789"),
                                     QStringLiteral("--region"), QStringLiteral("GB")},
                                    *m_twilio, true, &code);
        QVERIFY2(!code.isEmpty(), m_twilio->standardError().constData());
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("+44 7123 456789"), r.err.constData());
        QCOMPARE(r.out.count('\n'), 10);

        r = answerWithDeliveredCode(vault,
                                    {QStringLiteral("ls"), QStringLiteral("--method"), QStringLiteral("sms")},
                                    *m_twilio, true, &code);
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.contains("6789") && !r.err.contains("7123"), r.err.constData());

        r = cli(vault, {QStringLiteral("2fa"), QStringLiteral("status"), QStringLiteral("--recovery-code")},
                kPassword + "\nwrong-code\n");
        CLI_EXPECT(r, 2);
    }

    void webhookTest()
    {
        QString error;
        std::unique_ptr<TestServer> webhook = TestServer::startTwilio({QStringLiteral("--webhook")}, &error);
        QVERIFY2(webhook, qPrintable(error));
        const QString vault = makeVault(QStringLiteral("webhook.twofold"));
        QVERIFY(!vault.isEmpty());
        CliResult r = cli(vault,
                          {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("sms"),
                           QStringLiteral("--provider"), QStringLiteral("webhook"), QStringLiteral("--url"),
                           QStringLiteral("http://127.0.0.1:%1/hook").arg(webhook->port())},
                          kPassword + '\n');
        CLI_EXPECT(r, 0);
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("test"), QStringLiteral("--phone"),
                 QStringLiteral("+44 7123 456780")},
                kPassword + '\n');
        CLI_EXPECT(r, 0);
        const std::optional<ServerMessage> message = webhook->waitForMessage(30'000);
        QVERIFY2(message, webhook->standardError().constData());
        const QJsonObject body = QJsonDocument::fromJson(QJsonDocument::fromJson(message->content)
                                                             .object()
                                                             .value(QStringLiteral("body"))
                                                             .toString()
                                                             .toUtf8())
                                     .object();
        QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("+447123456780"));
    }

    // Issue 11: a new user who turns on email and then SMS can sign in with either right away.
    // Setup checks must not count against the send cap, and the cap is per method; with one
    // cap of 5 sends an hour shared by every send, the sixth send below is refused and the user
    // is locked out of both methods for about 50 minutes.
    void emailThenSmsNotCapped()
    {
        const QString vault = makeVault(QStringLiteral("email-then-sms.twofold"));
        QVERIFY(!vault.isEmpty());
        CliResult r = cli(vault,
                          {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("smtp"),
                           QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QString::number(m_smtp->port()), QStringLiteral("--security"),
                           QStringLiteral("starttls"), QStringLiteral("--user"), kSmtpUser,
                           QStringLiteral("--from"), QStringLiteral("twofold@example.org"),
                           QStringLiteral("--ca-file"), m_certificates->caFile()},
                          kPassword + '\n' + kSmtpPassword + '\n');
        CLI_EXPECT(r, 0);
        r = cli(vault,
                {QStringLiteral("delivery"), QStringLiteral("set"), QStringLiteral("sms"),
                 QStringLiteral("--provider"), QStringLiteral("twilio"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_twilio->port()), QStringLiteral("--account-sid"),
                 kSid, QStringLiteral("--from"), QStringLiteral("+15005550006")},
                kPassword + '\n' + kToken + '\n');
        CLI_EXPECT(r, 0);

        // Send 1: email's setup check.
        QByteArray code;
        r = answerWithDeliveredCode(vault,
                                    {QStringLiteral("2fa"), QStringLiteral("enable"), QStringLiteral("email"),
                                     QStringLiteral("--address"), QStringLiteral("carol@example.org")},
                                    *m_smtp, false, &code);
        CLI_EXPECT(r, 0);

        // Sends 2 and 3: the email sign-in code, then SMS's setup check.
        InteractiveCli enableSms(environment(),
                                 base(vault) + QStringList{QStringLiteral("2fa"), QStringLiteral("enable"),
                                                           QStringLiteral("sms"), QStringLiteral("--phone"),
                                                           QStringLiteral("07123 456 781"),
                                                           QStringLiteral("--region"), QStringLiteral("GB")});
        enableSms.writeLine(kPassword);
        std::optional<ServerMessage> mail = m_smtp->waitForMessage(30'000);
        QVERIFY(mail);
        enableSms.writeLine(codeInMail(*mail));
        std::optional<ServerMessage> text = m_twilio->waitForMessage(30'000);
        QVERIFY(text);
        enableSms.writeLine(codeInSms(*text));
        r = enableSms.finish();
        CLI_EXPECT(r, 0);

        // Sends 4 and 5: sign in by email, by SMS.
        r = answerWithDeliveredCode(vault, {QStringLiteral("ls")}, *m_smtp, false, &code);
        CLI_EXPECT(r, 0);
        r = answerWithDeliveredCode(vault,
                                    {QStringLiteral("ls"), QStringLiteral("--method"), QStringLiteral("sms")},
                                    *m_twilio, true, &code);
        CLI_EXPECT(r, 0);

        // Send 6: email again, right away.
        QByteArray sixth;
        r = answerWithDeliveredCode(vault, {QStringLiteral("ls")}, *m_smtp, false, &sixth);
        QVERIFY2(r.finished && r.exitCode == 0 && !sixth.isEmpty(), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCli2faDeliveryE2e)
#include "tst_cli_2fa_delivery_e2e.moc"
