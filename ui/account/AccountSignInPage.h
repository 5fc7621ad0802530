#pragma once
// AccountSignInPage: signing in to an existing Twofold server account on this computer (issue
// 12): the server's address, the email, the master password, where the vault file goes, and
// the account key from the emergency kit. This page is for a computer that has no vault file
// for the account, so the key is asked with the password, before the code: the sign-in never
// has to start over for it. Then the same code page as every sign-in (SecondFactorPage); once
// the server has checked the code the vault file is made here and opens.
#include "auth/SignInSession.h"
#include "auth/TwoFactorStatus.h"
#include "common/Clock.h"
#include "common/Random.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace twofold {

class MessageBanner;
class OpenVault;
class PasswordField;
class SecondFactorPage;
class SecretStore;
class SignInSession;

class AccountSignInPage : public QWidget
{
    Q_OBJECT
public:
    // clock and random must outlive the page (and the sessions it makes).
    explicit AccountSignInPage(Clock& clock = systemClock(), Random& random = systemRandom(),
                               QWidget* parent = nullptr);
    ~AccountSignInPage() override;

    // What each sign-in is given (policy, secret store for the account key and remembered
    // computers, code sender); the secret store is not owned and must outlive the page.
    void setSignInOptions(SignInOptions options) { m_options = std::move(options); }
    void setServerAddress(const QString& address);
    void setEmail(const QString& email);
    // Shows sentence in the banner at the top, information style (after signing out).
    void showNotice(const QString& sentence);
    void setVaultPath(const QString& path);
    QString vaultPath() const;
    std::optional<QUrl> serverUrl() const;
    QString email() const;
    // The session of the sign-in under way or just finished (nullptr before the first).
    SignInSession* session() const { return m_session; }
    // The account key field is required from the start (a new computer); this says why it
    // is asked again (a key that did not fit) and puts the focus there.
    void askForAccountKey(const QString& why);
    bool isAskingForAccountKey() const;

    // Fills the server, email and account key from a twofold://add-computer link (as pasted
    // into the account key field, or read from a QR code); a damaged link changes nothing and
    // its sentence is shown. Returns whether it was filled.
    bool fillFromLink(QStringView link);
    // "Read from image…" without the file dialog: the QR code in the picture at path, an
    // add-computer link (or a bare account key), fills the fields; else a sentence is shown.
    bool readKeyFromImage(const QString& path);

    // Starts signing in (the Sign in button, Enter); does nothing while it is disabled.
    void signIn();

    QString blockReason() const;
    QString message() const;
    QString bannerText() const;
    bool isBusy() const { return m_busyFlag; }
    bool isShowingSecondFactor() const;

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* emailField() const { return m_email; }
    PasswordField* passwordField() const { return m_password; }
    QLineEdit* accountKeyField() const { return m_accountKey; }
    QPushButton* readImageButton() const { return m_readImage; }
    QLineEdit* locationField() const { return m_location; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* backButton() const { return m_back; }
    SecondFactorPage* secondFactorPage() const { return m_codePage; }

signals:
    void backRequested();
    // The vault file was made here and is open; the receiver becomes its only owner.
    void vaultOpened(std::shared_ptr<twofold::OpenVault> vault, const twofold::TwoFactorStatus& status,
                     bool setupRequired);
    void recoveryCodeUsed(int codesLeft);

private:
    void setBusy(bool busy);
    void showFailure(const QString& sentence);
    void showPasswordPage();
    void showCodePage();
    void dropSession();
    void onStateChanged(SignInSession::State state);
    void onUnlocked();
    void startSignIn();
    void chooseLocation();
    void chooseImage();
    void onAccountKeyEdited();
    void updateState();

    Clock& m_clock;
    Random& m_random;
    SignInOptions m_options;
    QPointer<SignInSession> m_session;
    bool m_keyRequired = true; // a new computer: the key comes before the code
    bool m_busyFlag = false;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QWidget* m_formPage;
    QLineEdit* m_server;
    QLineEdit* m_email;
    PasswordField* m_password;
    QLabel* m_accountKeyLabel;
    QLabel* m_accountKeyWhy;
    QLineEdit* m_accountKey;
    QPushButton* m_readImage;
    QLineEdit* m_location;
    QPushButton* m_choose;
    QLabel* m_reason;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_back;
    QPushButton* m_signIn;
    SecondFactorPage* m_codePage;
};

} // namespace twofold
