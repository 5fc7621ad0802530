#pragma once
// AppTray: Twofold's icon in the desktop's notification area (where it has one), with Show,
// Quick search, Lock and Quit. While it is there and the person chose "Keep running in the
// notification area", closing the unlocked vault window hides it instead of quitting; without
// it (or that choice) closing quits, which drops the vault from memory (locks it).
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace twofold {

class MainWindow;
class StartWindow;

class AppTray : public QObject
{
    Q_OBJECT
public:
    // start: the sign-in window, shown when no vault is open. available: whether the desktop
    // has a notification area (tests say so themselves).
    explicit AppTray(StartWindow* start, bool available, QObject* parent = nullptr);
    ~AppTray() override;

    bool isAvailable() const { return m_icon != nullptr; }
    // The vault window now open (nullptr once it locks).
    void setMainWindow(MainWindow* window);

    QMenu* menu() const { return m_menu; }
    QAction* showAction() const { return m_show; }
    QAction* searchAction() const { return m_search; }
    QAction* lockAction() const { return m_lock; }
    QAction* quitAction() const { return m_quit; }

    void showWindow();
    void quickSearch();
    void quit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();

    StartWindow* m_start;
    QPointer<MainWindow> m_main;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu;
    QAction* m_show;
    QAction* m_search;
    QAction* m_lock;
    QAction* m_quit;
    bool m_quitting = false;
};

} // namespace twofold
