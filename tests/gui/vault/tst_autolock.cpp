// The vault window locks by itself: after the idle time set in Preferences (IdleLock, timed
// by a ManualClock — nothing waits for real minutes), when the computer's screen locks (the
// watcher's test hook plays the OS), and never by throwing unsaved changes away. Copied
// secrets leave the clipboard after the time set in Preferences.
#include "OpenVaultFixture.h"
#include "platform/ScreenLockWatcher.h"
#include "ui/common/AppSettings.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/SecretClipboard.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/IdleLock.h"
#include "ui/vault/MainWindow.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

#include <atomic>

using namespace std::chrono_literals;
using namespace twofold;
using namespace twofold::test;

class TestAutoLock : public QObject
{
    Q_OBJECT
private:
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    OpenVault* m_open = nullptr; // owned by the window's controller

    VaultController* controller() const { return m_window->controller(); }
    bool isOpen() const { return controller()->isOpen(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TwofoldTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_autolock"));
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create(m_clock);
        QVERIFY(vault);
        m_open = vault.get();
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && isOpen())
            controller()->waitForSave();
        m_window.reset();
        m_fixture.reset();
        QSettings().clear();
    }

    void idleLocksAfterTheSetTime_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::newRow("1 minute") << 1;
        QTest::newRow("default (10 minutes)") << AppSettings::kDefaultAutoLockMinutes;
        QTest::newRow("4 hours") << AppSettings::kMaxAutoLockMinutes;
    }
    void idleLocksAfterTheSetTime()
    {
        QFETCH(int, minutes);
        appSettings().setAutoLockMinutes(minutes);
        QCOMPARE(m_window->idleLock()->minutes(), minutes);
        QSignalSpy locked(controller(), &VaultController::locked);
        m_clock.advanceMs(qint64(minutes) * 60'000 - 1);
        m_window->idleLock()->check();
        QVERIFY(isOpen());
        m_clock.advanceMs(1);
        m_window->idleLock()->check();
        QCOMPARE(locked.count(), 1);
        QVERIFY(!isOpen());
        QCOMPARE(m_window->entryView()->model()->rowCount(), 0);
    }

    void inputStartsTheIdleTimeAgain()
    {
        appSettings().setAutoLockMinutes(1);
        m_clock.advanceSeconds(50);
        QTest::keyClick(m_window->searchField(), Qt::Key_M); // a key press anywhere counts
        QCOMPARE(m_window->idleLock()->lastInputMs(), m_clock.nowMs());
        m_clock.advanceSeconds(50);
        m_window->idleLock()->check();
        QVERIFY(isOpen()); // 100 s since opening, but only 50 s since the key
        QTest::mouseClick(m_window->entryView()->viewport(), Qt::LeftButton);
        m_clock.advanceSeconds(59);
        m_window->idleLock()->check();
        QVERIFY(isOpen());
        m_clock.advanceSeconds(1);
        m_window->idleLock()->check();
        QVERIFY(!isOpen());
    }

    void zeroNeverLocks()
    {
        appSettings().setAutoLockMinutes(0);
        QCOMPARE(m_window->idleLock()->minutes(), 0);
        m_clock.advanceSeconds(24 * 3600);
        m_window->idleLock()->check();
        QVERIFY(isOpen());
        appSettings().setAutoLockMinutes(3); // turned on again: counts from the last input
        m_window->idleLock()->check();
        QVERIFY(!isOpen());
    }

    void idleLockClosesAnOpenEditor()
    {
        appSettings().setAutoLockMinutes(1);
        QVERIFY(m_window->addEntry());
        QCOMPARE(m_window->findChildren<EntryEditorDialog*>().size(), 1);
        m_clock.advanceSeconds(60);
        m_window->idleLock()->check();
        QVERIFY(!isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChildren<EntryEditorDialog*>().isEmpty(), 5000);
        QVERIFY(!m_window->idleLock()->isRunning());
    }

    void screenLockLocksWhenTheSettingIsOn_data()
    {
        QTest::addColumn<bool>("lockOnScreenLock");
        QTest::newRow("on") << true;
        QTest::newRow("off") << false;
    }
    void screenLockLocksWhenTheSettingIsOn()
    {
        QFETCH(bool, lockOnScreenLock);
        appSettings().setLockOnScreenLock(lockOnScreenLock);
        m_window->secretClipboard()->copySecret(pw("mail-pw"));
        m_window->screenLockWatcher()->notifyLocked();
        QCOMPARE(isOpen(), !lockOnScreenLock);
        // Locking takes our secret off the clipboard; staying open leaves it to its timeout.
        QCOMPARE(QGuiApplication::clipboard()->text().isEmpty(), lockOnScreenLock);
        m_window->secretClipboard()->clearIfOurs();
    }

    void automaticLockNeverDropsUnsavedChanges()
    {
        auto failing = std::make_shared<std::atomic<bool>>(true);
        m_open->setFaultInjector([failing](SaveStep step) { return *failing && step == SaveStep::Write; });
        QSignalSpy failed(controller(), &VaultController::saveFailed);
        QVERIFY(controller()->addEntry(fields(QStringLiteral("Unsaved"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 10000);

        m_window->screenLockWatcher()->notifyLocked();
        QVERIFY(isOpen()); // the disk still refuses: the changes stay, and the banner says why
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("stayed unlocked")));

        *failing = false; // room again: the next automatic lock saves, then locks
        m_window->screenLockWatcher()->notifyLocked();
        QVERIFY(!isOpen());
        QVERIFY(m_fixture->reopen()->vault().resolve(QStringLiteral("Unsaved")).ok());
    }

    void watcherIsQuietWhereNoSourceAnswers()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        ScreenLockWatcher watcher;
        QSignalSpy spy(&watcher, &ScreenLockWatcher::screenLocked);
        watcher.notifyLocked();
        QCOMPARE(spy.count(), 1);
    }

    void clipboardTimeoutFollowsTheSetting()
    {
        QCOMPARE(m_window->secretClipboard()->timeout(),
                 std::chrono::milliseconds(AppSettings::kDefaultClipboardSeconds * 1000));
        appSettings().setClipboardSeconds(45);
        QCOMPARE(m_window->secretClipboard()->timeout(), 45'000ms);
        appSettings().setClipboardSeconds(AppSettings::kMinClipboardSeconds);
        QCOMPARE(m_window->secretClipboard()->timeout(),
                 std::chrono::milliseconds(AppSettings::kMinClipboardSeconds * 1000));
    }

    void copiedPasswordLeavesAfterTheSetTime()
    {
        // The one real wait of this suite: the shortest setting (5 s), so the clipboard's own
        // timer is seen to run the setting's time — not a fixed sleep, a deadline on a signal.
        appSettings().setClipboardSeconds(AppSettings::kMinClipboardSeconds);
        QSignalSpy timedOut(m_window->secretClipboard(), &SecretClipboard::timedOut);
        m_window->selectEntry(controller()->vault().resolve(QStringLiteral("Mail")).value());
        QElapsedTimer elapsed;
        elapsed.start();
        QTest::mouseClick(m_window->entryPane()->copyPasswordButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mail-pw"));
        QVERIFY(timedOut.wait(AppSettings::kMinClipboardSeconds * 1000 + 10'000));
        // QTimer's default (coarse) timers may fire up to 5 % early.
        QVERIFY(elapsed.elapsed() >= AppSettings::kMinClipboardSeconds * 1000 * 9 / 10);
        QCOMPARE(timedOut.constFirst().constFirst().toBool(), true);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestAutoLock)
#include "tst_autolock.moc"
