#pragma once
// The dialogs that turn a two-factor method on (DESIGN.md J3a–c) and the ones around them:
// the master password asked again, the recovery codes shown once, and the first-run offer.
// All of them are window-modal on their parent, delete themselves when closed
// (Qt::WA_DeleteOnClose) and drive the TwoFactorSettings they are given, which must outlive
// them. They are opened with open(), never exec(), so tests and the event loop keep going.
// (This header is the contract the Security pane and the first-run flow code against; the
// implementation files are next to it.)
#include "auth/SignInMethod.h"
#include "auth/TwoFactorSettings.h"
#include "ui/twofactor/AuthenticatorSetupDialog.h"
#include "ui/twofactor/ConfirmPasswordDialog.h"
#include "ui/twofactor/EmailSetupDialog.h"
#include "ui/twofactor/RecoveryCodesDialog.h"
#include "ui/twofactor/SmsSetupDialog.h"
#include "ui/twofactor/TurnOnTwoFactorDialog.h"

#include <QDialog>

#include <functional>

namespace twofold {

// "Enter your master password to change security settings": a password field, OK/Cancel, the
// core's sentence when it is wrong (the dialog stays). Accepted once
// TwoFactorSettings::confirmPassword succeeded.
class ConfirmPasswordDialog;

// Runs then() at once when settings.passwordConfirmed(); else opens a ConfirmPasswordDialog on
// parent and runs then() after it is accepted, or cancelled() (when given) if it is not.
void withConfirmedPassword(TwoFactorSettings& settings, QWidget* parent, std::function<void()> then,
                           std::function<void()> cancelled = {});

// Authenticator app (J3a): QR code (large, crisp), account and issuer, the setup key in
// groups of four with Copy; a code field to verify; success; the recovery codes when this is
// the first method. Needs the password confirmed.
class AuthenticatorSetupDialog;
// Email (J3b): address → Send code → code field (Resend with countdown) → on → recovery codes
// when first. Needs the password confirmed and delivery settings (or a policy's).
class EmailSetupDialog;
// SMS (J3c): country picker + number shown normalised before sending → code → on → recovery
// codes when first. Same needs as email.
class SmsSetupDialog;
// The recovery codes, shown once: the ten codes, Copy, Save to file…, Print…, and "I have
// saved these codes" which must be ticked before Done.
class RecoveryCodesDialog;

// Opens the setup dialog for method (Authenticator, Email or Sms) on parent; the password must
// already be confirmed. Returns the dialog; its finished(int) says whether the method was
// turned on (QDialog::Accepted). nullptr, and nothing opened, for RecoveryCode.
QDialog* openMethodSetup(SignInMethod method, TwoFactorSettings& settings, QWidget* parent);

// Shows codes once in a RecoveryCodesDialog on parent (after regenerating them, say).
QDialog* openRecoveryCodes(TwoFactorSettings::RecoveryCodes codes, QWidget* parent);

// The first-run offer after a vault is created: "Turn on two-factor sign-in now?" with the
// methods the policy allows (the authenticator app first, recommended) and "Not now". Emits
// methodChosen(method) and closes when one is picked; rejected for "Not now".
class TurnOnTwoFactorDialog;

} // namespace twofold
