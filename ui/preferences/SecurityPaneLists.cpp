// SecurityPane: what it shows — the summary, the lists and which buttons apply.
#include "auth/TwoFactorSettings.h"
#include "ui/preferences/InlineConfirmation.h"
#include "ui/preferences/SecurityPane.h"
#include "ui/preferences/TurnOnMethod.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTreeWidget>

namespace twofold {

namespace {

constexpr int kMethodRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole;

QString dateText(qint64 ms)
{
    if (ms <= 0)
        return SecurityPane::tr("Never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

// Puts the row whose role data is key back under the selection after a refill.
void reselect(QTreeWidget* view, int role, const QVariant& key)
{
    if (!key.isValid())
        return;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->data(0, role) == key) {
            view->setCurrentItem(view->topLevelItem(i));
            return;
        }
    }
}

QVariant selectedKey(const QTreeWidget* view, int role)
{
    const QList<QTreeWidgetItem*> selected = view->selectedItems();
    return selected.isEmpty() ? QVariant() : selected.first()->data(0, role);
}

} // namespace

void SecurityPane::refresh()
{
    const TwoFactorStatus& status = m_settings.status();
    const Policy& policy = m_settings.policy();
    m_summary->setText(status.on
                           ? tr("Two-factor sign-in is on: after the master password, Twofold asks for a "
                                "code.")
                           : tr("Two-factor sign-in is off: the master password alone opens this vault."));
    QString policyText;
    if (policy.twoFactor == TwoFactorRequirement::Required)
        policyText = tr("Your organisation requires two-factor sign-in.");
    else if (policy.twoFactor == TwoFactorRequirement::Off)
        policyText = tr("Your organisation has turned two-factor sign-in off on this computer.");
    m_localNote->setText(
        m_settings.serverMode()
            ? tr("Codes are checked by %1: without them, a copy of the vault file opens nothing.")
                  .arg(m_settings.serverUrl())
            : tr("Codes are checked on this computer: they guard Twofold itself, not a copy "
                 "of the file."));
    m_policyNote->setText(policyText);
    m_policyNote->setVisible(!policyText.isEmpty());
    {
        const QSignalBlocker a(m_askEvery), b(m_askUnremembered);
        m_askEvery->setChecked(status.prompt == SecondFactorPrompt::EverySignIn);
        m_askUnremembered->setChecked(status.prompt == SecondFactorPrompt::UnrememberedComputers);
    }
    const int left = status.recoveryCodesLeft;
    m_recoveryLeft->setText(!status.on  ? tr("Recovery codes are made when the first method is turned on.")
                            : left == 1 ? tr("One recovery code left.")
                                        : tr("%n recovery codes left.", nullptr, left));
    // The server sends its codes with its administrator's settings: none to make here.
    const bool deliveryElsewhere = deliveryProvidedByPolicy(policy) || m_settings.serverMode();
    m_deliveryBox->setTitle(deliveryElsewhere ? tr("Password") : tr("Delivery and password"));
    m_deliveryState->setVisible(!deliveryElsewhere);
    m_delivery->setVisible(!deliveryElsewhere);
    m_deliveryState->setText(
        status.deliveryConfigured
            ? tr("Email and SMS codes are sent with your own delivery settings.")
            : tr("No delivery settings yet: email and SMS codes need a mail server or an "
                 "SMS gateway."));
    fillMethods();
    fillTrusted();
    fillAppPasswords();
    updateConfirmation();
    updateButtons();
}

void SecurityPane::fillMethods()
{
    const QVariant selected = selectedKey(m_methods, kMethodRole);
    const QSignalBlocker blocker(m_methods);
    m_methods->clear();
    const TwoFactorStatus& status = m_settings.status();
    for (SignInMethod method : kSignInMethods) {
        const MethodStatus m = status.method(method);
        auto* item = new QTreeWidgetItem(m_methods);
        item->setData(0, kMethodRole, int(method));
        item->setText(0, methodName(method));
        item->setText(1, methodStateText(method));
        item->setText(2, m.on ? (m.maskedTarget.isEmpty() ? m.target : m.maskedTarget) : QString());
        item->setText(3, m.on ? dateText(m.addedMs) : QString());
        item->setText(4, m.isDefault ? tr("Default") : QString());
        item->setData(0, Qt::AccessibleDescriptionRole,
                      QStringLiteral("%1, %2").arg(item->text(1), item->text(4)));
    }
    for (int column = 0; column < m_methods->columnCount() - 1; ++column)
        m_methods->resizeColumnToContents(column);
    reselect(m_methods, kMethodRole, selected);
    if (m_methods->selectedItems().isEmpty())
        m_methods->setCurrentItem(m_methods->topLevelItem(0));
}

QPushButton* SecurityPane::revokeButton(const QString& name) const
{
    for (QPushButton* b : m_trusted->findChildren<QPushButton*>(QStringLiteral("revokeComputer")))
        if (b->accessibleName() == tr("Revoke %1").arg(name))
            return b;
    return nullptr;
}

QString SecurityPane::methodStateText(SignInMethod method) const
{
    const MethodStatus m = m_settings.status().method(method);
    if (m.on)
        return tr("On");
    if (!m_settings.policy().allows(method))
        return tr("Not allowed by your organisation");
    return tr("Off");
}

void SecurityPane::fillTrusted()
{
    const QSignalBlocker blocker(m_trusted);
    m_trusted->clear();
    int buttonWidth = 0;
    for (const TrustedComputerInfo& computer : m_settings.status().trustedComputers) {
        auto* item = new QTreeWidgetItem(m_trusted);
        const QString name = computer.name.isEmpty() ? tr("A computer") : computer.name;
        item->setText(0, name);
        item->setText(1, dateText(computer.addedMs));
        item->setText(2, dateText(computer.lastUsedMs));
        item->setText(3, computer.expiresMs > 0 ? dateText(computer.expiresMs) : QString());
        // Revoke, in the row: one computer at a time, from any computer.
        auto* revoke = new QPushButton(tr("Revoke"));
        revoke->setObjectName(QStringLiteral("revokeComputer"));
        revoke->setAccessibleName(tr("Revoke %1").arg(name));
        auto* cell = new QWidget;
        auto* cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(revoke);
        cellLayout->addStretch(1);
        m_trusted->setItemWidget(item, 4, cell);
        buttonWidth = std::max(buttonWidth, revoke->sizeHint().width());
        const QByteArray id = computer.id;
        connect(revoke, &QPushButton::clicked, this, [this, id, name] { revokeComputer(id, name); });
    }
    if (buttonWidth > 0)
        m_trusted->setUniformRowHeights(false); // rows as tall as their button
    if (m_trusted->topLevelItemCount() == 0) {
        auto* item = new QTreeWidgetItem(m_trusted);
        item->setText(0, tr("No computer is remembered."));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true); // a sentence, not a name: across the columns
    }
}

