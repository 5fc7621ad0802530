#pragma once
// PasswordHistoryView: the entry pane's list of an entry's earlier passwords, newest first,
// each with the day it was replaced, shown as dots; the chosen one can be copied, or restored
// as the entry's password (the current one then joins the history, so nothing is lost).
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace twofold {

class SecretClipboard;
class VaultController;

class PasswordHistoryView : public QWidget
{
    Q_OBJECT
public:
    PasswordHistoryView(VaultController* controller, SecretClipboard* clipboard, QWidget* parent = nullptr);

    // Lists the history of entry id (null: none; the view hides when there is nothing to list).
    void showEntry(const QUuid& id);
    int count() const;
    // Copies / restores the earlier password at row (0: the newest); false when there is none.
    bool copyAt(int row);
    bool restoreAt(int row);

    QTreeWidget* list() const { return m_list; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* restoreButton() const { return m_restore; }

signals:
    void status(const QString& text);

private:
    int selectedRow() const;
    void updateButtons();

    VaultController* m_controller;
    SecretClipboard* m_clipboard;
    QUuid m_id;
    QLabel* m_caption;
    QTreeWidget* m_list;
    QPushButton* m_copy;
    QPushButton* m_restore;
};

} // namespace twofold
