#include "ui/common/AppSettings.h"

#include "ui/common/VaultLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace twofold {

namespace {
const QString kAutoLockKey = QStringLiteral("general/autoLockMinutes");
const QString kScreenLockKey = QStringLiteral("general/lockOnScreenLock");
const QString kCloseToTrayKey = QStringLiteral("general/closeToTray");
const QString kClipboardKey = QStringLiteral("general/clipboardSeconds");
const QString kLanguageKey = QStringLiteral("general/language");
const QString kRecentKey = QStringLiteral("vault/recent");

// QSettings whose file (and the folder made for it) only the user may read: written at once,
// then 0600 (0700 for the folder), as every file Twofold makes for the user (issue 11).
struct PrivateSettings : QSettings
{
    ~PrivateSettings() override
    {
        sync();
        QFile::setPermissions(fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString folder = QFileInfo(fileName()).absolutePath();
        if (folder != QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) &&
            folder != QStandardPaths::writableLocation(QStandardPaths::ConfigLocation))
            QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

// Every AppSettings of the application, so a change made through one reaches all.
QList<QPointer<AppSettings>>& instances()
{
    static QList<QPointer<AppSettings>> list;
    return list;
}
} // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent)
{
    instances().append(this);
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int value = QSettings().value(kAutoLockKey, kDefaultAutoLockMinutes).toInt(&ok);
    return ok ? std::clamp(value, kMinAutoLockMinutes, kMaxAutoLockMinutes) : kDefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    PrivateSettings().setValue(kAutoLockKey, std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes));
    notify();
}

bool AppSettings::lockOnScreenLock() const
{
    return QSettings().value(kScreenLockKey, true).toBool();
}

void AppSettings::setLockOnScreenLock(bool on)
{
    PrivateSettings().setValue(kScreenLockKey, on);
    notify();
}

bool AppSettings::closeToTray() const
{
    return QSettings().value(kCloseToTrayKey, false).toBool();
}

void AppSettings::setCloseToTray(bool on)
{
    QSettings().setValue(kCloseToTrayKey, on);
    notify();
}

int AppSettings::clipboardSeconds() const
{
    bool ok = false;
    const int value = QSettings().value(kClipboardKey, kDefaultClipboardSeconds).toInt(&ok);
    return ok ? std::clamp(value, kMinClipboardSeconds, kMaxClipboardSeconds) : kDefaultClipboardSeconds;
}

void AppSettings::setClipboardSeconds(int seconds)
{
    PrivateSettings().setValue(kClipboardKey,
                               std::clamp(seconds, kMinClipboardSeconds, kMaxClipboardSeconds));
    notify();
}

QString AppSettings::language() const
{
    return QSettings().value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString& localeName)
{
    if (localeName.isEmpty())
        PrivateSettings().remove(kLanguageKey);
    else
        PrivateSettings().setValue(kLanguageKey, localeName);
    notify();
}

QStringList AppSettings::availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("twofold_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QString name = file.mid(8); // after "twofold_"
        name.chop(3);               // ".qm"
        languages.append(name);
    }
    if (!languages.contains(QStringLiteral("en")))
        languages.prepend(QStringLiteral("en"));
    return languages;
}

QStringList AppSettings::recentVaults() const
{
    QStringList result;
    const QStringList stored = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : stored) {
        if (vaultExists(path) && !result.contains(path))
            result.append(path);
    }
    return result;
}

void AppSettings::addRecentVault(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kRecentKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentVaults)
        list.removeLast();
    PrivateSettings().setValue(kRecentKey, list);
    notify();
}

void AppSettings::removeRecentVault(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kRecentKey).toStringList();
    list.removeAll(absolute);
    list.removeAll(path);
    PrivateSettings().setValue(kRecentKey, list);
    notify();
}

void AppSettings::notify()
{
    instances().removeAll(QPointer<AppSettings>());
    for (const QPointer<AppSettings>& settings : std::as_const(instances())) {
        if (settings)
            emit settings->changed();
    }
}

AppSettings& appSettings()
{
    static QPointer<AppSettings> shared;
    if (!shared)
        shared = new AppSettings(QCoreApplication::instance());
    return *shared;
}

} // namespace twofold
