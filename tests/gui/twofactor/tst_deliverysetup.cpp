// Email and SMS turned on from their dialogs: the code really sent (a loopback SMTP server, a
// loopback Twilio-shaped server), read from what was delivered and typed; the Resend countdown
// on a ManualClock; the phone number shown normalised as it is typed, or the sentence why not.
#include "TwoFactorUiFixture.h"

#include "TestServer.h"
#include "delivery/DeliverySettings.h"
#include "ui/twofactor/RecoveryCodesPanel.h"
#include "ui/twofactor/TwoFactorDialogs.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QCborValue>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("twilio-auth-token");

// The first 6-digit number of a text.
QString firstCode(const QString& text)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{6}(?![0-9])")).match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

QString codeInMail(const ServerMessage& message)
{
    const qsizetype bodyAt = message.content.indexOf("\r\n\r\n");
    return bodyAt < 0 ? QString() : firstCode(QString::fromUtf8(message.content.mid(bodyAt + 4)));
}

QString codeInSms(const ServerMessage& message, QString* to)
{
    const QJsonObject fields =
        QJsonDocument::fromJson(message.content).object().value(QStringLiteral("fields")).toObject();
    *to = fields.value(QStringLiteral("To")).toString();
    return firstCode(fields.value(QStringLiteral("Body")).toString());
}