void SecurityPane::fillAppPasswords()
{
    const QVariant selected = selectedKey(m_appPasswords, kNameRole);
    const QSignalBlocker blocker(m_appPasswords);
    m_appPasswords->clear();
    for (const AppPasswordInfo& info : m_settings.appPasswords()) {
        auto* item = new QTreeWidgetItem(m_appPasswords);
        item->setData(0, kNameRole, info.name);
        item->setText(0, info.name);
        item->setText(1, dateText(info.createdMs));
        item->setText(2, dateText(info.lastUsedMs));
    }
    reselect(m_appPasswords, kNameRole, selected);
}

void SecurityPane::updateButtons()
{
    const bool busy = m_settings.isBusy();
    for (QWidget* control : std::as_const(m_controls))
        control->setEnabled(!busy);
    const std::optional<SignInMethod> method = selectedMethod();
    const TwoFactorStatus& status = m_settings.status();
    m_turnOn->setEnabled(!busy && method && m_settings.canTurnOn(*method));
    m_turnOff->setEnabled(!busy && method && m_settings.canTurnOff(*method));
    m_makeDefault->setEnabled(!busy && method && status.method(*method).on &&
                              status.defaultMethod != *method);
    m_regenerate->setEnabled(!busy && status.on);
    m_askEvery->setEnabled(!busy && status.on);
    m_askUnremembered->setEnabled(!busy && status.on);
    m_forgetAll->setEnabled(!busy && !status.trustedComputers.isEmpty());
    m_revoke->setEnabled(!busy && !selectedAppPassword().isEmpty());
    updateComputerButtons();
}

std::optional<SignInMethod> SecurityPane::selectedMethod() const
{
    const QVariant key = selectedKey(m_methods, kMethodRole);
    if (!key.isValid())
        return std::nullopt;
    return SignInMethod(key.toInt());
}

void SecurityPane::selectMethod(SignInMethod method)
{
    reselect(m_methods, kMethodRole, int(method));
}

QString SecurityPane::selectedAppPassword() const
{
    return selectedKey(m_appPasswords, kNameRole).toString();
}

} // namespace twofold
