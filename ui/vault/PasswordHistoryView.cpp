#include "ui/vault/PasswordHistoryView.h"

#include "ui/common/SecretClipboard.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/VaultController.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twofold {

PasswordHistoryView::PasswordHistoryView(VaultController* controller, SecretClipboard* clipboard,
                                         QWidget* parent)
    : QWidget(parent), m_controller(controller), m_clipboard(clipboard),
      m_caption(new QLabel(tr("Earlier passwords:"), this)), m_list(new QTreeWidget(this)),
      m_copy(new QPushButton(paletteIcon(QStringLiteral("copy"), QStringLiteral("edit-copy")), tr("Copy"),
                             this)),
      m_restore(new QPushButton(paletteIcon(QStringLiteral("undo"), QStringLiteral("edit-undo")),
                                tr("Res&tore"), this))
{
    setObjectName(QStringLiteral("passwordHistory"));
    m_caption->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Earlier passwords"));
    m_list->setHeaderLabels({tr("Replaced"), tr("Password")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_copy->setAccessibleName(tr("Copy the earlier password"));
    m_restore->setAccessibleName(tr("Make the earlier password the entry's password again"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PasswordHistoryView::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, [this] { copyAt(selectedRow()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreAt(selectedRow()); });
    showEntry({});
}

void PasswordHistoryView::showEntry(const QUuid& id)
{
    m_id = id;
    m_list->clear();
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    if (e) {
        // Newest first; the dots say nothing of the length.
        for (auto it = e->history.crbegin(); it != e->history.crend(); ++it) {
            auto* item = new QTreeWidgetItem(m_list);
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(it->retiredMs);
            item->setText(0, QLocale().toString(when, QLocale::ShortFormat));
            item->setText(1, QString(8, QChar(0x2022)));
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    setVisible(m_list->topLevelItemCount() > 0);
    updateButtons();
}

int PasswordHistoryView::count() const
{
    return m_list->topLevelItemCount();
}

int PasswordHistoryView::selectedRow() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->indexOfTopLevelItem(selected.first());
}

bool PasswordHistoryView::copyAt(int row)
{
    const Entry* e = m_controller->isOpen() && !m_id.isNull() ? m_controller->vault().entry(m_id) : nullptr;
    if (!e || row < 0 || row >= int(e->history.size()))
        return false;
    const PasswordHistoryItem& item = e->history[e->history.size() - 1 - std::size_t(row)];
    m_clipboard->copySecret(m_controller->vault().secrets().copy(item.password));
    emit status(tr("Earlier password copied."));
    return true;
}

bool PasswordHistoryView::restoreAt(int row)
{
    const Entry* e = m_controller->isOpen() && !m_id.isNull() ? m_controller->vault().entry(m_id) : nullptr;
    if (!e || e->inTrash || row < 0 || row >= int(e->history.size()))
        return false;
    const PasswordHistoryItem& item = e->history[e->history.size() - 1 - std::size_t(row)];
    EntryFields fields;
    fields.password = m_controller->vault().secrets().copy(item.password);
    const QUuid id = m_id;
    if (Status s = m_controller->updateEntry(id, std::move(fields)); !s) {
        emit status(s.error().message);
        return false;
    }
    emit status(tr("Earlier password restored; the one it replaced is now in the history."));
    showEntry(id);
    return true;
}

void PasswordHistoryView::updateButtons()
{
    const bool chosen = selectedRow() >= 0;
    m_copy->setEnabled(chosen);
    const Entry* e = m_controller->isOpen() && !m_id.isNull() ? m_controller->vault().entry(m_id) : nullptr;
    m_restore->setEnabled(chosen && e && !e->inTrash);
}

} // namespace twofold
