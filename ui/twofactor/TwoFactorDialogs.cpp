#include "ui/twofactor/TwoFactorDialogs.h"

namespace twofold {

void withConfirmedPassword(TwoFactorSettings& settings, QWidget* parent, std::function<void()> then,
                           std::function<void()> cancelled)
{
    if (settings.passwordConfirmed()) {
        then();
        return;
    }
    auto* dialog = new ConfirmPasswordDialog(settings, parent);
    QObject::connect(dialog, &QDialog::accepted, dialog, [then = std::move(then)] { then(); });
    if (cancelled)
        QObject::connect(dialog, &QDialog::rejected, dialog,
                         [cancelled = std::move(cancelled)] { cancelled(); });
    dialog->open();
}

QDialog* openMethodSetup(SignInMethod method, TwoFactorSettings& settings, QWidget* parent)
{
    QDialog* dialog = nullptr;
    switch (method) {
    case SignInMethod::Authenticator:
        dialog = new AuthenticatorSetupDialog(settings, parent);
        break;
    case SignInMethod::Email:
        dialog = new EmailSetupDialog(settings, parent);
        break;
    case SignInMethod::Sms:
        dialog = new SmsSetupDialog(settings, parent);
        break;
    case SignInMethod::RecoveryCode: // never turned on by itself: it comes with the first method
        return nullptr;
    }
    if (dialog)
        dialog->open();
    return dialog;
}

QDialog* openRecoveryCodes(TwoFactorSettings::RecoveryCodes codes, QWidget* parent)
{
    auto* dialog = new RecoveryCodesDialog(std::move(codes), parent);
    dialog->open();
    return dialog;
}

} // namespace twofold
