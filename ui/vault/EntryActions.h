#pragma once
// EntryActions: what people do most with the entry they have chosen, beyond copying the user
// name and password — copy its current two-factor code, open its web address in the browser,
// and copy the password and open the address in one go. Each is a window-wide action with a
// shortcut, for the Entry menu and the toolbar; each is enabled only when the entry has what
// it needs.
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QUrl;
class QWidget;

namespace twofold {

class EntryPane;
class VaultController;

class EntryActions : public QObject
{
    Q_OBJECT
public:
    // window: where the shortcuts live; pane: shows the chosen entry (its code, its copies);
    // current: the chosen entry's id (null: none).
    EntryActions(VaultController* controller, EntryPane* pane, QWidget* window,
                 std::function<QUuid()> current);

    QAction* copyCodeAction() const { return m_copyCode; }
    QAction* openUrlAction() const { return m_openUrl; }
    QAction* copyAndOpenAction() const { return m_copyAndOpen; }

    // Enables each action for the chosen entry.
    void update();
    // The chosen entry's web address as a browser opens it ("bank.example" → https://bank.example);
    // empty when it has none.
    QUrl currentUrl() const;

    void copyCode();
    void openUrl();
    void copyPasswordAndOpenUrl();

signals:
    void status(const QString& text);

private:
    VaultController* m_controller;
    EntryPane* m_pane;
    std::function<QUuid()> m_current;
    QAction* m_copyCode;
    QAction* m_openUrl;
    QAction* m_copyAndOpen;
};

} // namespace twofold
