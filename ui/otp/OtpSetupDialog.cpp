#include "ui/otp/OtpSetupDialog.h"

#include "otp/Base32.h"
#include "otp/OtpUri.h"
#include "ui/otp/OtpColours.h"
#include "ui/otp/OtpKeyForm.h"
#include "ui/otp/QrImageDecoder.h"
#include "ui/otp/TotpCodeWidget.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace twofold {

namespace {
QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

OtpSetupDialog::OtpSetupDialog(QWidget* parent) : OtpSetupDialog(systemClock(), parent) {}

OtpSetupDialog::OtpSetupDialog(Clock& clock, QWidget* parent)
    : QDialog(parent), m_clock(clock), m_pages(new QTabWidget(this)), m_linkPage(new QWidget(m_pages)),
      m_uriEdit(new QLineEdit(m_linkPage)), m_keyForm(new OtpKeyForm(m_pages)),
      m_qrPage(new QWidget(m_pages)), m_fromFile(new QPushButton(tr("From an image file…"), m_qrPage)),
      m_fromScreen(new QPushButton(tr("From the screen"), m_qrPage)), m_qrStatus(new QLabel(m_qrPage)),
      m_feedback(new QStackedWidget(this)), m_error(new QLabel(m_feedback)),
      m_previewBox(new QWidget(m_feedback)), m_preview(new TotpCodeWidget(clock, m_previewBox)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add two-factor codes"));

    m_uriEdit->setObjectName(QStringLiteral("uri"));
    m_uriEdit->setPlaceholderText(QStringLiteral("otpauth://totp/…"));
    m_uriEdit->setAccessibleName(tr("Two-factor link"));
    auto* linkLayout = new QVBoxLayout(m_linkPage);
    linkLayout->addWidget(
        wrappedLabel(tr("Paste the link the website gives for authenticator apps (it starts with "
                        "otpauth://)."),
                     m_linkPage));
    linkLayout->addWidget(m_uriEdit);
    linkLayout->addStretch();

    m_fromFile->setObjectName(QStringLiteral("fromFile"));
    m_fromScreen->setObjectName(QStringLiteral("fromScreen"));
    m_qrStatus->setObjectName(QStringLiteral("qrStatus"));
    m_qrStatus->setWordWrap(true);
    auto* qrLayout = new QVBoxLayout(m_qrPage);
    qrLayout->addWidget(
        wrappedLabel(tr("Read the QR code the website shows: from a picture of it, or straight from "
                        "the screen while the website shows it."),
                     m_qrPage));
    auto* qrButtons = new QHBoxLayout;
    qrButtons->addWidget(m_fromFile);
    qrButtons->addWidget(m_fromScreen);
    qrButtons->addStretch();
    qrLayout->addLayout(qrButtons);
    qrLayout->addWidget(m_qrStatus);
    qrLayout->addStretch();
    if (!canDecodeQrImages()) {
        m_fromFile->setEnabled(false);
        m_fromScreen->setEnabled(false);
        m_qrStatus->setText(decodeQrImage(QImage()).error().message);
    }

    m_pages->addTab(m_linkPage, tr("Paste a Link"));
    m_pages->addTab(m_keyForm, tr("Type the Setup Key"));
    m_pages->addTab(m_qrPage, tr("Read a QR Code"));

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, otpWarningColour());
    m_error->setPalette(errorPalette);

    m_preview->setObjectName(QStringLiteral("preview"));
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(
        wrappedLabel(tr("The current code, to check against the website (enter it where the "
                        "website asks for a code):"),
                     m_previewBox));
    previewLayout->addWidget(m_preview);

