#pragma once
// TurnOnTwoFactorDialog: the first-run offer after a vault is created — "Turn on two-factor
// sign-in now?", one line of why, a button for each method the policy allows and that is off
// (TwoFactorSettings::canTurnOn), the authenticator app first and marked recommended, and
// "Not now". Picking a method emits methodChosen and accepts; "Not now" (or closing) rejects.
// required: the organisation's policy requires two-factor sign-in and none is on yet — the
// question says so and "Not now" becomes "Lock" (the vault does not open without a method).
#include "auth/SignInMethod.h"

#include <QDialog>
#include <QList>

class QPushButton;

namespace twofold {

class TwoFactorSettings;

class TurnOnTwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    // settings is read here only (which methods to offer).
    explicit TurnOnTwoFactorDialog(const TwoFactorSettings& settings, QWidget* parent = nullptr,
                                   bool required = false);

    // The methods offered, in order, and the button of each (nullptr when not offered).
    QList<SignInMethod> offeredMethods() const { return m_methods; }
    QPushButton* methodButton(SignInMethod method) const;
    QPushButton* notNowButton() const { return m_notNow; }

signals:
    void methodChosen(twofold::SignInMethod method);

private:
    QList<SignInMethod> m_methods;
    QList<QPushButton*> m_buttons;
    QPushButton* m_notNow;
};

} // namespace twofold