// Stores delivery on settings (whose password is confirmed).
void setDelivery(TwoFactorSettings& settings, const DeliverySettings& delivery)
{
    QByteArray bytes = QCborValue(delivery.toCbor()).toCbor();
    Catcher<Status> stored;
    settings.setDeliverySettings(SecureBuffer::fromBytes(bytes), stored.callback());
    wipe(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(stored.done(), 10'000);
    QVERIFY2(stored.value().ok(), stored.value().ok() ? "" : qPrintable(stored.value().error().message));
}

// Types code into the dialog, verifies, and checks the method is on with ten recovery codes.
void typeCodeAndFinish(SentCodeSetupDialog& dialog, const QString& code)
{
    QTest::keyClicks(dialog.codeField(), code);
    QVERIFY(dialog.verifyButton()->isEnabled());
    QTest::keyClick(dialog.codeField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isTurnedOn(), 10'000);
    QCOMPARE(dialog.recoveryCodes()->codeCount(), 10);
    QVERIFY(!dialog.doneButton()->isEnabled());
    dialog.recoveryCodes()->savedCheckBox()->click();
    dialog.doneButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

} // namespace

class TestDeliverySetup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_smtp;
    std::unique_ptr<TestServer> m_twilio;

private slots:
    void initTestCase()
    {
        QString error;
        m_smtp = TestServer::startSmtp({}, &error);
        QVERIFY2(m_smtp, qPrintable(error));
        m_twilio = TestServer::startTwilio({QStringLiteral("--sid"), kSid, QStringLiteral("--token"), kToken},
                                           &error);
        QVERIFY2(m_twilio, qPrintable(error));
    }

    void emailTurnsOnWithTheMailedCode()
    {
        SettingsEnv s(true);
        confirm(*s.settings);
        DeliverySettings delivery;
        delivery.smtp.host = QStringLiteral("127.0.0.1");
        delivery.smtp.port = m_smtp->port();
        delivery.smtp.security = SmtpSecurity::None;
        delivery.smtp.fromAddress = QStringLiteral("twofold@example.org");
        setDelivery(*s.settings, delivery);

        EmailSetupDialog dialog(*s.settings, nullptr, s.env.clock);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.open();
        QCOMPARE(dialog.currentPage(), dialog.targetPage());
        QVERIFY(!dialog.sendButton()->isEnabled());
        QTest::keyClicks(dialog.addressField(), QStringLiteral("alice@example.org"));
        QVERIFY(dialog.sendButton()->isEnabled());
        QTest::keyClick(dialog.addressField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.currentPage(), dialog.codePage(), 30'000);
        QVERIFY2(dialog.sentLabel()->text().contains(QStringLiteral("We sent a code to alice@example.org")),
                 qPrintable(dialog.sentLabel()->text()));

        const std::optional<ServerMessage> mail = m_smtp->waitForMessage(30'000);
        QVERIFY2(mail, m_smtp->standardError().constData());
        QVERIFY(mail->content.contains("alice@example.org"));
        // A setup check, not a sign-in, living as long as the dialog says.
        QVERIFY2(mail->content.contains("Subject: Your Twofold setup code"), mail->content.constData());
        QVERIFY(mail->content.contains("This is a setup check, not a sign-in."));
        QVERIFY(!mail->content.contains("Your Twofold sign-in code"));
        QVERIFY(mail->content.contains("It expires in 10 minutes."));
        QVERIFY2(dialog.sentLabel()->text().contains(QStringLiteral("it works for 10 minutes")),
                 qPrintable(dialog.sentLabel()->text()));
        const QString code = codeInMail(*mail);
        QVERIFY(!code.isEmpty());
        typeCodeAndFinish(dialog, code);
        QVERIFY(s.settings->status().method(SignInMethod::Email).on);
    }

    void aBadAddressGetsTheCoresSentence()
    {
        SettingsEnv s;
        confirm(*s.settings);
        EmailSetupDialog dialog(*s.settings, nullptr, s.env.clock);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QTest::keyClicks(dialog.addressField(), QStringLiteral("not an address"));
        dialog.sendCode();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000);
        QCOMPARE(dialog.currentPage(), dialog.targetPage());
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(s.env.sender->count(), 0);
    }

    void resendWaitsForTheCountdown()
    {
        SettingsEnv s; // the recording sender: no server needed
        confirm(*s.settings);
        EmailSetupDialog dialog(*s.settings, nullptr, s.env.clock);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QTest::keyClicks(dialog.addressField(), QStringLiteral("alice@example.org"));
        dialog.sendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.currentPage(), dialog.codePage(), 10'000);
        QCOMPARE(s.env.sender->count(), 1);

        QCOMPARE(dialog.secondsUntilResend(), 30);
        QVERIFY(!dialog.resendButton()->isEnabled());
        QVERIFY2(dialog.resendButton()->text().contains(QStringLiteral("30")),
                 qPrintable(dialog.resendButton()->text()));
        s.env.clock.advanceSeconds(29);
        dialog.refreshCountdown();
        QCOMPARE(dialog.secondsUntilResend(), 1);
        QVERIFY(!dialog.resendButton()->isEnabled());
        dialog.resendCode(); // too soon: nothing happens
        QCOMPARE(s.env.sender->count(), 1);

        s.env.clock.advanceSeconds(1);
        dialog.refreshCountdown();
        QCOMPARE(dialog.secondsUntilResend(), 0);
        QVERIFY(dialog.resendButton()->isEnabled());
        QVERIFY(!dialog.resendButton()->text().contains(QStringLiteral("30")));
        dialog.resendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(s.env.sender->count(), 2, 10'000);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.secondsUntilResend(), 30); // counting again
        QVERIFY(!dialog.resendButton()->isEnabled());
        QVERIFY(!dialog.message().isEmpty()); // "We sent a new code."

        // A wrong code: the sentence, the dialog stays; the right one (the last sent) works.
        const QString right = s.env.sender->last().code;
        QTest::keyClicks(dialog.codeField(), right == QStringLiteral("000000") ? QStringLiteral("111111")
                                                                               : QStringLiteral("000000"));
        dialog.verify();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000);
        QVERIFY(!dialog.isTurnedOn());
        QVERIFY(!dialog.message().isEmpty());
        dialog.codeField()->clear();
        typeCodeAndFinish(dialog, right);
    }

    void smsNumberIsShownNormalised_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown"); // empty: a sentence instead
        QTest::newRow("GB mobile") << "GB"
                                   << "07123 456789"
                                   << "Will send to +44 7123 456789";
        QTest::newRow("international form, any region") << "US"
                                                        << "+44 7123 456789"
                                                        << "Will send to +44 7123 456789";
        QTest::newRow("US from abroad") << "GB"
                                        << "+1 650 253 0000"
                                        << "Will send to +1 650-253-0000";
        QTest::newRow("GB landline") << "GB"
                                     << "020 7946 0000"
                                     << "";
        QTest::newRow("letters") << "GB"
                                 << "call me"
                                 << "";
        QTest::newRow("too short") << "GB"
                                   << "0712"
                                   << "";
    }

    void smsNumberIsShownNormalised()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        SettingsEnv s;
        SmsSetupDialog dialog(*s.settings, nullptr, s.env.clock);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(dialog.countryPicker()->count() > 200);
        QVERIFY(dialog.setRegion(region));
        QCOMPARE(dialog.region(), region);
        QVERIFY(dialog.preview().isEmpty());
        QTest::keyClicks(dialog.numberField(), typed);
        if (shown.isEmpty()) {
            QVERIFY(!dialog.preview().isEmpty());
            QVERIFY2(!dialog.preview().startsWith(QStringLiteral("Will send")), qPrintable(dialog.preview()));
            QVERIFY(!dialog.preview().contains(QStringLiteral("100"))); // a sentence, never an error code
            QVERIFY(!dialog.sendButton()->isEnabled());
        } else {
            QCOMPARE(dialog.preview(), shown);
            QVERIFY(dialog.sendButton()->isEnabled());
        }
    }

    void changingTheCountryRereadsTheNumber()
    {
        SettingsEnv s;
        SmsSetupDialog dialog(*s.settings, nullptr, s.env.clock);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setRegion(QStringLiteral("GB"));
        QTest::keyClicks(dialog.numberField(), QStringLiteral("07123 456789"));
        QVERIFY(dialog.preview().startsWith(QStringLiteral("Will send")));
        dialog.setRegion(QStringLiteral("US"));
        QVERIFY(!dialog.preview().startsWith(QStringLiteral("Will send")));
        QVERIFY(!dialog.sendButton()->isEnabled());
    }

    void smsTurnsOnWithTheTextedCode()
    {
        SettingsEnv s(true);
        confirm(*s.settings);
        DeliverySettings delivery;
        delivery.sms.provider = SmsProvider::Twilio;
        delivery.sms.twilio.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_twilio->port());
        delivery.sms.twilio.accountSid = kSid;
        delivery.sms.twilio.authToken = SecureBuffer::fromUtf8(kToken);
        delivery.sms.twilio.fromNumber = QStringLiteral("+15005550006");
        setDelivery(*s.settings, delivery);

        QWidget parent;
        auto* dialog =
            qobject_cast<SmsSetupDialog*>(openMethodSetup(SignInMethod::Sms, *s.settings, &parent));
        QVERIFY(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->setRegion(QStringLiteral("GB"));
        QTest::keyClicks(dialog->numberField(), QStringLiteral("07123 456789"));
        QTest::keyClick(dialog->numberField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), dialog->codePage(), 30'000);
        QVERIFY2(dialog->sentLabel()->text().contains(QStringLiteral("+44 7123 456789")),
                 qPrintable(dialog->sentLabel()->text()));

        const std::optional<ServerMessage> text = m_twilio->waitForMessage(30'000);
        QVERIFY2(text, m_twilio->standardError().constData());
        QString to;
        const QString code = codeInSms(*text, &to);
        QCOMPARE(to, QStringLiteral("+447123456789"));
        QVERIFY(!code.isEmpty());
        typeCodeAndFinish(*dialog, code);
        QVERIFY(s.settings->status().method(SignInMethod::Sms).on);
        delete dialog;
    }
};

QTEST_MAIN(TestDeliverySetup)
#include "tst_deliverysetup.moc"
