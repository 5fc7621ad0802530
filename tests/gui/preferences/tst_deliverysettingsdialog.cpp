// DeliverySettingsDialog: settings saved sealed in the vault and shown again, refusals as
// sentences, and "Send a test" through a real SMTP server (aiosmtpd) and a real Twilio-shaped
// gateway on loopback.
#include "PreferencesFixture.h"

#include "TestServer.h"
#include "ui/preferences/DeliverySettingsDialog.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSpinBox>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr DeliveryTimeouts kTimeouts{5'000, 10'000};

template <typename T> T* child(QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void type(QDialog& dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Fills the mail tab for a plain server on this computer.
void fillMail(QDialog& dialog, const QString& host, quint16 port)
{
    auto* security = child<QComboBox>(dialog, "smtpSecurity");
    security->setCurrentIndex(security->findData(int(SmtpSecurity::None)));
    type(dialog, "smtpHost", host);
    child<QSpinBox>(dialog, "smtpPort")->setValue(port);
    type(dialog, "fromAddress", QStringLiteral("codes@example.com"));
    type(dialog, "fromName", QStringLiteral("Twofold"));
}

} // namespace

class TestDeliverySettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void savedSettingsAreShownAgain()
    {
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        {
            DeliverySettingsDialog dialog(*f.settings);
            fillMail(dialog, QStringLiteral("127.0.0.1"), 2525);
            auto* provider = child<QComboBox>(dialog, "smsProvider");
            provider->setCurrentIndex(provider->findData(int(SmsProvider::Twilio)));
            type(dialog, "twilioSid", QStringLiteral("AC0123456789abcdef0123456789abcdef"));
            QTest::keyClicks(child<PasswordField>(dialog, "twilioToken")->lineEdit(),
                             QStringLiteral("sekrit-token"));
            type(dialog, "twilioFrom", QStringLiteral("+15005550006"));
            dialog.open();
            QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(f.settings->status().deliveryConfigured);
        DeliverySettingsDialog again(*f.settings);
        QCOMPARE(child<QLineEdit>(again, "smtpHost")->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(child<QSpinBox>(again, "smtpPort")->value(), 2525);
        QCOMPARE(child<QComboBox>(again, "smtpSecurity")->currentData().toInt(), int(SmtpSecurity::None));
        QCOMPARE(child<QComboBox>(again, "smsProvider")->currentData().toInt(), int(SmsProvider::Twilio));
        QVERIFY(child<PasswordField>(again, "twilioToken")->secret().equals(QByteArrayView("sekrit-token")));
        Result<DeliverySettings> form = again.formSettings();
        QVERIFY(form.ok());
        QCOMPARE(form->sms.twilio.fromNumber, QStringLiteral("+15005550006"));
    }

    void unusableSettingsAreRefusedWithASentence()
    {
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        DeliverySettingsDialog dialog(*f.settings);
        fillMail(dialog, QStringLiteral("mail.example.com"), 25); // no TLS off this computer
        dialog.open();
        QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        QVERIFY(!dialog.messageText().isEmpty());
        QCOMPARE(dialog.messageText(), dialog.formSettings().error().message);
        QVERIFY(dialog.isVisible());
        QVERIFY(!f.settings->status().deliveryConfigured);

        type(dialog, "testTarget", QStringLiteral("not a number"));
        QTest::mouseClick(child<QPushButton>(dialog, "sendTest"), Qt::LeftButton);
        QVERIFY(!dialog.messageText().isEmpty());
        QVERIFY(!dialog.isSending());
    }

    void sendATestReachesARealMailServer()
    {
        QString error;
        std::unique_ptr<TestServer> server = TestServer::startSmtp({}, &error);
        QVERIFY2(server, qPrintable(error));
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        DeliverySettingsDialog dialog(*f.settings, nullptr, kTimeouts);
        fillMail(dialog, server->host(), server->port());
        type(dialog, "testTarget", QStringLiteral("jo@example.org"));
        QSignalSpy finished(&dialog, &DeliverySettingsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "sendTest"), Qt::LeftButton);
        QVERIFY(dialog.isSending());
        QVERIFY(!child<QPushButton>(dialog, "sendTest")->isEnabled());
        QVERIFY(finished.wait(15'000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().contains(QStringLiteral("jo@example.org")));
        const std::optional<ServerMessage> mail = server->waitForMessage(5'000);
        QVERIFY(mail);
        QVERIFY(mail->content.contains("To: jo@example.org"));
        QVERIFY(mail->content.contains("From: Twofold <codes@example.com>"));
        // Testing saves nothing.
        QVERIFY(!f.settings->status().deliveryConfigured);
    }

    void sendATestReachesARealSmsGateway()
    {
        const QString sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        QString error;
        std::unique_ptr<TestServer> server = TestServer::startTwilio(
            {QStringLiteral("--sid"), sid, QStringLiteral("--token"), QStringLiteral("twilio-auth-token")},
            &error);
        QVERIFY2(server, qPrintable(error));
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        DeliverySettingsDialog dialog(*f.settings, nullptr, kTimeouts);
        dialog.showTab(DeliverySettingsDialog::Tab::Sms);
        auto* provider = child<QComboBox>(dialog, "smsProvider");
        provider->setCurrentIndex(provider->findData(int(SmsProvider::Twilio)));
        type(dialog, "twilioSid", sid);
        QTest::keyClicks(child<PasswordField>(dialog, "twilioToken")->lineEdit(),
                         QStringLiteral("twilio-auth-token"));
        type(dialog, "twilioFrom", QStringLiteral("+15005550006"));
        type(dialog, "twilioBaseUrl", QStringLiteral("http://%1:%2").arg(server->host()).arg(server->port()));
        type(dialog, "testTarget", QStringLiteral("+44 7123 456789"));
        QSignalSpy finished(&dialog, &DeliverySettingsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "sendTest"), Qt::LeftButton);
        QVERIFY(finished.wait(15'000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().contains(QStringLiteral("+44 7123 456789")));
        const std::optional<ServerMessage> message = server->waitForMessage(5'000);
        QVERIFY2(message, server->standardError().constData());
        const QJsonObject fields =
            QJsonDocument::fromJson(message->content).object().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("To")).toString(), QStringLiteral("+447123456789"));
        QCOMPARE(fields.value(QStringLiteral("From")).toString(), QStringLiteral("+15005550006"));
    }

    void aFailedTestSaysWhy()
    {
        QString error;
        std::unique_ptr<TestServer> server = TestServer::startSmtp(
            {QStringLiteral("--reject-rcpt"), QStringLiteral("nobody@example.org")}, &error);
        QVERIFY2(server, qPrintable(error));
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        DeliverySettingsDialog dialog(*f.settings, nullptr, kTimeouts);
        fillMail(dialog, server->host(), server->port());
        type(dialog, "testTarget", QStringLiteral("nobody@example.org"));
        QSignalSpy finished(&dialog, &DeliverySettingsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "sendTest"), Qt::LeftButton);
        QVERIFY(finished.wait(15'000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!dialog.messageText().isEmpty());
        QVERIFY(!dialog.messageText().contains(QStringLiteral("A test was sent")));
        QVERIFY(child<QPushButton>(dialog, "sendTest")->isEnabled());
    }
};

QTEST_MAIN(TestDeliverySettingsDialog)
#include "tst_deliverysettingsdialog.moc"
