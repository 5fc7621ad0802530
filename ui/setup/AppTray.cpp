#include "ui/setup/AppTray.h"

#include "ui/common/AppSettings.h"
#include "ui/common/UiResources.h"
#include "ui/setup/StartWindow.h"
#include "ui/vault/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSystemTrayIcon>

namespace twofold {

AppTray::AppTray(StartWindow* start, bool available, QObject* parent)
    : QObject(parent), m_start(start), m_menu(new QMenu), m_show(m_menu->addAction(tr("&Show Twofold"))),
      m_search(m_menu->addAction(tr("Quick &search…"))), m_lock(m_menu->addAction(tr("&Lock vault")))
{
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit Twofold"));
    connect(m_show, &QAction::triggered, this, &AppTray::showWindow);
    connect(m_search, &QAction::triggered, this, &AppTray::quickSearch);
    connect(m_lock, &QAction::triggered, this, [this] {
        if (m_main)
            m_main->lock();
    });
    connect(m_quit, &QAction::triggered, this, &AppTray::quit);
    if (available) {
        m_icon = new QSystemTrayIcon(appIcon(), this);
        m_icon->setToolTip(QStringLiteral("Twofold"));
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        m_icon->show();
    }
    updateActions();
}

AppTray::~AppTray()
{
    delete m_menu;
}

void AppTray::setMainWindow(MainWindow* window)
{
    if (m_main)
        m_main->removeEventFilter(this);
    m_main = window;
    if (window)
        window->installEventFilter(this);
    updateActions();
}

void AppTray::showWindow()
{
    QWidget* window = m_main ? static_cast<QWidget*>(m_main.data()) : m_start;
    window->show();
    window->raise();
    window->activateWindow();
}

void AppTray::quickSearch()
{
    showWindow();
    if (m_main)
        m_main->findAction()->trigger();
}

void AppTray::quit()
{
    m_quitting = true;
    if (m_main && !m_main->close()) { // unsaved changes, and the person kept them
        m_quitting = false;
        return;
    }
    QApplication::quit();
}

bool AppTray::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_main && event->type() == QEvent::Close && !m_quitting && m_icon &&
        appSettings().closeToTray()) {
        m_main->hide();
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void AppTray::updateActions()
{
    m_lock->setEnabled(m_main != nullptr);
}

} // namespace twofold
