// SecondFactorPage beyond the authenticator: "Use another method" (authenticator ↔ email), a
// code mailed through a real SMTP server on loopback and typed from the mail, Resend counting
// down on the session's ManualClock, and recovery codes. Real vault files, the real
// SignInSession and DeliveryCodeSender, real widgets; waits on conditions only.
#include "SignInPageFixture.h"

#include "TestServer.h"
#include "auth/AuthSentences.h"
#include "delivery/DeliverySettings.h"
#include "platform/SecretStore.h"

#include <QCborValue>
#include <QCheckBox>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace twofold;
using namespace twofold::test;

using State = SignInSession::State;

namespace {

// The code in a delivered mail: the first 6-digit number of its body.
QString codeInMail(const ServerMessage& message)
{
    const qsizetype bodyAt = message.content.indexOf("\r\n\r\n");
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{6}(?![0-9])"))
                                          .match(QString::fromUtf8(message.content.mid(bodyAt + 4)));
    return bodyAt < 0 || !m.hasMatch() ? QString() : m.captured(0);
}

} // namespace

class TestSecondFactorPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_smtp;

    // A vault with the authenticator (the default) and email on, email delivered through the
    // loopback SMTP server (no TLS: allowed to this computer only).
    void createWithEmail(Env& env)
    {
        Result<std::unique_ptr<OpenVault>> vault =
            OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock);
        QVERIFY(vault.ok());
        TwoFactorSettingsOptions options;
        options.policy = env.policy;
        options.secretStore = &env.store; // real delivery: no sender given
        TwoFactorSettings settings(**vault, TwoFactorStatus(), std::move(options), env.clock, env.random);
        confirm(settings);
        enableAuthenticator(env, settings);
        DeliverySettings delivery;
        delivery.smtp.host = QStringLiteral("127.0.0.1");
        delivery.smtp.port = m_smtp->port();
        delivery.smtp.security = SmtpSecurity::None;
        delivery.smtp.fromAddress = QStringLiteral("twofold@example.org");
        Catcher<Status> saved;
        settings.setDeliverySettings(SecureBuffer::fromBytes(QCborValue(delivery.toCbor()).toCbor()),
                                     saved.callback());
        QTRY_VERIFY(saved.done());
        QVERIFY(saved.value().ok());
        Catcher<Result<SendCodeReply>> sent;
        settings.beginEmail(QStringLiteral("me@example.com"), sent.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sent.done(), 15000);
        QVERIFY2(sent.value().ok(), sent.value().ok() ? "" : qPrintable(sent.value().error().message));
        const std::optional<ServerMessage> mail = m_smtp->waitForMessage(15000);
        QVERIFY2(mail, m_smtp->standardError().constData());
        Catcher<Result<TwoFactorSettings::RecoveryCodes>> on;
        settings.confirmSetupCode(pw(codeInMail(*mail)), on.callback());
        QTRY_VERIFY(on.done());
        QVERIFY2(on.value().ok(), on.value().ok() ? "" : qPrintable(on.value().error().message));
        env.clock.advanceSeconds(60);
    }

    // Picks method in the "Use another method" list with the keyboard.
    static void chooseWithKeyboard(UnlockPage& page, SignInMethod method)
    {
        SecondFactorPage* second = page.secondFactorPage();
        QTest::mouseClick(second->otherMethodButton(), Qt::LeftButton);
        QVERIFY(second->isChoosingMethod());
        QCOMPARE(page.session()->state(), State::ChooseMethod);
        QListWidget* list = second->methodList();
        QTRY_VERIFY(list->hasFocus());
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toInt() == int(method))
                list->setCurrentRow(row);
        }
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(!second->isChoosingMethod());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_smtp = TestServer::startSmtp({}, &error);
        QVERIFY2(m_smtp, qPrintable(error));
    }

    void anotherMethodByEmailAndBack()
    {
        Env env;
        createWithEmail(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        QCOMPARE(page->session()->method(), SignInMethod::Authenticator); // the default first
        QVERIFY(second->otherMethodButton()->isVisible());
        QCOMPARE(m_smtp->messageCount(), 1); // nothing mailed for the authenticator

        // The list names each method and where its codes go.
        QTest::mouseClick(second->otherMethodButton(), Qt::LeftButton);
        QListWidget* list = second->methodList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Authenticator app"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Email — m•••@example.com"));
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(unnamedControls(page.get()), QStringList());
        // Esc: back to the code asked before.
        QTest::keyClick(list, Qt::Key_Escape);
        QVERIFY(!second->isChoosingMethod());
        QCOMPARE(page->session()->state(), State::NeedSecondFactor);
        QCOMPARE(page->session()->method(), SignInMethod::Authenticator);

        // Email: a code goes out at once; the page says where.
        chooseWithKeyboard(*page, SignInMethod::Email);
        const std::optional<ServerMessage> mail = m_smtp->waitForMessage(15000);
        QVERIFY2(mail, m_smtp->standardError().constData());
        QVERIFY(mail->content.contains("me@example.com"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page) && page->session()->hasSentCode(), 10000);
        QCOMPARE(second->instruction(), QStringLiteral("We sent a code to m•••@example.com"));
        QVERIFY(second->timeLeftText().isEmpty());
        QVERIFY(second->resendButton()->isVisible());

        // Back to the authenticator and to email again: no second mail.
        chooseWithKeyboard(*page, SignInMethod::Authenticator);
        QCOMPARE(second->instruction(), QStringLiteral("Enter the 6-digit code from your authenticator app"));
        chooseWithKeyboard(*page, SignInMethod::Email);
        QTRY_VERIFY(settled(*page));
        QCOMPARE(m_smtp->messageCount(), 2);

        // The mailed code, pasted with a dash, opens the vault.
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        const QString code = codeInMail(*mail);
        typeCode(*page, code.left(3) + u'-' + code.mid(3));
        QCOMPARE(unlocked.count(), 1);
    }

    void resendCountsDownThenSendsAnotherCode()
    {
        Env env;
        createWithEmail(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        chooseWithKeyboard(*page, SignInMethod::Email);
        const std::optional<ServerMessage> first = m_smtp->waitForMessage(15000);
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page) && page->session()->hasSentCode(), 10000);
        QVERIFY(!second->resendButton()->isEnabled());
        QCOMPARE(second->resendButton()->text(), QStringLiteral("Resend in 30 s"));
        env.clock.advanceSeconds(6);
        second->refresh();
        QCOMPARE(second->resendButton()->text(), QStringLiteral("Resend in 24 s"));
        QVERIFY(!second->resendButton()->isEnabled());

        env.clock.advanceSeconds(24);
        second->refresh();
        QVERIFY(second->resendButton()->isEnabled());
        QCOMPARE(second->resendButton()->text(), QStringLiteral("Resend code"));
        QTest::mouseClick(second->resendButton(), Qt::LeftButton);
        const std::optional<ServerMessage> again = m_smtp->waitForMessage(15000);
        QVERIFY2(again, m_smtp->standardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page), 10000);
        QCOMPARE(second->resendButton()->text(), QStringLiteral("Resend in 30 s"));

        // A new code voids the old one: the first mail's code is refused, the second opens.
        const QString oldCode = codeInMail(*first);
        const QString newCode = codeInMail(*again);
        if (oldCode != newCode) {
            typeCode(*page, oldCode);
            QVERIFY(page->isShowingSecondFactor());
            QVERIFY(!second->message().isEmpty());
        }
        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        typeCode(*page, newCode);
        QCOMPARE(unlocked.count(), 1);
    }

    void aRecoveryCodeOpensTheVaultAndSaysHowManyAreLeft()
    {
        Env env;
        createWithAuthenticator(env);
        QCOMPARE(env.recoveryCodes.size(), size_t(10));
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        QTest::mouseClick(second->recoveryButton(), Qt::LeftButton);
        QVERIFY(second->isShowingRecoveryCode());
        QCOMPARE(second->recoveryCountText(), QStringLiteral("You have 10 recovery codes left."));
        QTRY_VERIFY(second->recoveryField()->hasFocus());
        QCOMPARE(unnamedControls(page.get()), QStringList());

        // Esc returns to the code; the button comes back here.
        QTest::keyClick(second->recoveryField(), Qt::Key_Escape);
        QVERIFY(!second->isShowingRecoveryCode());
        QVERIFY(page->isShowingSecondFactor());
        QTest::mouseClick(second->recoveryButton(), Qt::LeftButton);

        QTest::keyClicks(second->recoveryField(), QStringLiteral("aaaaa-aaaaa"));
        QTest::keyClick(second->recoveryField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page), 10000);
        QVERIFY(second->message().startsWith(sentences::wrongRecoveryCode()));
        QVERIFY(second->recoveryField()->text().isEmpty());

        QSignalSpy unlocked(page.get(), &UnlockPage::unlocked);
        QSignalSpy used(page.get(), &UnlockPage::recoveryCodeUsed);
        QTest::keyClicks(second->recoveryField(), env.recoveryCodes[3].toStringUnsafe().toUpper());
        QTest::keyClick(second->recoveryField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1, 10000);
        QCOMPARE(used.count(), 1);
        QCOMPARE(used.at(0).at(0).toInt(), 9);
        QCOMPARE(page->bannerText(),
                 QStringLiteral("Recovery code accepted. You have 9 recovery codes left."));
        QCOMPARE(unlocked.at(0).at(1).value<TwoFactorStatus>().recoveryCodesLeft, 9);
    }

    void tickingRememberWarnsAtOnceWhenTheTokenWouldGoToAFile()
    {
        Env env; // its secret store is the encrypted file, as on a computer with no keychain
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        QVERIFY(second->rememberBox()->isVisible());
        QVERIFY(second->message().isEmpty());
        QTest::mouseClick(second->rememberBox(), Qt::LeftButton);
        QVERIFY(second->rememberBox()->isChecked());
        QTRY_COMPARE(second->message(), SecretStore::fallbackWarning());
    }

    void theRecoveryCodePageShowsALockout()
    {
        Env env;
        createWithAuthenticator(env);
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        QTest::mouseClick(second->recoveryButton(), Qt::LeftButton);
        QVERIFY(second->isShowingRecoveryCode());
        for (int i = 0; i < 5; ++i) {
            QTest::keyClicks(second->recoveryField(), QStringLiteral("aaaaa-aaaaa"));
            QTest::keyClick(second->recoveryField(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(settled(*page), 10000);
        }
        // The fifth wrong code starts a lockout: the page says so instead of going blank.
        QCOMPARE(page->session()->state(), State::LockedOut);
        QVERIFY(second->isShowingRecoveryCode());
        QVERIFY2(second->message().endsWith(
                     QStringLiteral("Too many wrong codes in a row. Try again in 30 seconds.")),
                 qPrintable(second->message()));
        QVERIFY(second->recoveryField()->text().isEmpty());
        // A code typed while locked out gets the lockout's own sentence.
        env.clock.advanceSeconds(10);
        QTest::keyClicks(second->recoveryField(), env.recoveryCodes[0].toStringUnsafe());
        QTest::keyClick(second->recoveryField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page), 10000);
        QCOMPARE(second->message(),
                 QStringLiteral("Too many wrong codes in a row. Try again in 20 seconds."));
    }

    void sendCodeCountsDownWhileTheHourlyCapHolds()
    {
        Env env;
        createWithEmail(env); // the setup check does not count against sign-in sends
        auto page = makePage(env, signInOptions(env));
        typePassword(*page);
        SecondFactorPage* second = page->secondFactorPage();
        chooseWithKeyboard(*page, SignInMethod::Email);
        QVERIFY(m_smtp->waitForMessage(15000));
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page) && page->session()->hasSentCode(), 10000);
        for (int i = 0; i < 4; ++i) {
            env.clock.advanceSeconds(30);
            second->refresh();
            QTest::mouseClick(second->resendButton(), Qt::LeftButton);
            QVERIFY2(m_smtp->waitForMessage(15000), qPrintable(QString::number(i)));
            QTRY_VERIFY_WITH_TIMEOUT(settled(*page), 10000);
        }
        // The sixth in an hour is refused: the button says when another can be sent.
        env.clock.advanceSeconds(30);
        second->refresh();
        QVERIFY(second->resendButton()->isEnabled());
        QTest::mouseClick(second->resendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*page), 10000);
        QVERIFY2(second->message().startsWith(QStringLiteral("Five codes were sent in the last hour")),
                 qPrintable(second->message()));
        QVERIFY(!second->resendButton()->isEnabled());
        QCOMPARE(second->resendButton()->text(), QStringLiteral("Send code in 58 min"));
        env.clock.advanceSeconds(3450 - 30);
        second->refresh();
        QCOMPARE(second->resendButton()->text(), QStringLiteral("Send code in 30 s"));
        QVERIFY(!second->resendButton()->isEnabled());
        env.clock.advanceSeconds(30);
        second->refresh();
        QVERIFY(second->resendButton()->isEnabled());
    }
};

QTEST_MAIN(TestSecondFactorPage)
#include "tst_secondfactorpage.moc"
