#pragma once
// OtpSetupDialog: adds a website's two-factor codes to an entry. A person pastes the
// otpauth:// link, types the setup key (with issuer, account and advanced options), or reads
// the QR code from a picture file or from the screen. Every bad input shows core's sentence
// and keeps OK disabled; a valid one shows the current code, to compare with the website.
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "otp/OtpParams.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QImage;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QWidget;

namespace twofold {

class OtpKeyForm;
class TotpCodeWidget;

class OtpSetupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Link, Key, QrCode };

    explicit OtpSetupDialog(QWidget* parent = nullptr);
    // clock drives the preview of the current code (tests pass a ManualClock).
    explicit OtpSetupDialog(twofold::Clock& clock, QWidget* parent = nullptr);
    ~OtpSetupDialog() override;

    // Prefills the typed-key page's issuer and account (e.g. the entry's title and user name).
    void setSuggestedAccount(const QString& issuer, const QString& account);
    // Starts from an existing URI (changing an entry's codes): shown on the link page.
    void setUri(const twofold::SecureBuffer& otpauthUri);
    void showPage(Page page);
    Page currentPage() const;

    // The canonical otpauth:// URI (UTF-8) of what was entered; empty while nothing valid is.
    twofold::SecureBuffer uri() const;
    // Whether what was entered is valid (OK is enabled exactly then).
    bool hasValidInput() const { return m_params.has_value(); }
    // The sentence about the current input; empty when it is valid or nothing is entered yet.
    QString errorText() const;
    // The sentence about the last attempt to read a QR code; empty before any.
    QString qrStatusText() const;

    // Read a QR code and, when it holds a link, put the link on the link page and show it.
    // Each refuses with the sentence it also shows: an unreadable file, no QR code found, a
    // QR code holding something else, a screen that cannot be captured.
    Status readQrImageFile(const QString& path);
    Status readQrImage(const QImage& image);
    Status readScreen();

signals:
    // The preview's Copy button: connect it to the secret clipboard. With nothing connected,
    // the code goes to the plain clipboard (a code is useless within a minute).
    void copyRequested(const QString& code);

private:
    void chooseImageFile();
    Status acceptQrText(const twofold::SecureBuffer& text);
    Status qrFailure(const QString& sentence);
    void revalidate();

    twofold::Clock& m_clock;
    std::optional<otp::OtpParams> m_params;
    QTabWidget* m_pages;
    QWidget* m_linkPage;
    QLineEdit* m_uriEdit;
    OtpKeyForm* m_keyForm;
    QWidget* m_qrPage;
    QPushButton* m_fromFile;
    QPushButton* m_fromScreen;
    QLabel* m_qrStatus;
    QStackedWidget* m_feedback;
    QLabel* m_error;
    QWidget* m_previewBox;
    TotpCodeWidget* m_preview;
    QDialogButtonBox* m_buttons;
};

} // namespace twofold
