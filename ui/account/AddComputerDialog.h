#pragma once
// AddComputerDialog: "Add a computer…" of a server-mode vault (DESIGN.md 11, issue 13): what a
// second computer needs to sign in — the server's address, the account's email and the account
// key. The key is a secret: it is shown only after "Show key" and the master password again
// (ConfirmPasswordDialog, every time), read from this computer's SecretStore, as text in the
// emergency kit's grouping and as a QR code of the twofold://add-computer link
// (core/auth/AddComputerLink.h) that the other computer's sign-in page reads from a picture.
// "Hide key", closing the dialog or destroying it wipes the key, the link and the code.
#include "crypto/SecureBuffer.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace twofold {

class ConfirmPasswordDialog;
class MessageBanner;
class QrCodeWidget;
class TwoFactorSettings;

class AddComputerDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog; its secret store holds the key (accountKeyStoreKey).
    explicit AddComputerDialog(TwoFactorSettings& settings, QWidget* parent = nullptr);
    ~AddComputerDialog() override;

    // "Show key": opens (and returns) the password dialog; once the password is confirmed the
    // key is read and shown. Returns nullptr, doing nothing, for a local vault or while shown.
    ConfirmPasswordDialog* showKey();
    // "Hide key": the key, the link and the QR code are wiped from the dialog.
    void hideKey();
    bool isShowingKey() const { return !m_link.isEmpty(); }

    QLabel* serverLabel() const { return m_server; }
    QLabel* emailLabel() const { return m_email; }
    QLabel* accountKeyLabel() const { return m_key; }
    QrCodeWidget* qrCode() const { return m_qr; }
    QPushButton* showKeyButton() const { return m_showKey; }
    QPushButton* closeButton() const { return m_close; }
    // The banner's sentence ("" when hidden).
    QString message() const;

    void done(int result) override;

private:
    void readKey();
    void reveal(const SecureBuffer& keyBytes);

    TwoFactorSettings& m_settings;
    QLabel* m_server;
    QLabel* m_email;
    QLabel* m_keyName;
    QLabel* m_key;
    QrCodeWidget* m_qr;
    QLabel* m_qrHint;
    MessageBanner* m_banner;
    QPushButton* m_showKey;
    QPushButton* m_close;
    QPointer<ConfirmPasswordDialog> m_confirm;
    SecureBuffer m_link; // the link shown as the QR code, while shown
};

} // namespace twofold
