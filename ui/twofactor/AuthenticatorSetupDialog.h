#pragma once
// AuthenticatorSetupDialog (DESIGN.md J3a): a new authenticator secret from
// TwoFactorSettings::beginAuthenticator, shown as a large crisp QR code and as the setup key in
// groups of four (selectable, with Copy through the secret clipboard), with the account and
// issuer; then the app's current code, checked by confirmAuthenticator. A wrong code shows the
// core's sentence and the dialog stays; a right one turns the app on and shows the recovery
// codes when it is the first method. The secret's text is dropped from the dialog once it is on.
// The password must already be confirmed (else the core's sentence is shown, nothing else).
#include "crypto/SecureBuffer.h"
#include "ui/twofactor/MethodSetupDialog.h"

class QLabel;

namespace twofold {

class CodeField;
class QrCodeWidget;
class SecretClipboard;

class AuthenticatorSetupDialog : public MethodSetupDialog
{
    Q_OBJECT
public:
    // The smallest side of the QR code on screen, in pixels.
    static constexpr int kQrMinimumSide = 232;

    // account: the name shown in the app (empty: the vault's name).
    explicit AuthenticatorSetupDialog(TwoFactorSettings& settings, QWidget* parent = nullptr,
                                      const QString& account = {});
    ~AuthenticatorSetupDialog() override;

    // Checks the typed code (the Verify button); nothing while busy or with too few digits.
    void verify();

    QrCodeWidget* qrCode() const { return m_qr; }
    QLabel* setupKeyLabel() const { return m_key; }
    QLabel* accountLabel() const { return m_account; }
    QPushButton* copyKeyButton() const { return m_copyKey; }
    CodeField* codeField() const { return m_code; }
    QPushButton* verifyButton() const { return m_verify; }
    SecretClipboard* clipboard() const { return m_clipboard; }

private:
    void forgetSecret();
    void updateVerify();

    QWidget* m_page;
    QrCodeWidget* m_qr;
    QLabel* m_account;
    QLabel* m_key;
    QPushButton* m_copyKey;
    CodeField* m_code;
    QPushButton* m_verify;
    SecretClipboard* m_clipboard;
    SecureBuffer m_setupKey; // the key as typed into an app: base32, no spaces
};

} // namespace twofold
