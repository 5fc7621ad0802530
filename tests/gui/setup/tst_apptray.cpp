// The notification-area icon: its menu shows the window, searches and locks; closing the
// unlocked vault window hides it when "Keep running in the notification area" is on and the
// desktop has one, and otherwise closes it (the application quits, the vault is dropped).
#include "gui/vault/OpenVaultFixture.h"
#include "ui/common/AppSettings.h"
#include "ui/setup/AppTray.h"
#include "ui/setup/StartWindow.h"
#include "ui/vault/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>

using namespace twofold;
using namespace twofold::test;

class TestAppTray : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::weak_ptr<OpenVault> m_vault; // the open vault of the last openWindow()

    MainWindow* openWindow()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create();
        if (!vault)
            return nullptr;
        m_vault = vault;
        auto* window = new MainWindow(new VaultController(std::move(vault)));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { appSettings().setCloseToTray(false); }

    void closingHidesToTheTrayWhenChosen()
    {
        StartWindow start;
        AppTray tray(&start, true);
        QVERIFY(tray.isAvailable());
        QPointer<MainWindow> window = openWindow();
        QVERIFY(window);
        tray.setMainWindow(window);
        QVERIFY(tray.lockAction()->isEnabled());
        appSettings().setCloseToTray(true);
        QVERIFY(!window->close());
        QVERIFY(window); // not deleted: still open, only hidden
        QVERIFY(window->isHidden());
        QVERIFY(window->controller()->isOpen());
        QVERIFY(!m_vault.expired());

        tray.searchAction()->trigger(); // quick search: back, with the search box ready
        QVERIFY(window->isVisible());
        QApplication::setActiveWindow(window);
        QTRY_COMPARE(QApplication::focusWidget(), window->searchField());

        tray.lockAction()->trigger();
        QVERIFY(!window->controller()->isOpen());
        delete window.data();
    }

    void closingQuitsWithoutTheChoiceOrATray()
    {
        for (bool trayShown : {true, false}) {
            StartWindow start;
            AppTray tray(&start, trayShown);
            QPointer<MainWindow> window = openWindow();
            QVERIFY(window);
            tray.setMainWindow(window);
            appSettings().setCloseToTray(!trayShown); // chosen, but no notification area: quits
            QVERIFY(window->close());
            QTRY_VERIFY(window.isNull()); // closed and deleted
            QVERIFY(m_vault.expired());   // and the vault locked: its keys are gone
        }
    }

    void showBringsBackTheSignInWindowWhenLocked()
    {
        StartWindow start;
        AppTray tray(&start, true);
        QVERIFY(!tray.lockAction()->isEnabled());
        tray.showAction()->trigger();
        QVERIFY(start.isVisible());
    }
};

QTEST_MAIN(TestAppTray)
#include "tst_apptray.moc"
