// The vault window locks when the desktop says the screen locked — over a real D-Bus: a
// private dbus-daemon is started as this test's session bus and a second connection plays
// the screen saver, sending ActiveChanged exactly as KDE, Xfce (org.freedesktop.ScreenSaver)
// and GNOME (org.gnome.ScreenSaver) do. Skipped where dbus-daemon is not installed, and on
// systems whose ScreenLockWatcher does not use D-Bus.
#include "OpenVaultFixture.h"
#include "platform/ScreenLockWatcher.h"
#include "ui/common/AppSettings.h"
#include "ui/vault/MainWindow.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace twofold;
using namespace twofold::test;

class TestScreenLock : public QObject
{
    Q_OBJECT
private:
    QProcess m_bus;
    QString m_address;
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    bool isOpen() const { return m_window->controller()->isOpen(); }

    // Sends signal name(active) on iface from a connection of its own, as a screen saver does.
    void sendActiveChanged(const QString& path, const QString& iface, bool active)
    {
        QDBusConnection sender = QDBusConnection::connectToBus(m_address, QStringLiteral("screensaver"));
        QVERIFY(sender.isConnected());
        QDBusMessage signal = QDBusMessage::createSignal(path, iface, QStringLiteral("ActiveChanged"));
        signal << active;
        QVERIFY(sender.send(signal));
    }

private slots:
    void initTestCase()
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        QSKIP("ScreenLockWatcher does not use D-Bus here");
#endif
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TwofoldTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenlock"));
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed");
        // Before anything asks for the session bus: this private one becomes it.
        m_bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                             QStringLiteral("--print-address")});
        QVERIFY(m_bus.waitForStarted(10'000));
        while (!m_bus.canReadLine())
            QVERIFY2(m_bus.waitForReadyRead(10'000), "dbus-daemon printed no address");
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void cleanupTestCase()
    {
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate();
            m_bus.waitForFinished(10'000);
        }
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create();
        QVERIFY(vault);
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QVERIFY(m_window->screenLockWatcher()->isListening());
    }

    void cleanup()
    {
        if (m_window && isOpen())
            m_window->controller()->waitForSave();
        m_window.reset();
        m_fixture.reset();
        QSettings().clear();
    }

    void screenSaverLockLocksTheVault_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("iface");
        QTest::newRow("freedesktop") << QStringLiteral("/org/freedesktop/ScreenSaver")
                                     << QStringLiteral("org.freedesktop.ScreenSaver");
        QTest::newRow("KDE path") << QStringLiteral("/ScreenSaver")
                                  << QStringLiteral("org.freedesktop.ScreenSaver");
        QTest::newRow("GNOME") << QStringLiteral("/org/gnome/ScreenSaver")
                               << QStringLiteral("org.gnome.ScreenSaver");
    }
    void screenSaverLockLocksTheVault()
    {
        QFETCH(QString, path);
        QFETCH(QString, iface);
        QSignalSpy heard(m_window->screenLockWatcher(), &ScreenLockWatcher::screenLocked);
        sendActiveChanged(path, iface, false); // the screen saver going away locks nothing
        sendActiveChanged(path, iface, true);
        QVERIFY(heard.wait(10'000));
        QCOMPARE(heard.count(), 1); // the "false" came first (one sender, in order) and was ignored
        QVERIFY(!isOpen());
    }

    void screenLockIsIgnoredWhenTheSettingIsOff()
    {
        appSettings().setLockOnScreenLock(false);
        QSignalSpy heard(m_window->screenLockWatcher(), &ScreenLockWatcher::screenLocked);
        sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"),
                          QStringLiteral("org.freedesktop.ScreenSaver"), true);
        QVERIFY(heard.wait(10'000));
        QVERIFY(isOpen());
    }
};

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
