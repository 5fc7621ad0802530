// The administrator's policy file: what it may say, and the sentences for what it may not.
#include "auth/Policy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

class TestPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char* name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void noFileMeansOptionalWithEveryMethod()
    {
        Result<Policy> policy = Policy::loadFile(m_dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(policy.ok());
        QCOMPARE(policy->twoFactor, TwoFactorRequirement::Optional);
        QCOMPARE(policy->allowedMethods,
                 (QList<SignInMethod>{SignInMethod::Authenticator, SignInMethod::Email, SignInMethod::Sms}));
        QVERIFY(policy->sourceFile.isEmpty());
        QVERIFY(policy->allows(SignInMethod::Sms));
    }

    void validFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("requirement");
        QTest::addColumn<QList<SignInMethod>>("allowed");
        QTest::addColumn<QString>("server");
        const QList<SignInMethod> all{SignInMethod::Authenticator, SignInMethod::Email, SignInMethod::Sms};
        QTest::newRow("empty object")
            << QByteArray("{}") << int(TwoFactorRequirement::Optional) << all << QString();
        QTest::newRow("required, authenticator only")
            << QByteArray("{\"twoFactor\": \"required\", \"allowedMethods\": [\"authenticator\"]}")
            << int(TwoFactorRequirement::Required) << QList<SignInMethod>{SignInMethod::Authenticator}
            << QString();
        QTest::newRow("off") << QByteArray("{\"twoFactor\": \"off\"}") << int(TwoFactorRequirement::Off)
                             << all << QString();
        QTest::newRow("optional, no sms, server")
            << QByteArray("{\"twoFactor\": \"optional\", \"allowedMethods\": [\"EMAIL\", \"authenticator\", "
                          "\"email\"],\n                              \"server\": "
                          "\"https://signin.example.org\", \"comment\": \"kept for later\"}")
            << int(TwoFactorRequirement::Optional)
            << QList<SignInMethod>{SignInMethod::Email, SignInMethod::Authenticator}
            << QStringLiteral("https://signin.example.org");
    }
    void validFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, requirement);
        QFETCH(QList<SignInMethod>, allowed);
        QFETCH(QString, server);
        const QString path = write("policy.json", json);
        Result<Policy> policy = Policy::loadFile(path);
        QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().message));
        QCOMPARE(int(policy->twoFactor), requirement);
        QCOMPARE(policy->allowedMethods, allowed);
        QCOMPARE(policy->server, server);
        QCOMPARE(policy->sourceFile, path);
        QVERIFY(policy->allows(SignInMethod::RecoveryCode));
    }

    void offAllowsNothing()
    {
        Result<Policy> policy = Policy::parse("{\"twoFactor\": \"off\"}", QStringLiteral("p.json"));
        QVERIFY(policy.ok());
        QVERIFY(!policy->allows(SignInMethod::Authenticator));
        QVERIFY(!policy->allows(SignInMethod::Email));
    }

    void malformedFilesAreRefusedNamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON") << QByteArray("{\"twoFactor\": \"required\",")
                                  << QStringLiteral("at character");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("it must be one JSON object");
        QTest::newRow("unknown requirement")
            << QByteArray("{\"twoFactor\": \"mandatory\"}")
            << QStringLiteral("\"twoFactor\" must be \"off\", \"optional\" or \"required\"");
        QTest::newRow("requirement not a string")
            << QByteArray("{\"twoFactor\": true}") << QStringLiteral("\"twoFactor\" must be");
        QTest::newRow("methods not a list") << QByteArray("{\"allowedMethods\": \"sms\"}")
                                            << QStringLiteral("\"allowedMethods\" must be a list");
        QTest::newRow("unknown method") << QByteArray("{\"allowedMethods\": [\"carrier pigeon\"]}")
                                        << QStringLiteral("\"allowedMethods\" may list only");
        QTest::newRow("recovery is not a method") << QByteArray("{\"allowedMethods\": [\"recovery\"]}")
                                                  << QStringLiteral("\"allowedMethods\" may list only");
        QTest::newRow("required with nothing allowed")
            << QByteArray("{\"twoFactor\": \"required\", \"allowedMethods\": []}")
            << QStringLiteral("two-factor sign-in is required but no method is allowed");
        QTest::newRow("plain http server") << QByteArray("{\"server\": \"http://signin.example.org\"}")
                                           << QStringLiteral("\"server\" must be an https:// address");
    }
    void malformedFilesAreRefusedNamingTheFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        const QString path = write("bad.json", json);
        Result<Policy> policy = Policy::loadFile(path);
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().code, ErrorCode::FileDamaged);
        const QString message = policy.error().message;
        QVERIFY2(
            message.startsWith(QStringLiteral("The administrator's policy file %1 is not valid (").arg(path)),
            qPrintable(message));
        QVERIFY2(message.contains(why), qPrintable(message));
        QVERIFY(message.endsWith(
            QStringLiteral("so Twofold cannot tell how sign-in must work and will not start it. "
                           "Ask your administrator to correct the file.")));
    }

    void theEnvironmentNamesAnotherFile()
    {
        const QString path = write("env.json", "{\"twoFactor\": \"required\"}");
        qputenv("TWOFOLD_POLICY_FILE", path.toLocal8Bit());
        QCOMPARE(Policy::path(), path);
        Result<Policy> policy = Policy::load();
        qunsetenv("TWOFOLD_POLICY_FILE");
        QVERIFY(policy.ok());
        QCOMPARE(policy->twoFactor, TwoFactorRequirement::Required);
        QCOMPARE(Policy::path(), Policy::systemPath());
#if defined(Q_OS_LINUX)
        QCOMPARE(Policy::systemPath(), QStringLiteral("/etc/twofold/policy.json"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
