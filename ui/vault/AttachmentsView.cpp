#include "ui/vault/AttachmentsView.h"

#include "io/Exporters.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/VaultController.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twofold {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

AttachmentsView::AttachmentsView(VaultController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_caption(new QLabel(tr("Attachments:"), this)),
      m_list(new QTreeWidget(this)),
      m_add(new QPushButton(paletteIcon(QStringLiteral("add"), QStringLiteral("list-add")), tr("Add &files…"),
                            this)),
      m_save(new QPushButton(paletteIcon(QStringLiteral("save"), QStringLiteral("document-save-as")),
                             tr("Save &as…"), this)),
      m_remove(new QPushButton(paletteIcon(QStringLiteral("delete"), QStringLiteral("list-remove")),
                               tr("Re&move"), this))
{
    setObjectName(QStringLiteral("attachments"));
    m_caption->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setHeaderLabels({tr("File"), tr("Size"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_add->setObjectName(QStringLiteral("addAttachments"));
    m_add->setAccessibleName(tr("Add files to the entry as attachments"));
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_save->setAccessibleName(tr("Save the chosen attachment as a file"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_remove->setAccessibleName(tr("Remove the chosen attachment from the entry"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    m_openChooser = [this] {
        return QFileDialog::getOpenFileNames(
            this, tr("Add files to the entry"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    };
    m_saveChooser = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Save the attachment"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(suggested));
    };
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentsView::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_save->click(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_openChooser();
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const QString path = m_saveChooser(QFileInfo(m_list->topLevelItem(row)->text(0)).fileName());
        if (!path.isEmpty())
            saveAt(row, path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAt(selectedRow()); });
    showEntry({});
}

void AttachmentsView::showEntry(const QUuid& id, bool inTrash)
{
    m_id = id;
    m_inTrash = inTrash;
    m_list->clear();
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    if (e)
        for (const Attachment& a : e->attachments) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, a.name);
            item->setText(1, sizeText(a.size));
            item->setText(
                2, QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.addedMs), QLocale::ShortFormat));
            item->setData(0, Qt::UserRole, a.id);
        }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_caption->setText(m_list->topLevelItemCount() > 0 ? tr("Attachments:") : tr("Attachments: none"));
    setVisible(e != nullptr);
    updateButtons();
}

int AttachmentsView::count() const
{
    return m_list->topLevelItemCount();
}

int AttachmentsView::selectedRow() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->indexOfTopLevelItem(selected.first());
}

int AttachmentsView::addFiles(const QStringList& paths)
{
    if (m_id.isNull() || m_inTrash)
        return 0;
    int added = 0;
    QStringList problems;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        // Checked before reading, so a huge file is never read into memory.
        if (info.size() > kMaxAttachmentBytes) {
            problems << tr("\"%1\" is %2; an attachment can be at most %3 MiB.")
                            .arg(name, sizeText(info.size()))
                            .arg(kMaxAttachmentBytes >> 20);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("\"%1\" could not be read: %2.").arg(name, file.errorString());
            continue;
        }
        const QByteArray content = file.read(kMaxAttachmentBytes + 1);
        if (file.error() != QFileDevice::NoError) {
            problems << tr("\"%1\" could not be read: %2.").arg(name, file.errorString());
            continue;
        }
        if (Result<QByteArray> r = m_controller->addAttachment(m_id, name, content); !r)
            problems << r.error().message;
        else
            ++added;
    }
    showEntry(m_id, m_inTrash);
    if (!problems.isEmpty())
        emit status(problems.join(QLatin1Char(' ')));
    else if (added == 1)
        emit status(tr("Attached \"%1\".").arg(QFileInfo(paths.constFirst()).fileName()));
    else
        emit status(tr("Attached %1 files.").arg(added));
    return added;
}

bool AttachmentsView::saveAt(int row, const QString& path)
{
    if (row < 0 || row >= count())
        return false;
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    Result<SecureBuffer> content =
        m_controller->attachmentContent(m_id, item->data(0, Qt::UserRole).toByteArray());
    if (!content) {
        emit status(content.error().message);
        return false;
    }
    // Readable only by the user, like every plain file Twofold writes; not copied out of secure memory.
    const QByteArray raw =
        QByteArray::fromRawData(reinterpret_cast<const char*>(content->data()), qsizetype(content->size()));
    if (Status s = io::writePrivateFile(path, raw); !s) {
        emit status(s.error().message);
        return false;
    }
    emit status(
        tr("Saved \"%1\" to %2 (readable only by you).").arg(item->text(0), QDir::toNativeSeparators(path)));
    return true;
}

bool AttachmentsView::removeAt(int row, bool confirmed)
{
    if (row < 0 || row >= count() || m_inTrash)
        return false;
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    const QString name = item->text(0);
    if (!confirmed) {
        QMessageBox box(
            QMessageBox::Question, tr("Remove the attachment?"),
            tr("Remove \"%1\" from the entry? Its content leaves the vault when it is saved.").arg(name),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("removeAttachmentQuestion"));
        QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    if (Status s = m_controller->removeAttachment(m_id, item->data(0, Qt::UserRole).toByteArray()); !s) {
        emit status(s.error().message);
        return false;
    }
    showEntry(m_id, m_inTrash);
    emit status(tr("Removed \"%1\" from the entry.").arg(name));
    return true;
}

void AttachmentsView::updateButtons()
{
    const bool chosen = selectedRow() >= 0;
    m_save->setEnabled(chosen);
    m_remove->setEnabled(chosen && !m_inTrash);
    m_add->setEnabled(!m_id.isNull() && !m_inTrash);
}

} // namespace twofold
