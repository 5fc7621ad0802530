#pragma once
// StartWindow: the window Twofold opens with — the create page on first run, the unlock page
// otherwise — switching between them as the person asks.
#include "common/Clock.h"

#include <QWidget>

#include <memory>

class QStackedWidget;

namespace twofold {

class CreateVaultPage;
class OpenVault;
class UnlockPage;

class StartWindow : public QWidget
{
    Q_OBJECT
public:
    explicit StartWindow(Clock& clock = systemClock(), QWidget* parent = nullptr);

    void showCreate(const QString& path);
    void showUnlock(const QString& path);
    bool isShowingCreate() const;

    CreateVaultPage* createPage() const { return m_create; }
    UnlockPage* unlockPage() const { return m_unlock; }

signals:
    // A vault was created or unlocked; the receiver becomes its only owner.
    void vaultOpened(std::shared_ptr<twofold::OpenVault> vault);

private:
    QStackedWidget* m_stack;
    CreateVaultPage* m_create;
    UnlockPage* m_unlock;
};

} // namespace twofold
