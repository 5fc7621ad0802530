// The journeys of DESIGN.md J1–J3 through the real application flow, as a person does them:
// create a vault, accept the offer of two-factor sign-in, confirm the password, read the setup
// key off the page and type the code the authenticator app would show, keep the recovery codes;
// lock; sign in with password + code; open Settings by keyboard and turn on email codes with a
// real SMTP server on loopback; lock; sign in choosing email under "Use another method" with the
// code read from the delivered mail; finally sign in with a recovery code. One ManualClock
// drives every code; nothing waits a fixed time.
#include "auth/TwoFactorSettings.h"
#include "delivery/DeliverySettings.h"
#include "otp/Base32.h"
#include "platform/FileSecretStore.h"
#include "ui/common/PasswordField.h"
#include "ui/preferences/DeliverySettingsDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/preferences/SecurityPane.h"
#include "ui/setup/AppFlow.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/signin/UnlockPage.h"
#include "ui/twofactor/AuthenticatorSetupDialog.h"
#include "ui/twofactor/ConfirmPasswordDialog.h"
#include "ui/twofactor/EmailSetupDialog.h"
#include "ui/twofactor/RecoveryCodesPanel.h"
#include "ui/twofactor/TurnOnTwoFactorDialog.h"
#include "ui/twofactor/TwoFactorWidgets.h"
#include "ui/vault/MainWindow.h"
#include "unit/auth/AuthFixture.h"

#include "TestServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace twofold;
using namespace twofold::test;

namespace {
const QString kMaster = QStringLiteral("violet tractor sings under nine moons");

// The one visible dialog of type T in the application (nullptr while there is none).
template <typename T> T* shownDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// The first six-digit number of a delivered mail's body.
QString codeInMail(const ServerMessage& message)
{
    const qsizetype bodyAt = message.content.indexOf("\r\n\r\n");
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\b(\\d{6})\\b"))
                                              .match(QString::fromUtf8(message.content.mid(bodyAt + 4)));
    return match.hasMatch() ? match.captured(1) : QString();
}

void confirmPassword()
{
    ConfirmPasswordDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = shownDialog<ConfirmPasswordDialog>()) != nullptr);
    QTest::keyClicks(confirm->passwordField()->lineEdit(), kMaster);
    QTest::keyClick(confirm->passwordField()->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!shownDialog<ConfirmPasswordDialog>(), 10'000);
}
} // namespace

