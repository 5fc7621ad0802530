// ScreenLockWatcher on Linux and the BSDs, over D-Bus:
// - session bus: ActiveChanged(true) of org.freedesktop.ScreenSaver (KDE, Xfce, …) and
//   org.gnome.ScreenSaver (GNOME), from any sender and path;
// - system bus: login1's PrepareForSleep(true), and Lock of this process's login1 session
//   (found with GetSessionByPID, asynchronously: nothing here blocks).
// A bus that cannot be reached is skipped without a word: containers and CI have none.
#include "platform/ScreenLockWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace twofold {

namespace {

const QString kLogin1Service = QStringLiteral("org.freedesktop.login1");
const QString kLogin1Path = QStringLiteral("/org/freedesktop/login1");
const QString kLogin1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogin1Session = QStringLiteral("org.freedesktop.login1.Session");

class DBusScreenLockListener : public QObject
{
    Q_OBJECT
public:
    explicit DBusScreenLockListener(ScreenLockWatcher* owner) : QObject(owner), m_owner(owner) {}

    // Subscribes to every source it can reach; true when at least one bus answered.
    bool start()
    {
        bool any = false;
        QDBusConnection session = QDBusConnection::sessionBus();
        if (session.isConnected()) {
            for (const QString& iface :
                 {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")})
                any |= session.connect(QString(), QString(), iface, QStringLiteral("ActiveChanged"), this,
                                       SLOT(onActiveChanged(bool)));
        }
        QDBusConnection system = QDBusConnection::systemBus();
        if (system.isConnected()) {
            any |= system.connect(kLogin1Service, kLogin1Path, kLogin1Manager,
                                  QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
            watchSession(system);
        }
        return any;
    }

private slots:
    void onActiveChanged(bool active)
    {
        if (active)
            m_owner->notifyLocked();
    }
    void onPrepareForSleep(bool starting)
    {
        if (starting)
            m_owner->notifyLocked();
    }
    void onSessionLock() { m_owner->notifyLocked(); }

private:
    void watchSession(QDBusConnection system)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(kLogin1Service, kLogin1Path, kLogin1Manager,
                                                           QStringLiteral("GetSessionByPID"));
        call << quint32(QCoreApplication::applicationPid());
        auto* pending = new QDBusPendingCallWatcher(system.asyncCall(call), this);
        connect(pending, &QDBusPendingCallWatcher::finished, this,
                [this, system](QDBusPendingCallWatcher* done) {
                    const QDBusPendingReply<QDBusObjectPath> reply = *done;
                    done->deleteLater();
                    if (reply.isError()) // not in a login session (a service, a container): no Lock to hear
                        return;
                    QDBusConnection(system).connect(kLogin1Service, reply.value().path(), kLogin1Session,
                                                    QStringLiteral("Lock"), this, SLOT(onSessionLock()));
                });
    }

    ScreenLockWatcher* m_owner;
};

} // namespace

bool ScreenLockWatcher::listen(ScreenLockWatcher* owner)
{
    return (new DBusScreenLockListener(owner))->start();
}

} // namespace twofold

#include "ScreenLockWatcher_dbus.moc"
