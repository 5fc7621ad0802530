#pragma once
// AppSettings: the preferences a person sets in Preferences > General, and the recent vaults,
// kept in QSettings (none of them is a secret). One object per application, shared by the
// windows that follow it (the vault window for auto-lock and the clipboard, the sign-in page
// for recent vaults); changed() tells them when to re-read.
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

namespace twofold {

class AppSettings : public QObject
{
    Q_OBJECT
public:
    // Bounds the setters clamp to.
    static constexpr int kMinAutoLockMinutes = 0; // 0: never lock for idleness
    static constexpr int kMaxAutoLockMinutes = 240;
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMinClipboardSeconds = 5;
    static constexpr int kMaxClipboardSeconds = 600;
    static constexpr int kDefaultClipboardSeconds = 30;
    static constexpr int kMaxRecentVaults = 6;

    // Reads from the application's QSettings (organisation and application names must be set;
    // tests use QStandardPaths::setTestModeEnabled or a QSettings path of their own).
    explicit AppSettings(QObject* parent = nullptr);

    // Minutes without keyboard or mouse use before the vault locks itself; 0: never.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // Lock the vault when the computer's screen locks (or it goes to sleep).
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool on);
    // Closing the vault window while it is unlocked keeps Twofold running in the notification
    // area (where the desktop has one) instead of quitting and locking. Off by default.
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // How long a copied secret stays on the clipboard.
    int clipboardSeconds() const;
    void setClipboardSeconds(int seconds);
    std::chrono::milliseconds clipboardTimeout() const { return std::chrono::seconds(clipboardSeconds()); }
    // The interface language as a locale name ("de", "fr_FR"); empty: follow the system.
    // Applies from the next start.
    QString language() const;
    void setLanguage(const QString& localeName);
    // The languages Twofold has a translation for, as locale names ("en", "de", "fr", "es"),
    // from the compiled catalogues in the resources.
    static QStringList availableLanguages();

    // Vault files opened recently, most recent first, only those that still exist.
    QStringList recentVaults() const;
    // Puts path first among the recent vaults (so it is the one offered at start).
    void addRecentVault(const QString& path);
    void removeRecentVault(const QString& path);

signals:
    // Any setting changed (through this object or another AppSettings of the same application).
    void changed();

private:
    void notify();
};

// The application's shared settings object (created on first use, parented to qApp).
AppSettings& appSettings();

} // namespace twofold
