#pragma once
// AttachmentsView: the entry pane's list of the files kept with an entry (name, size, when
// added), with Add files…, Save as… and Remove. A file's content is read from the vault only
// when it is saved; adding refuses files over 16 MiB with a sentence, and nothing else changes.
#include <QUuid>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace twofold {

class VaultController;

class AttachmentsView : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentsView(VaultController* controller, QWidget* parent = nullptr);

    // Lists the attachments of entry id (null: none). inTrash: adding and removing are off.
    void showEntry(const QUuid& id, bool inTrash = false);
    int count() const;

    // Adds the files at paths to the entry; each refused file is named in one sentence
    // (status) and the others are added. Returns how many were added.
    int addFiles(const QStringList& paths);
    // Writes the attachment at row to path (0600); false with a sentence on failure.
    bool saveAt(int row, const QString& path);
    // Removes the attachment at row (after the question, unless confirmed is already true).
    bool removeAt(int row, bool confirmed = false);

    // The file dialogs, replaceable (tests): files to add; where to save (suggested name given).
    void setOpenChooser(std::function<QStringList()> chooser) { m_openChooser = std::move(chooser); }
    void setSaveChooser(std::function<QString(const QString&)> chooser)
    {
        m_saveChooser = std::move(chooser);
    }

    QTreeWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void status(const QString& text);

private:
    int selectedRow() const;
    void updateButtons();

    VaultController* m_controller;
    QUuid m_id;
    bool m_inTrash = false;
    QLabel* m_caption;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_remove;
    std::function<QStringList()> m_openChooser;
    std::function<QString(const QString&)> m_saveChooser;
};

} // namespace twofold