    // Nothing, the sentence or the preview, in one place of a fixed height: no jumping layout.
    m_feedback->addWidget(new QWidget(m_feedback));
    m_feedback->addWidget(m_error);
    m_feedback->addWidget(m_previewBox);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_feedback);
    layout->addWidget(m_buttons);
    // All three tabs in view, in every language.
    m_pages->setMinimumWidth(
        std::max(fontMetrics().averageCharWidth() * 64, m_pages->tabBar()->sizeHint().width() + 16));

    connect(m_uriEdit, &QLineEdit::textChanged, this, &OtpSetupDialog::revalidate);
    connect(m_keyForm, &OtpKeyForm::changed, this, &OtpSetupDialog::revalidate);
    connect(m_pages, &QTabWidget::currentChanged, this, &OtpSetupDialog::revalidate);
    connect(m_fromFile, &QPushButton::clicked, this, &OtpSetupDialog::chooseImageFile);
    connect(m_fromScreen, &QPushButton::clicked, this, [this] { (void)readScreen(); });
    connect(m_preview, &TotpCodeWidget::copyRequested, this, [this](const QString& code) {
        if (isSignalConnected(QMetaMethod::fromSignal(&OtpSetupDialog::copyRequested)))
            emit copyRequested(code);
        else
            QGuiApplication::clipboard()->setText(code);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Room for the preview from the start, measured with a throwaway key, so the dialog does
    // not have to grow when the first valid key appears.
    m_preview->setUri(SecureBuffer::fromBytes(QByteArrayView("otpauth://totp/?secret=AAAAAAAA")));
    m_feedback->setMinimumHeight(m_previewBox->sizeHint().height());
    m_preview->clearUri();
    revalidate();
}

OtpSetupDialog::~OtpSetupDialog() = default;

void OtpSetupDialog::setSuggestedAccount(const QString& issuer, const QString& account)
{
    m_keyForm->setIssuerAndAccount(issuer, account);
}

void OtpSetupDialog::setUri(const SecureBuffer& otpauthUri)
{
    m_uriEdit->setText(otpauthUri.toStringUnsafe());
    showPage(Page::Link);
}

void OtpSetupDialog::showPage(Page page)
{
    m_pages->setCurrentWidget(page == Page::Link  ? m_linkPage
                              : page == Page::Key ? static_cast<QWidget*>(m_keyForm)
                                                  : m_qrPage);
}

OtpSetupDialog::Page OtpSetupDialog::currentPage() const
{
    QWidget* current = m_pages->currentWidget();
    return current == m_keyForm ? Page::Key : current == m_qrPage ? Page::QrCode : Page::Link;
}

SecureBuffer OtpSetupDialog::uri() const
{
    if (!m_params)
        return {};
    QString text = otp::buildUri(*m_params);
    SecureBuffer bytes = SecureBuffer::fromUtf8(text);
    wipe(text);
    return bytes;
}

QString OtpSetupDialog::errorText() const
{
    return m_error->text();
}

QString OtpSetupDialog::qrStatusText() const
{
    return m_qrStatus->text();
}

void OtpSetupDialog::revalidate()
{
    Result<otp::OtpParams> parsed = Error();
    bool entered = false;
    if (currentPage() == Page::Key) {
        entered = !m_keyForm->isEmpty();
        if (entered)
            parsed = m_keyForm->params();
    } else { // the QR code page shows what it read on the link page
        const QString text = m_uriEdit->text();
        entered = !text.trimmed().isEmpty();
        if (entered)
            parsed = otp::parseUri(text);
        if (entered && !parsed && !text.contains(u':')) {
            Result<SecureBuffer> bareKey = otp::base32Decode(text);
            if (bareKey && !bareKey->isEmpty())
                parsed = Error(
                    ErrorCode::InvalidInput,
                    tr("This looks like a setup key, not a link: type or paste it under “Type the Setup "
                       "Key”."));
        }
    }

    if (entered && parsed) {
        m_params = std::move(parsed).value();
        m_error->clear();
        QString text = otp::buildUri(*m_params);
        m_preview->setUri(SecureBuffer::fromUtf8(text));
        wipe(text);
    } else {
        m_params.reset();
        m_error->setText(entered ? parsed.error().message : QString());
        m_preview->clearUri();
    }
    m_feedback->setCurrentIndex(m_params ? 2 : m_error->text().isEmpty() ? 0 : 1);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_params.has_value());
}

void OtpSetupDialog::chooseImageFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Picture of the QR Code"), folder,
                                     tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        (void)readQrImageFile(path);
}

Status OtpSetupDialog::readQrImageFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return qrFailure(tr("%1 could not be opened as a picture (%2).")
                             .arg(QDir::toNativeSeparators(path), reader.errorString()));
    return readQrImage(image);
}

Status OtpSetupDialog::readQrImage(const QImage& image)
{
    Result<SecureBuffer> text = decodeQrImage(image);
    if (!text)
        return qrFailure(text.error().message);
    return acceptQrText(*text);
}

Status OtpSetupDialog::readScreen()
{
    QList<QScreen*> screens = QGuiApplication::screens();
    if (QScreen* primary = QGuiApplication::primaryScreen()) {
        screens.removeAll(primary);
        screens.prepend(primary);
    }
    bool sawScreen = false;
    for (QScreen* screen : screens) {
        const QPixmap shot = screen->grabWindow(0);
        if (shot.isNull())
            continue;
        sawScreen = true;
        Result<SecureBuffer> text = decodeQrImage(shot.toImage());
        if (text)
            return acceptQrText(*text);
        if (text.error().code == ErrorCode::Unsupported)
            return qrFailure(text.error().message);
    }
    return qrFailure(sawScreen
                         ? tr("No QR code was found on the screen. Show the website's QR code, move this "
                              "window so it does not cover it, and try again.")
                         : tr("Twofold could not take a picture of the screen (your desktop may not allow "
                              "it). Save the QR code as a picture and use “From an image file…” instead."));
}

Status OtpSetupDialog::acceptQrText(const SecureBuffer& text)
{
    if (text.view().startsWith("otpauth-migration:"))
        return qrFailure(
            tr("This QR code is an export from Google Authenticator, which Twofold cannot read. Set "
               "up two-factor codes again on the website and read the QR code it shows."));
    Result<otp::OtpParams> parsed = otp::parseUri(text);
    if (!parsed)
        return qrFailure(tr("The QR code was read, but it does not hold a usable two-factor link.") +
                         QLatin1Char(' ') + parsed.error().message);
    m_uriEdit->setText(text.toStringUnsafe());
    m_qrStatus->setText(tr("QR code read."));
    showPage(Page::Link);
    return {};
}

Status OtpSetupDialog::qrFailure(const QString& sentence)
{
    m_qrStatus->setText(sentence);
    return Error(ErrorCode::InvalidInput, sentence);
}

} // namespace twofold
