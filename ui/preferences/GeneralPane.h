#pragma once
// The General pane of Preferences: auto-lock, lock with the screen, how long the clipboard keeps
// a secret, and the language. Every change is written to AppSettings at once (no OK button);
// a change made elsewhere is shown at once too.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace twofold {

class AppSettings;

class GeneralPane : public QWidget
{
    Q_OBJECT
public:
    // settings must outlive the pane.
    explicit GeneralPane(AppSettings& settings, QWidget* parent = nullptr);

    QSpinBox* autoLockMinutes() const { return m_autoLock; }
    QCheckBox* lockOnScreenLock() const { return m_screenLock; }
    QSpinBox* clipboardSeconds() const { return m_clipboard; }
    QCheckBox* closeToTray() const { return m_closeToTray; }
    QComboBox* language() const { return m_language; }

private:
    // Shows what settings holds, without writing it back.
    void load();

    AppSettings& m_settings;
    QSpinBox* m_autoLock;
    QCheckBox* m_screenLock;
    QCheckBox* m_closeToTray;
    QSpinBox* m_clipboard;
    QComboBox* m_language;
};

} // namespace twofold
