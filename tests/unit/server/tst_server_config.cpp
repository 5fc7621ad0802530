// twofold-server's configuration: the 0600 rule for the config file, strict lines, the order
// command line > environment > file, the loopback rule for --insecure-http, database URLs,
// the pepper kept in the data folder.
#include "server/config/ConfigFile.h"
#include "server/config/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::server;

class TestServerConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray& text, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(QStringLiteral("config-%1").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QFile::setPermissions(path, permissions);
        return path;
    }
    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    int m_files = 0;

    QMap<QString, QString> insecureLoopback() const
    {
        return {{QStringLiteral("data"), m_dir.filePath(QStringLiteral("data"))},
                {QStringLiteral("listen"), QStringLiteral("127.0.0.1:8443")},
                {QStringLiteral("insecure-http"), QStringLiteral("true")}};
    }

private slots:
    void aConfigFileOthersCanReadIsRefused()
    {
        const QString path =
            writeConfig("pepper = AAAA\n", kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        Result<QMap<QString, QString>> refused = ConfigFile::load(path, ServerConfig::fileKeys());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(
            refused.error().message,
            QStringLiteral(
                "The config file %1 holds secrets but other users may read it (mode 0644): run chmod 600 %1.")
                .arg(path));
        QVERIFY(ConfigFile::load(writeConfig("# nothing\n", kOwnerOnly), ServerConfig::fileKeys()).ok());
        QVERIFY(
            ConfigFile::load(writeConfig("# read-only\n", QFileDevice::ReadOwner), ServerConfig::fileKeys())
                .ok());
        QCOMPARE(ConfigFile::load(m_dir.path(), ServerConfig::fileKeys()).error().code,
                 ErrorCode::FileReadFailed);
    }

    void linesAreParsedStrictly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("refusal"); // %1 is the file
        QTest::newRow("no equals") << QByteArray("listen 127.0.0.1:1\n")
                                   << "Line 1 of the config file %1 is not of the form “key = value”.";
        QTest::newRow("unknown key")
            << QByteArray("# c\n\nlisten = 127.0.0.1:1\nsmtp-pasword = x\n")
            << "Line 4 of the config file %1 sets “smtp-pasword”, which twofold-server does not know.";
        QTest::newRow("twice") << QByteArray("data = /a\r\ndata = /b\r\n")
                               << "Line 2 of the config file %1 sets “data” a second time.";
        QTest::newRow("bad key") << QByteArray("Data = /a\n")
                                 << "Line 1 of the config file %1 is not of the form “key = value”.";
        QTest::newRow("no key") << QByteArray(" = /a\n")
                                << "Line 1 of the config file %1 is not of the form “key = value”.";
        QTest::newRow("bad utf-8") << QByteArray("data = /\xff\n")
                                   << "Line 1 of the config file %1 is not of the form “key = value”.";
    }
    void linesAreParsedStrictly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, refusal);
        const QString file = QStringLiteral("F");
        QCOMPARE(ConfigFile::parse(text, ServerConfig::fileKeys(), file).error().message, refusal.arg(file));
    }

    void valuesKeepEverythingAfterTheFirstEquals()
    {
        const auto values = ConfigFile::parse("webhook-body = {\"a\": \"b=c\"}  \nsmtp-from =\n",
                                              ServerConfig::fileKeys(), {})
                                .value();
        QCOMPARE(values.value(QStringLiteral("webhook-body")), QStringLiteral("{\"a\": \"b=c\"}"));
        QVERIFY(values.contains(QStringLiteral("smtp-from")));
        QVERIFY(values.value(QStringLiteral("smtp-from")).isEmpty());
    }

    void theCommandLineBeatsTheEnvironmentWhichBeatsTheFile()
    {
        const QString path =
            writeConfig("listen = 127.0.0.1:1001\nrate-capacity = 5\nrate-per-second = 2\n", kOwnerOnly);
        QMap<QString, QString> cli = insecureLoopback();
        cli.remove(QStringLiteral("listen"));
        cli.insert(QStringLiteral("config"), path);
        QProcessEnvironment env;
        env.insert(QStringLiteral("TWOFOLD_SERVER_LISTEN"), QStringLiteral("127.0.0.1:1002"));
        env.insert(QStringLiteral("TWOFOLD_SERVER_RATE_CAPACITY"), QStringLiteral("7"));
        ServerConfig config = ServerConfig::load(cli, env).value();
        QCOMPARE(config.listen.port, quint16(1002));
        QCOMPARE(config.rate.capacity, 7.0);
        QCOMPARE(config.rate.refillPerSecond, 2.0);
        QCOMPARE(config.configFile, path);
        cli.insert(QStringLiteral("listen"), QStringLiteral("127.0.0.1:1003"));
        QCOMPARE(ServerConfig::load(cli, env)->listen.port, quint16(1003));
        QCOMPARE(config.database.engine, SqlEngine::Sqlite);
        QVERIFY(config.database.sqliteFile.startsWith(cli.value(QStringLiteral("data"))));
    }

    void systemdCredentialsAreFoundWithoutAnOption()
    {
        QTemporaryDir credentials;
        QFile file(credentials.filePath(QStringLiteral("config")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rate-capacity = 9\n");
        file.close();
        QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        QCOMPARE(ServerConfig::load(insecureLoopback(), env)->rate.capacity, 9.0);
    }

    void insecureHttpNeedsLoopback_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << "127.0.0.1:8080" << true;
        QTest::newRow("127.0.0.2") << "127.0.0.2:8080" << true;
        QTest::newRow("[::1]") << "[::1]:8080" << true;
        QTest::newRow("localhost") << "localhost:8080" << true;
        QTest::newRow("any") << "*:8080" << false;
        QTest::newRow("0.0.0.0") << "0.0.0.0:8080" << false;
        QTest::newRow("lan") << "192.168.1.5:8080" << false;
        QTest::newRow("[::]") << "[::]:8080" << false;
    }
    void insecureHttpNeedsLoopback()
    {
        QFETCH(QString, listen);
        QFETCH(bool, allowed);
        QMap<QString, QString> cli = insecureLoopback();
        cli.insert(QStringLiteral("listen"), listen);
        Result<ServerConfig> config = ServerConfig::load(cli, {});
        QCOMPARE(config.ok(), allowed);
        if (!allowed)
            QCOMPARE(config.error().message,
                     QStringLiteral(
                         "--insecure-http sends sign-in traffic unencrypted, so it is allowed only on this "
                         "computer’s loopback address, not on %1.")
                         .arg(listen));
    }

    void withoutTlsOrInsecureHttpTheServerRefuses()
    {
        QMap<QString, QString> cli = insecureLoopback();
        cli.remove(QStringLiteral("insecure-http"));
        QCOMPARE(ServerConfig::load(cli, {}).error().message,
                 QStringLiteral("twofold-server needs --tls-cert and --tls-key (or --insecure-http on a "
                                "loopback address for tests)."));
        cli.insert(QStringLiteral("tls-cert"), QStringLiteral("c.pem"));
        cli.insert(QStringLiteral("tls-key"), QStringLiteral("k.pem"));
        cli.insert(QStringLiteral("listen"), QStringLiteral("*:443"));
        QVERIFY(ServerConfig::load(cli, {}).ok());
        QCOMPARE(ServerConfig::load({}, {}).error().message,
                 QStringLiteral("Say where twofold-server keeps its data with --data DIR (or data = DIR in "
                                "the config file)."));
    }

    void listenAddressesAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("v4") << "10.0.0.1:443" << true;
        QTest::newRow("v6") << "[2001:db8::1]:443" << true;
        QTest::newRow("no port") << "10.0.0.1" << false;
        QTest::newRow("port 0: any") << "10.0.0.1:0" << true;
        QTest::newRow("port sign") << "10.0.0.1:-1" << false;
        QTest::newRow("port too big") << "10.0.0.1:65536" << false;
        QTest::newRow("name") << "example.org:443" << false;
        QTest::newRow("bare v6") << "2001:db8::1:443" << false;
    }
    void listenAddressesAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ListenAddress::parse(text).ok(), valid);
    }

    void databaseUrlsAreParsed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown"); // empty: refused
        QTest::newRow("postgresql") << "postgresql://twofold@db.internal/twofold"
                                    << "postgresql://twofold@db.internal:5432/twofold";
        QTest::newRow("postgres + port") << "postgres://app@10.0.0.2:6432/vaults?sslmode=require"
                                         << "postgresql://app@10.0.0.2:6432/vaults";
        QTest::newRow("socket") << "postgresql://app@localhost/vaults?host=/run/postgresql"
                                << "postgresql://app@:5432/vaults?host=/run/postgresql";
        QTest::newRow("sqlite") << "sqlite:///var/lib/twofold/db.sqlite"
                                << "sqlite:///var/lib/twofold/db.sqlite";
        QTest::newRow("password") << "postgresql://app:secret@db/vaults"
                                  << "";
        QTest::newRow("no user") << "postgresql://db/vaults"
                                 << "";
        QTest::newRow("no database") << "postgresql://app@db/"
                                     << "";
        QTest::newRow("unknown parameter") << "postgresql://app@db/v?password=x"
                                           << "";
        QTest::newRow("mysql") << "mysql://app@db/v"
                               << "";
        QTest::newRow("relative sqlite") << "sqlite:db.sqlite"
                                         << "";
    }
    void databaseUrlsAreParsed()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        QCOMPARE(parsed.ok(), !shown.isEmpty());
        if (parsed.ok())
            QCOMPARE(parsed->display(), shown);
        else
            QVERIFY(!parsed.error().message.contains(QLatin1String("secret")));
    }

    void thePepperIsMadeOnceAndKept()
    {
        ServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("pepper-data/nested"));
        SecureBuffer first = loadPepper(config).value();
        QCOMPARE(first.size(), std::size_t(32));
        const QFileInfo folder(config.dataDir);
        QCOMPARE(folder.permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(QFileInfo(config.dataDir + QStringLiteral("/pepper")).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(loadPepper(config)->equals(first));
        QFile damaged(config.dataDir + QStringLiteral("/pepper"));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("not base64 at all!\n");
        damaged.close();
        QCOMPARE(loadPepper(config).error().code, ErrorCode::FileDamaged);
    }

    void aPepperInTheConfigMustBe32Bytes()
    {
        QMap<QString, QString> cli = insecureLoopback();
        cli.insert(QStringLiteral("config"), writeConfig("pepper = c2hvcnQ=\n", kOwnerOnly));
        QCOMPARE(ServerConfig::load(cli, {}).error().message,
                 QStringLiteral("The setting pepper must be 32 bytes written in base64 (openssl rand -base64 "
                                "32 makes one)."));
        cli.insert(QStringLiteral("config"),
                   writeConfig("pepper = " + QByteArray(32, 'p').toBase64() + "\n", kOwnerOnly));
        QVERIFY(ServerConfig::load(cli, {})->pepper->equals(QByteArray(32, 'p')));
    }

    void deliverySettingsComeFromTheConfig()
    {
        QMap<QString, QString> cli = insecureLoopback();
        cli.insert(
            QStringLiteral("config"),
            writeConfig(
                "smtp-url = smtps://mail.example.org\nsmtp-user = relay\nsmtp-from = signin@example.org\n"
                "sms-provider = twilio\ntwilio-account-sid = AC0123456789abcdef0123456789abcdef\n"
                "twilio-from = +15005550006\n",
                kOwnerOnly));
        QProcessEnvironment env;
        env.insert(QStringLiteral("TWOFOLD_SERVER_SMTP_PASSWORD"), QStringLiteral("from-env"));
        env.insert(QStringLiteral("TWOFOLD_SERVER_TWILIO_AUTH_TOKEN"), QStringLiteral("token"));
        const ServerConfig config = ServerConfig::load(cli, env).value();
        QCOMPARE(config.delivery.smtp.security, SmtpSecurity::ImplicitTls);
        QCOMPARE(config.delivery.smtp.port, quint16(465));
        QVERIFY(config.delivery.smtp.password.equals(QByteArray("from-env")));
        QCOMPARE(config.delivery.sms.provider, SmsProvider::Twilio);
        QVERIFY(config.delivery.sms.twilio.authToken.equals(QByteArray("token")));
        cli.insert(QStringLiteral("config"), writeConfig("sms-provider = pigeon\n", kOwnerOnly));
        QCOMPARE(ServerConfig::load(cli, {}).error().message,
                 QStringLiteral("The setting sms-provider must be none, twilio or webhook."));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