class TestJourney : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kStartMs};
    SeededRandom m_random{7};
    std::unique_ptr<FileSecretStore> m_store;
    std::unique_ptr<TestServer> m_smtp;

    // Types the master password on the sign-in page and waits for the code page.
    void signInWithPassword(AppFlow& flow)
    {
        UnlockPage* unlock = flow.startWindow()->unlockPage();
        QTRY_VERIFY_WITH_TIMEOUT(flow.startWindow()->isVisible(), 10'000);
        QLineEdit* field = unlock->passwordField()->lineEdit();
        QTest::keyClicks(field, kMaster);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(unlock->session() &&
                                     unlock->session()->state() == SignInSession::State::NeedSecondFactor,
                                 10'000);
    }

    void lock(AppFlow& flow)
    {
        QSignalSpy locked(&flow, &AppFlow::vaultLocked);
        flow.mainWindow()->lockVaultAction()->trigger();
        QCOMPARE(locked.count(), 1);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        QString error;
        m_smtp = TestServer::startSmtp({}, &error);
        QVERIFY2(m_smtp, qPrintable(error));
    }

    void createTurnOnSignInSwitchMethodAndRecover()
    {
        AppFlow::Options options;
        options.vaultPath = m_dir.filePath(QStringLiteral("journey.twofold"));
        options.kdfOverride = kFastKdf;
        options.policy = Policy{};
        options.secretStore = m_store.get();
        AppFlow flow(options, m_clock, m_random);
        QSignalSpy offered(&flow, &AppFlow::twoFactorOffered);
        flow.start();

        // J1: create the vault.
        CreateVaultPage* create = flow.startWindow()->createPage();
        QTest::keyClicks(create->passwordField()->lineEdit(), kMaster);
        QTest::keyClicks(create->confirmField()->lineEdit(), kMaster);
        QTest::keyClick(create->confirmField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10'000);

        // "Turn on two-factor sign-in now?" → the authenticator app, recommended and first.
        QTRY_COMPARE(offered.count(), 1);
        auto* offer = shownDialog<TurnOnTwoFactorDialog>();
        QVERIFY(offer);
        QCOMPARE(offer->offeredMethods().constFirst(), SignInMethod::Authenticator);
        QTest::mouseClick(offer->methodButton(SignInMethod::Authenticator), Qt::LeftButton);
        confirmPassword();

        // J3a: the setup key as shown, in groups of four; the code an app would make from it.
        AuthenticatorSetupDialog* setup = nullptr;
        QTRY_VERIFY((setup = shownDialog<AuthenticatorSetupDialog>()) != nullptr);
        const QString shownKey = setup->setupKeyLabel()->text();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$")).match(shownKey).hasMatch(),
            qPrintable(shownKey));
        QString bare = shownKey;
        bare.remove(u' ');
        Result<SecureBuffer> secret = otp::base32Decode(bare);
        QVERIFY(secret.ok());
        QTest::keyClicks(setup->codeField(), totpAt(*secret, m_clock.nowMs()));
        QTest::keyClick(setup->codeField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(setup->isTurnedOn(), 10'000);
        const QStringList recoveryCodes = setup->recoveryCodes()->shownCodes();
        QCOMPARE(recoveryCodes.size(), 10);
        QVERIFY(!setup->doneButton()->isEnabled()); // not before "I have saved these codes"
        setup->recoveryCodes()->savedCheckBox()->click();
        setup->doneButton()->click();
        QTRY_VERIFY(!shownDialog<AuthenticatorSetupDialog>());
        QVERIFY(flow.twoFactorSettings()->status().method(SignInMethod::Authenticator).on);

        // J2: lock, then password + the authenticator's next code.
        lock(flow);
        m_clock.advanceSeconds(30);
        signInWithPassword(flow);
        UnlockPage* unlock = flow.startWindow()->unlockPage();
        SecondFactorPage* second = unlock->secondFactorPage();
        QVERIFY(second->isVisible());
        QTest::keyClicks(second->codeField(), totpAt(*secret, m_clock.nowMs()));
        QTest::keyClick(second->codeField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10'000);

        // J3b: Settings by keyboard, the Security pane, email codes through a real mail server.
        MainWindow* window = flow.mainWindow();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        PreferencesDialog* preferences = flow.preferences();
        QVERIFY(preferences && preferences->isVisible());
        QCOMPARE(preferences->currentPane(), PreferencesDialog::Pane::General);
        preferences->paneList()->setFocus();
        QTest::keyClick(preferences->paneList(), Qt::Key_Down);
        QCOMPARE(preferences->currentPane(), PreferencesDialog::Pane::Security);
        SecurityPane* pane = preferences->securityPane();
        QVERIFY(pane);

        QTreeWidget* methods = pane->methodsView();
        methods->setCurrentItem(methods->topLevelItem(1)); // Email
        auto* turnOn = pane->findChild<QPushButton*>(QStringLiteral("turnOn"));
        QVERIFY(turnOn && turnOn->isEnabled());
        turnOn->click();
        confirmPassword(); // a new sign-in: the password is asked again
        // No mail server yet: its settings come first.
        DeliverySettingsDialog* server = nullptr;
        QTRY_VERIFY((server = shownDialog<DeliverySettingsDialog>()) != nullptr);
        auto* security = server->findChild<QComboBox*>(QStringLiteral("smtpSecurity"));
        QVERIFY(security);
        security->setCurrentIndex(security->findData(int(SmtpSecurity::None)));
        QTest::keyClicks(server->findChild<QLineEdit*>(QStringLiteral("smtpHost")),
                         QStringLiteral("127.0.0.1"));
        server->findChild<QSpinBox*>(QStringLiteral("smtpPort"))->setValue(m_smtp->port());
        QTest::keyClicks(server->findChild<QLineEdit*>(QStringLiteral("fromAddress")),
                         QStringLiteral("twofold@example.org"));
        QTest::mouseClick(server->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flow.twoFactorSettings()->status().deliveryConfigured, 10'000);

        EmailSetupDialog* email = nullptr;
        QTRY_VERIFY((email = shownDialog<EmailSetupDialog>()) != nullptr);
        QTest::keyClicks(email->addressField(), QStringLiteral("ann@example.org"));
        QTest::keyClick(email->addressField(), Qt::Key_Return);
        std::optional<ServerMessage> mail = m_smtp->waitForMessage(30'000);
        QVERIFY2(mail, m_smtp->standardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(email->codeField()->isEnabled() && email->codeField()->isVisible(), 10'000);
        QTest::keyClicks(email->codeField(), codeInMail(*mail));
        QTest::keyClick(email->codeField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(email->isTurnedOn(), 10'000);
        email->doneButton()->click(); // not the first method: no recovery codes to keep
        QTRY_VERIFY(!shownDialog<EmailSetupDialog>());
        QVERIFY(methods->topLevelItem(1)->text(1) != methods->topLevelItem(2)->text(1)); // On vs Off
        preferences->close();

        // J2 again: "Use another method" → email, the code from the new mail.
        lock(flow);
        signInWithPassword(flow);
        second = unlock->secondFactorPage();
        QTest::mouseClick(second->otherMethodButton(), Qt::LeftButton);
        QVERIFY(second->isChoosingMethod());
        QListWidget* list = second->methodList();
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("•"))); // the masked address
        QTest::keyClick(list, Qt::Key_Return);
        mail = m_smtp->waitForMessage(30'000);
        QVERIFY2(mail, m_smtp->standardError().constData());
        QTRY_VERIFY(second->instruction().contains(QStringLiteral("•••@example.org")));
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->session()->isBusy() && second->codeField()->isEnabled(), 10'000);
        QVERIFY2(second->codeField()->text().isEmpty(), qPrintable(second->codeField()->text()));
        QTest::keyClicks(second->codeField(), codeInMail(*mail));
        QTest::keyClick(second->codeField(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(),
                                  qPrintable(second->message() + QLatin1Char('|') + codeInMail(*mail)),
                                  10'000);

        // A recovery code, kept from setup, opens the vault once and says how many are left.
        lock(flow);
        signInWithPassword(flow);
        second = unlock->secondFactorPage();
        QTest::mouseClick(second->recoveryButton(), Qt::LeftButton);
        QVERIFY(second->isShowingRecoveryCode());
        QTest::keyClicks(second->recoveryField(), recoveryCodes.constFirst());
        QTest::keyClick(second->recoveryField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10'000);
        QCOMPARE(flow.twoFactorSettings()->status().recoveryCodesLeft, 9);
        QVERIFY(flow.mainWindow()->findChild<QWidget*>()); // the window is up with its banner
    }
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
