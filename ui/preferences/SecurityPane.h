#pragma once
// The Security pane of Preferences (DESIGN.md J3, 4.1, 4.2) over TwoFactorSettings: whether
// two-factor sign-in is on and what it protects, every method with its state, where its codes
// go and when it was added, the default method; when the second factor is asked for; recovery
// codes; remembered computers; app passwords; delivery settings; the master password.
// Every change asks for the master password again (withConfirmedPassword, valid 5 minutes);
// results and refusals are sentences in the banner at the top. Controls are disabled while
// the settings are busy. Everything is re-read when the settings change.
#include "auth/SignInMethod.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace twofold {

class AddComputerDialog;
class InlineConfirmation;
class SignOutDialog;
class MessageBanner;
class TwoFactorSettings;

class SecurityPane : public QWidget
{
    Q_OBJECT
public:
    // settings must outlive the pane; clock times the password confirmation line.
    explicit SecurityPane(TwoFactorSettings& settings, QWidget* parent = nullptr,
                          Clock& clock = systemClock());

    // ---- the actions behind the buttons (each asks for the password when needed) ----
    void turnOnSelected();
    void turnOffSelected(); // asks in the inline confirmation first
    void makeSelectedDefault();
    void regenerateRecoveryCodes(); // asks in the inline confirmation first
    void forgetAllComputers();      // asks in the inline confirmation first
    // The Revoke button of a remembered computer's row (asks in the inline confirmation first).
    void revokeComputer(const QByteArray& id, const QString& name);
    void addAppPassword();
    void revokeSelectedAppPassword(); // asks in the inline confirmation first
    void openDeliverySettings();
    void changeMasterPassword();
    // Server mode (SecurityPaneComputers.cpp): "Add a computer…" opens the AddComputerDialog;
    // "Sign out and forget this computer…" asks in a SignOutDialog, then, when this computer is
    // remembered, for the password and revokes its record on the server (revokeThisComputer),
    // and emits signOutRequested (also when the server cannot be reached or the password is
    // not given: the notice says the record stays). A local vault is refused with a sentence.
    void addComputer();
    void signOutAndForget();

    // ---- for tests and accessibility ----
    // Selects method in the methods list.
    void selectMethod(SignInMethod method);
    QTreeWidget* methodsView() const { return m_methods; }
    QTreeWidget* trustedView() const { return m_trusted; }
    QTreeWidget* appPasswordsView() const { return m_appPasswords; }
    InlineConfirmation* confirmation() const { return m_confirm; }
    // The banner's sentence; empty when it is hidden.
    QString messageText() const;
    QString summaryText() const;
    // Where codes are checked: this computer (local mode) or the server, by its address.
    QString checkedWhereText() const;
    // The Revoke button of the remembered computer named name, or null.
    QPushButton* revokeButton(const QString& name) const;
    QString confirmationText() const; // "Password confirmed for N more minutes", or empty
    // The state column of method's row ("On", "Off", "Not allowed by your organisation").
    QString methodStateText(SignInMethod method) const;
    QPushButton* addComputerButton() const { return m_addComputer; }
    QPushButton* signOutButton() const { return m_signOut; }
    // The dialogs while they are open, else nullptr.
    AddComputerDialog* addComputerDialog() const;
    SignOutDialog* signOutDialog() const;

signals:
    // The person confirmed signing out and this computer's record on the server was revoked
    // (or could not be: notice says so). The vault is still open: the receiver closes it, then
    // removes this computer's copy (forgetLocalCopy) and shows notice.
    void signOutRequested(const QString& notice);

private:
    QGroupBox* makeMethodsBox();
    QGroupBox* makePromptBox();
    QGroupBox* makeRecoveryBox();
    QGroupBox* makeTrustedBox();
    QGroupBox* makeAppPasswordsBox();
    QGroupBox* makeOtherBox();
    QGroupBox* makeComputersBox();
    void updateComputerButtons();

    // Re-reads everything from the settings.
    void refresh();
    void fillMethods();
    void fillTrusted();
    void fillAppPasswords();
    void updateButtons();
    void updateConfirmation();
    std::optional<SignInMethod> selectedMethod() const;
    QString selectedAppPassword() const;
    void choosePrompt(bool everySignIn);

    // Runs action once the password is confirmed (asking for it when needed).
    void withPassword(std::function<void()> action);
    // A TwoFactorSettings::Done that shows success (when not empty) or the refusal.
    std::function<void(Status)> report(const QString& success);
    void showError(const QString& sentence);
    void showInformation(const QString& sentence);

    TwoFactorSettings& m_settings;
    Clock& m_clock;
    MessageBanner* m_banner;
    QLabel* m_summary;
    QLabel* m_localNote;
    QLabel* m_policyNote;
    QLabel* m_confirmed;
    InlineConfirmation* m_confirm;
    QTreeWidget* m_methods = nullptr;
    QPushButton* m_turnOn = nullptr;
    QPushButton* m_turnOff = nullptr;
    QPushButton* m_makeDefault = nullptr;
    QRadioButton* m_askEvery = nullptr;
    QRadioButton* m_askUnremembered = nullptr;
    QLabel* m_recoveryLeft = nullptr;
    QPushButton* m_regenerate = nullptr;
    QTreeWidget* m_trusted = nullptr;
    QPushButton* m_forgetAll = nullptr;
    QTreeWidget* m_appPasswords = nullptr;
    QPushButton* m_addAppPassword = nullptr;
    QPushButton* m_revoke = nullptr;
    QGroupBox* m_deliveryBox = nullptr;
    QLabel* m_deliveryState = nullptr;
    QPushButton* m_delivery = nullptr;
    QPushButton* m_changePassword = nullptr;
    QLabel* m_computersNote = nullptr;
    QPushButton* m_addComputer = nullptr;
    QPushButton* m_signOut = nullptr;
    QPointer<AddComputerDialog> m_addComputerDialog;
    QPointer<SignOutDialog> m_signOutDialog;
    bool m_signingOut = false;
    QList<QWidget*> m_controls; // disabled while the settings are busy
    QTimer m_tick;              // refreshes the confirmation line
};

} // namespace twofold
