// The vault window's menus and toolbar, as a keyboard user meets them: every action in the
// menu bar with a mnemonic, Settings… by its shortcut and through the menu, Security…, About,
// the banner the lead's code fills, the empty list's sentence.
#include "OpenVaultFixture.h"
#include "ui/common/MessageBanner.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/GroupList.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/PaletteIcon.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace twofold;
using namespace twofold::test;

class TestMainWindowMenus : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    QMenu* menuTitled(const QString& title) const
    {
        for (QAction* a : m_window->menuBar()->actions())
            if (a->menu() && a->text() == title)
                return a->menu();
        return nullptr;
    }

    // Opens the menu of the menu bar by its mnemonic (Alt+letter) and presses letter in it.
    void chooseFromMenu(Qt::Key menuKey, const QString& menuTitle, Qt::Key itemKey)
    {
        QMenu* menu = menuTitled(menuTitle);
        QVERIFY(menu);
        QTest::keyClick(m_window.get(), menuKey, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), 5000);
        QTest::keyClick(menu, itemKey);
        QTRY_VERIFY_WITH_TIMEOUT(!menu->isVisible(), 5000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create();
        QVERIFY(vault);
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && m_window->controller()->isOpen())
            m_window->controller()->waitForSave();
        m_window.reset();
        m_fixture.reset();
    }

    void preferencesActionIsThePlatformsPreferences()
    {
        QAction* prefs = m_window->preferencesAction();
        QVERIFY(prefs);
        QCOMPARE(prefs->menuRole(), QAction::PreferencesRole);
        QCOMPARE(prefs->text(), QStringLiteral("&Settings…"));
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (platform.isEmpty())
            QCOMPARE(prefs->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)});
        else
            QCOMPARE(prefs->shortcuts(), platform);
        QCOMPARE(m_window->lockVaultAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        // A vault on this computer alone has nothing to sync: no Sync now.
        QVERIFY(!m_window->syncNowAction()->isVisible());
    }

    void preferencesShortcutAsks()
    {
        QSignalSpy asked(m_window.get(), &MainWindow::preferencesRequested);
        m_window->entryView()->setFocus();
        QTest::keySequence(m_window.get(), m_window->preferencesAction()->shortcuts().constFirst());
        QCOMPARE(asked.count(), 1);
        m_window->searchField()->setFocus(); // from a text field too
        QTest::keySequence(m_window.get(), m_window->preferencesAction()->shortcuts().constFirst());
        QCOMPARE(asked.count(), 2);
    }

    void settingsThroughTheMenuByKeyboard()
    {
        QSignalSpy asked(m_window.get(), &MainWindow::preferencesRequested);
        chooseFromMenu(Qt::Key_V, QStringLiteral("&Vault"), Qt::Key_S);
        QCOMPARE(asked.count(), 1);
    }

    void securityThroughTheMenuByKeyboard()
    {
        QSignalSpy asked(m_window.get(), &MainWindow::securitySettingsRequested);
        QSignalSpy prefs(m_window.get(), &MainWindow::preferencesRequested);
        chooseFromMenu(Qt::Key_V, QStringLiteral("&Vault"), Qt::Key_C);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(prefs.count(), 0);
    }

    void aboutShowsTheVersion()
    {
        chooseFromMenu(Qt::Key_H, QStringLiteral("&Help"), Qt::Key_A);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox*>()) && box->isVisible(), 5000);
        QVERIFY(box->text().contains(QStringLiteral(TWOFOLD_VERSION)));
        box->close();
    }

    void everyMenuItemHasItsOwnMnemonic()
    {
        QSet<QChar> menuKeys;
        for (QAction* top : m_window->menuBar()->actions()) {
            QVERIFY(top->menu());
            const QString title = top->text();
            QVERIFY2(title.count(QLatin1Char('&')) == 1, qPrintable(title));
            const QChar key = title.at(title.indexOf(QLatin1Char('&')) + 1).toLower();
            QVERIFY2(!menuKeys.contains(key), qPrintable(title));
            menuKeys.insert(key);
            QSet<QChar> itemKeys;
            for (QAction* item : top->menu()->actions()) {
                if (item->isSeparator())
                    continue;
                const QString text = item->text();
                QVERIFY2(text.count(QLatin1Char('&')) == 1, qPrintable(text));
                const QChar itemKey = text.at(text.indexOf(QLatin1Char('&')) + 1).toLower();
                QVERIFY2(!itemKeys.contains(itemKey), qPrintable(text));
                itemKeys.insert(itemKey);
            }
        }
    }

    void toolbarHasTheEverydayActionsNamed()
    {
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        const QList<QAction*> wanted{m_window->newEntryAction(),     m_window->editEntryAction(),
                                     m_window->deleteEntryAction(),  m_window->copyUsernameAction(),
                                     m_window->copyPasswordAction(), m_window->lockVaultAction(),
                                     m_window->preferencesAction()};
        for (QAction* action : wanted) {
            QVERIFY2(bar->actions().contains(action), qPrintable(action->text()));
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY(!action->icon().pixmap(QSize(20, 20)).isNull());
            auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
            QVERIFY(button);
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(action->text()));
            QVERIFY(!button->accessibleName().contains(QLatin1Char('&')));
        }
    }

    void iconsTakeThePaletteColours()
    {
        const QPalette saved = QGuiApplication::palette();
        QPalette dark = saved;
        dark.setColor(QPalette::Active, QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x00, 0x00));
        QApplication::setPalette(dark);
        const QIcon icon = paletteIcon(QStringLiteral("lock"));
        QVERIFY(!icon.isNull());
        // Drawn at the device pixels asked for: crisp at 2x.
        const QPixmap crisp = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(crisp.size(), QSize(48, 48));
        auto inks = [](const QPixmap& pixmap) {
            QSet<QRgb> colours;
            const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) == 255)
                        colours.insert(image.pixel(x, y) & 0xffffff);
            return colours;
        };
        QCOMPARE(inks(crisp), QSet<QRgb>{0xeeeeee});
        QCOMPARE(inks(icon.pixmap(QSize(24, 24), 2.0, QIcon::Disabled)), QSet<QRgb>{0x800000});
        QApplication::setPalette(saved);
        QVERIFY(paletteIcon(QStringLiteral("no-such-icon")).isNull());
    }

    void bannerShowsASentence()
    {
        const QString sentence = QStringLiteral("Two-factor sign-in is required by your organisation.");
        m_window->showBanner(sentence);
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->text(), sentence);
    }

    void emptyListSaysWhy()
    {
        QLabel* empty = m_window->emptyStateLabel();
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(m_window->searchField(), QStringLiteral("zebra"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Nothing matches “zebra”"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
        QVERIFY(!empty->isVisible());
        m_window->groupList()->setScope({EntryFilterProxy::Scope::Trash, {}, {}});
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("The trash is empty"));
        m_window->groupList()->setScope({});
        QVERIFY(!empty->isVisible());
    }

    void newVaultInvitesTheFirstEntry()
    {
        OpenVaultFixture blank;
        auto made = OpenVault::create(blank.path, pw(kMasterPassword), kFastKdf);
        QVERIFY(made.ok());
        MainWindow window(new VaultController(std::shared_ptr<OpenVault>(std::move(made).value())));
        window.show();
        QVERIFY(window.emptyStateLabel()->isVisible());
        const QString key = window.newEntryAction()->shortcut().toString(QKeySequence::NativeText);
        QCOMPARE(window.emptyStateLabel()->text(),
                 QStringLiteral("No entries yet — press %1 to add one").arg(key));
        QVERIFY(window.controller()->addEntry(fields(QStringLiteral("First"))).ok());
        QVERIFY(!window.emptyStateLabel()->isVisible());
        window.controller()->waitForSave();
    }
};

QTEST_MAIN(TestMainWindowMenus)
#include "tst_mainwindowmenus.moc"
