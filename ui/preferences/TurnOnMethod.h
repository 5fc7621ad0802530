#pragma once
// Turning a two-factor method on from anywhere (Preferences > Security, the first-run offer):
// the master password again, the delivery settings when a code must be sent and there are
// none, then the method's setup dialog (DESIGN.md J3a–c).
#include "auth/Policy.h"
#include "auth/SignInMethod.h"
#include "auth/TwoFactorSettings.h"

#include <functional>

class QWidget;

namespace twofold {

// True when the organisation's sign-in server sends the codes, so the person has no delivery
// settings to make or see. Policy has no server-provided delivery yet: always false. This is
// the one place the Security pane and turnOnMethod() ask.
bool deliveryProvidedByPolicy(const Policy& policy);

// True when method (Email or SMS) needs delivery settings that are missing: none were saved
// and the policy provides none. False for the authenticator app.
bool needsDeliverySettings(SignInMethod method, const TwoFactorSettings& settings);

// Turns method on, window-modal on parent: asks for the master password
// (withConfirmedPassword); for email and SMS without delivery settings first opens a
// DeliverySettingsDialog with a sentence saying why (cancelling it stops there); then opens
// the method's setup dialog (openMethodSetup). done(on), when given, runs once at the end:
// true when the method was turned on, false when anything was cancelled. Refuses nothing
// itself: the dialogs show the core's sentences.
void turnOnMethod(SignInMethod method, TwoFactorSettings& settings, QWidget* parent,
                  std::function<void(bool on)> done = {});

} // namespace twofold
