#include "ui/preferences/TurnOnMethod.h"

#include "ui/preferences/DeliverySettingsDialog.h"
#include "ui/twofactor/TwoFactorDialogs.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace twofold {

namespace {

using DoneOnce = std::shared_ptr<std::function<void(bool)>>;

void finish(const DoneOnce& done, bool on)
{
    if (*done) {
        auto call = std::move(*done);
        *done = nullptr;
        call(on);
    }
}

void openSetup(SignInMethod method, TwoFactorSettings& settings, QWidget* parent, const DoneOnce& done)
{
    QDialog* setup = openMethodSetup(method, settings, parent);
    if (!setup)
        return finish(done, false);
    QObject::connect(setup, &QDialog::finished, setup,
                     [done](int result) { finish(done, result == QDialog::Accepted); });
}

} // namespace

bool deliveryProvidedByPolicy(const Policy& policy)
{
    Q_UNUSED(policy) // the sign-in server (policy.server) will send codes: not yet
    return false;
}

bool needsDeliverySettings(SignInMethod method, const TwoFactorSettings& settings)
{
    return methodNeedsSend(method) && !settings.status().deliveryConfigured &&
           !deliveryProvidedByPolicy(settings.policy());
}

void turnOnMethod(SignInMethod method, TwoFactorSettings& settings, QWidget* parent,
                  std::function<void(bool on)> done)
{
    auto once = std::make_shared<std::function<void(bool)>>(std::move(done));
    QPointer<QWidget> guard(parent);
    QPointer<TwoFactorSettings> alive(&settings);
    withConfirmedPassword(
        settings, parent,
        [method, guard, alive, once, parent] {
            if (!alive || (parent && !guard))
                return finish(once, false);
            TwoFactorSettings& s = *alive;
            if (!needsDeliverySettings(method, s))
                return openSetup(method, s, parent, once);
            auto* delivery = new DeliverySettingsDialog(s, parent);
            delivery->setAttribute(Qt::WA_DeleteOnClose);
            delivery->setReason(
                method == SignInMethod::Sms
                    ? DeliverySettingsDialog::tr("Codes by text message need an SMS gateway to "
                                                 "send them. Set one up first.")
                    : DeliverySettingsDialog::tr("Codes by email need a mail server to send "
                                                 "them. Set one up first."));
            delivery->showTab(method == SignInMethod::Sms ? DeliverySettingsDialog::Tab::Sms
                                                          : DeliverySettingsDialog::Tab::Email);
            QObject::connect(delivery, &QDialog::finished, delivery,
                             [method, alive, parent, guard, once](int result) {
                                 if (result != QDialog::Accepted || !alive || (parent && !guard))
                                     return finish(once, false);
                                 openSetup(method, *alive, parent, once);
                             });
            delivery->open();
        },
        [once] { finish(once, false); });
}

} // namespace twofold
