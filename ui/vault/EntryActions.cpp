#include "ui/vault/EntryActions.h"

#include "ui/vault/EntryPane.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/VaultController.h"
#include "vault/Vault.h"

#include <QAction>
#include <QDesktopServices>
#include <QUrl>
#include <QWidget>

namespace twofold {

EntryActions::EntryActions(VaultController* controller, EntryPane* pane, QWidget* window,
                           std::function<QUuid()> current)
    : QObject(window), m_controller(controller), m_pane(pane), m_current(std::move(current)),
      m_copyCode(new QAction(paletteIcon(QStringLiteral("copy"), QStringLiteral("edit-copy")),
                             tr("Copy &two-factor code"), window)),
      m_openUrl(new QAction(paletteIcon(QStringLiteral("open"), QStringLiteral("internet-web-browser")),
                            tr("&Open web address"), window)),
      m_copyAndOpen(new QAction(tr("Copy password and open &web address"), window))
{
    m_copyCode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_copyAndOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    for (QAction* a : {m_copyCode, m_openUrl, m_copyAndOpen})
        window->addAction(a);
    connect(m_copyCode, &QAction::triggered, this, &EntryActions::copyCode);
    connect(m_openUrl, &QAction::triggered, this, &EntryActions::openUrl);
    connect(m_copyAndOpen, &QAction::triggered, this, &EntryActions::copyPasswordAndOpenUrl);
    update();
}

void EntryActions::update()
{
    const QUuid id = m_current();
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    m_copyCode->setEnabled(e && m_controller->vault().hasOtp(*e));
    const bool hasUrl = e && currentUrl().isValid();
    m_openUrl->setEnabled(hasUrl);
    m_copyAndOpen->setEnabled(hasUrl);
}

QUrl EntryActions::currentUrl() const
{
    const QUuid id = m_current();
    const Entry* e = m_controller->isOpen() && !id.isNull() ? m_controller->vault().entry(id) : nullptr;
    if (!e || e->url.trimmed().isEmpty())
        return {};
    const QUrl url = QUrl::fromUserInput(e->url.trimmed());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

void EntryActions::copyCode()
{
    if (m_copyCode->isEnabled())
        m_pane->copyCode();
}

void EntryActions::openUrl()
{
    const QUrl url = currentUrl();
    if (url.isEmpty())
        return;
    if (QDesktopServices::openUrl(url))
        emit status(tr("Opened %1.").arg(url.host()));
    else
        emit status(tr("No browser could open %1.").arg(url.toDisplayString()));
}

void EntryActions::copyPasswordAndOpenUrl()
{
    if (currentUrl().isEmpty())
        return;
    m_pane->copyPassword();
    openUrl();
}

} // namespace twofold
