#pragma once
// PreferencesDialog (DESIGN.md J3): the panes on the left — General and Security — and the one
// shown on the right. Window-modal on its parent, opened with show() or open(); Close and Esc
// close it. Ctrl+Tab and Ctrl+Shift+Tab, or the arrow keys in the list, switch panes. General
// changes apply at once; Security changes ask for the master password again.
#include "common/Clock.h"

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace twofold {

class AppSettings;
class GeneralPane;
class SecurityPane;
class TwoFactorSettings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Pane { General = 0, Security = 1 };

    // settings and security (when given) must outlive the dialog. security == nullptr: no vault
    // is open and the Security pane says so. clock times "password confirmed for N minutes".
    PreferencesDialog(AppSettings& settings, TwoFactorSettings* security, QWidget* parent = nullptr,
                      Clock& clock = systemClock());

    // The dialog's name as the menu item that opens it says it: "Preferences" on macOS (the
    // app menu's Preferences…), "Settings" elsewhere (Vault > Settings…).
    static QString title();

    void setCurrentPane(Pane pane);
    Pane currentPane() const;

    QListWidget* paneList() const { return m_list; }
    GeneralPane* generalPane() const { return m_general; }
    // Null when no vault is open.
    SecurityPane* securityPane() const { return m_security; }
    // The widget the Security entry shows (the pane, or the "unlock a vault" page).
    QWidget* securityPage() const;

private:
    void step(int delta);

    QListWidget* m_list;
    QStackedWidget* m_stack;
    GeneralPane* m_general;
    SecurityPane* m_security = nullptr;
};

} // namespace twofold
