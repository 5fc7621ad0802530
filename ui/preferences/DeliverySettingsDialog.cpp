#include "ui/preferences/DeliverySettingsDialog.h"

#include "auth/TwoFactorSettings.h"
#include "common/StrictCbor.h"
#include "delivery/MailMessage.h"
#include "delivery/PhoneNumber.h"
#include "delivery/SmsGateway.h"
#include "delivery/SmtpSender.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/twofactor/TwoFactorDialogs.h"

#include <QCborValue>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace twofold {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

// A line edit for a CA file with a Browse… button beside it.
QWidget* caFileRow(QWidget* parent, QLineEdit* edit)
{
    auto* row = new QWidget(parent);
    auto* browse = new QPushButton(DeliverySettingsDialog::tr("Browse…"), row);
    browse->setAccessibleName(DeliverySettingsDialog::tr("Choose a certificate file"));
    edit->setPlaceholderText(DeliverySettingsDialog::tr("Optional: the system's certificates are used"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit] {
        const QString file = QFileDialog::getOpenFileName(
            edit, DeliverySettingsDialog::tr("Certificate authorities (PEM)"), edit->text(),
            DeliverySettingsDialog::tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    return row;
}

// "Name: value" a line.
Result<std::vector<WebhookHeader>> parseHeaders(const QString& text)
{
    std::vector<WebhookHeader> headers;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error(
                ErrorCode::InvalidInput,
                DeliverySettingsDialog::tr("Write each webhook header as \"Name: value\", one a line."));
        headers.push_back(
            WebhookHeader{line.left(colon).trimmed(), SecureBuffer::fromUtf8(line.mid(colon + 1).trimmed())});
    }
    return headers;
}

// This computer's region, for numbers typed without their country code.
QString systemRegion()
{
    return QLocale::territoryToCode(QLocale::system().territory());
}

} // namespace

DeliverySettingsDialog::DeliverySettingsDialog(TwoFactorSettings& settings, QWidget* parent,
                                               DeliveryTimeouts timeouts)
    : QDialog(parent), m_settings(settings), m_timeouts(timeouts), m_reason(new QLabel(this)),
      m_banner(new MessageBanner(this)), m_tabs(new QTabWidget(this)),
      m_testTarget(lineEdit(this, "testTarget", tr("Send a test to"))),
      m_sendTest(new QPushButton(tr("Send a &test"), this)), m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Delivery settings"));
    setWindowModality(Qt::WindowModal);
    setObjectName(QStringLiteral("deliverySettingsDialog"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_tabs->addTab(makeEmailTab(), tr("&Email"));
    m_tabs->addTab(makeSmsTab(), tr("Text &messages (SMS)"));
    m_tabs->setAccessibleName(tr("Delivery"));

    m_testTarget->setPlaceholderText(tr("An email address or a mobile number"));
    m_sendTest->setObjectName(QStringLiteral("sendTest"));
    m_sendTest->setAccessibleName(tr("Send a test"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    auto* testLabel = new QLabel(tr("Send a test t&o:"), this);
    testLabel->setBuddy(m_testTarget);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testLabel);
    testRow->addWidget(m_testTarget, 1);
    testRow->addWidget(m_sendTest);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(testRow);
    layout->addWidget(buttons);

    connect(m_sendTest, &QPushButton::clicked, this, &DeliverySettingsDialog::sendTest);
    connect(m_testTarget, &QLineEdit::textChanged, this, &DeliverySettingsDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &DeliverySettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_settings, &TwoFactorSettings::busyChanged, this, &DeliverySettingsDialog::updateButtons);
    connect(&m_testWatcher, &QFutureWatcher<Status>::finished, this,
            [this] { finishTest(m_testWatcher.result(), m_testWatcher.property("sentTo").toString()); });

    Result<SecureBuffer> bytes = m_settings.deliverySettings();
    if (!bytes) {
        showError(bytes.error().message);
    } else if (!bytes->isEmpty()) {
        Result<DeliverySettings> stored = DeliverySettings::fromCbor(strictCborMap(
            QByteArrayView(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size()))));
        if (stored)
            load(*stored);
        else
            showError(stored.error().message);
    }
    updateButtons();
    growWithContent(this);
}

DeliverySettingsDialog::~DeliverySettingsDialog() = default;

QWidget* DeliverySettingsDialog::makeEmailTab()
{
    auto* tab = new QWidget(this);
    m_smtpHost = lineEdit(tab, "smtpHost", tr("Mail server"));
    m_smtpHost->setPlaceholderText(tr("smtp.example.com"));
    m_smtpPort = new QSpinBox(tab);
    m_smtpPort->setObjectName(QStringLiteral("smtpPort"));
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(SmtpSettings::defaultPort(SmtpSecurity::StartTls));
    m_smtpPort->setAccessibleName(tr("Port"));
    m_smtpSecurity = new QComboBox(tab);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurity"));
    m_smtpSecurity->setAccessibleName(tr("Security"));
    m_smtpSecurity->addItem(tr("STARTTLS (required)"), int(SmtpSecurity::StartTls));
    m_smtpSecurity->addItem(tr("TLS from the start"), int(SmtpSecurity::ImplicitTls));
    m_smtpSecurity->addItem(tr("None (only for a server on this computer)"), int(SmtpSecurity::None));
    m_smtpUser = lineEdit(tab, "smtpUser", tr("User name"));
    m_smtpUser->setPlaceholderText(tr("Empty when the server needs no sign-in"));
    m_smtpPassword = new PasswordField(tab);
    m_smtpPassword->setObjectName(QStringLiteral("smtpPassword"));
    m_smtpPassword->setAccessibleNames(tr("Mail server password"));
    m_fromAddress = lineEdit(tab, "fromAddress", tr("Sender address"));
    m_fromAddress->setPlaceholderText(tr("codes@example.com"));
    m_fromName = lineEdit(tab, "fromName", tr("Sender name"));
    m_fromName->setPlaceholderText(tr("Optional"));
    m_smtpCaFile = lineEdit(tab, "smtpCaFile", tr("Certificate authorities file"));

    // The port follows the security choice unless someone typed another one.
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        const auto chosen = SmtpSecurity(m_smtpSecurity->currentData().toInt());
        const int port = m_smtpPort->value();
        if (port == 587 || port == 465 || port == 25)
            m_smtpPort->setValue(SmtpSettings::defaultPort(chosen));
    });

    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Server:"), m_smtpHost);
    form->addRow(tr("&Port:"), m_smtpPort);
    form->addRow(tr("Se&curity:"), m_smtpSecurity);
    form->addRow(tr("&User name:"), m_smtpUser);
    form->addRow(tr("Pass&word:"), m_smtpPassword);
    form->addRow(tr("Sender &address:"), m_fromAddress);
    form->addRow(tr("Sender &name:"), m_fromName);
    form->addRow(tr("Certificate aut&horities:"), caFileRow(tab, m_smtpCaFile));
    return tab;
}

QWidget* DeliverySettingsDialog::makeSmsTab()
{
    auto* tab = new QWidget(this);
    m_provider = new QComboBox(tab);
    m_provider->setObjectName(QStringLiteral("smsProvider"));
    m_provider->setAccessibleName(tr("SMS gateway"));
    m_provider->addItem(tr("None"), int(SmsProvider::None));
    m_provider->addItem(tr("Twilio (or a gateway that speaks its API)"), int(SmsProvider::Twilio));
    m_provider->addItem(tr("Webhook (JSON)"), int(SmsProvider::Webhook));
    m_providerPages = new QStackedWidget(tab);

    auto* none = new QLabel(tr("No text messages are sent."), tab);
    none->setWordWrap(true);
    m_providerPages->addWidget(none);

    auto* twilio = new QWidget(tab);
    m_twilioSid = lineEdit(twilio, "twilioSid", tr("Account SID"));
    m_twilioToken = new PasswordField(twilio);
    m_twilioToken->setObjectName(QStringLiteral("twilioToken"));
    m_twilioToken->setAccessibleNames(tr("Auth token"));
    m_twilioFrom = lineEdit(twilio, "twilioFrom", tr("Sender number"));
    m_twilioFrom->setPlaceholderText(tr("+15005550006 or a sender name"));
    m_twilioBaseUrl = lineEdit(twilio, "twilioBaseUrl", tr("Gateway address"));
    m_twilioBaseUrl->setText(TwilioSettings().baseUrl);
    auto* twilioForm = new QFormLayout(twilio);
    twilioForm->addRow(tr("Account &SID:"), m_twilioSid);
    twilioForm->addRow(tr("Auth &token:"), m_twilioToken);
    twilioForm->addRow(tr("&From:"), m_twilioFrom);
    twilioForm->addRow(tr("&Address:"), m_twilioBaseUrl);
    m_providerPages->addWidget(twilio);

    auto* webhook = new QWidget(tab);
    m_webhookUrl = lineEdit(webhook, "webhookUrl", tr("Webhook address"));
    m_webhookUrl->setPlaceholderText(tr("https://sms.example.com/send"));
    m_webhookTemplate = new QPlainTextEdit(webhook);
    m_webhookTemplate->setObjectName(QStringLiteral("webhookTemplate"));
    m_webhookTemplate->setAccessibleName(tr("Body template"));
    m_webhookTemplate->setPlaceholderText(QString::fromUtf16(WebhookGateway::kDefaultTemplate));
    m_webhookTemplate->setTabChangesFocus(true);
    m_webhookHeaders = new QPlainTextEdit(webhook);
    m_webhookHeaders->setObjectName(QStringLiteral("webhookHeaders"));
    m_webhookHeaders->setAccessibleName(tr("Headers"));
    m_webhookHeaders->setPlaceholderText(tr("Authorization: Bearer …"));
    m_webhookHeaders->setTabChangesFocus(true);
    auto* webhookForm = new QFormLayout(webhook);
    webhookForm->addRow(tr("&Address:"), m_webhookUrl);
    webhookForm->addRow(tr("&Body:"), m_webhookTemplate);
    webhookForm->addRow(tr("&Headers:"), m_webhookHeaders);
    webhookForm->addRow(QString(),
                        new QLabel(tr("{to}, {body} and {code} are filled in; one header a line."), webhook));
    m_providerPages->addWidget(webhook);

    m_smsCaFile = lineEdit(tab, "smsCaFile", tr("Certificate authorities file"));
    auto* form = new QFormLayout(tab);
    form->addRow(tr("&Gateway:"), m_provider);
    form->addRow(m_providerPages);
    form->addRow(tr("Certificate aut&horities:"), caFileRow(tab, m_smsCaFile));
    connect(m_provider, &QComboBox::currentIndexChanged, m_providerPages, &QStackedWidget::setCurrentIndex);
    return tab;
}

void DeliverySettingsDialog::load(const DeliverySettings& settings)
{
    const SmtpSettings& smtp = settings.smtp;
    m_smtpHost->setText(smtp.host);
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(smtp.security)));
    m_smtpPort->setValue(smtp.port);
    m_smtpUser->setText(smtp.username);
    m_smtpPassword->setSecret(smtp.password);
    m_fromAddress->setText(smtp.fromAddress);
    m_fromName->setText(smtp.fromName);
    m_smtpCaFile->setText(smtp.caFile);
    const SmsSettings& sms = settings.sms;
    m_provider->setCurrentIndex(m_provider->findData(int(sms.provider)));
    m_twilioSid->setText(sms.twilio.accountSid);
    m_twilioToken->setSecret(sms.twilio.authToken);
    m_twilioFrom->setText(sms.twilio.fromNumber);
    m_twilioBaseUrl->setText(sms.twilio.baseUrl);
    m_webhookUrl->setText(sms.webhook.url);
    m_webhookTemplate->setPlainText(sms.webhook.bodyTemplate);
    QStringList headers; // Known leak: header values as QString while the dialog shows them.
    for (const WebhookHeader& header : sms.webhook.headers)
        headers << header.name + QStringLiteral(": ") + header.value.toStringUnsafe();
    m_webhookHeaders->setPlainText(headers.join(QLatin1Char('\n')));
    m_smsCaFile->setText(sms.caFile);
}

Result<DeliverySettings> DeliverySettingsDialog::formSettings() const
{
    DeliverySettings settings;
    SmtpSettings& smtp = settings.smtp;
    smtp.host = m_smtpHost->text().trimmed();
    smtp.port = quint16(m_smtpPort->value());
    smtp.security = SmtpSecurity(m_smtpSecurity->currentData().toInt());
    smtp.username = m_smtpUser->text().trimmed();
    smtp.password = m_smtpPassword->secret();
    smtp.fromAddress = m_fromAddress->text().trimmed();
    smtp.fromName = m_fromName->text().trimmed();
    smtp.caFile = m_smtpCaFile->text().trimmed();
    if (smtp.isConfigured()) {
        if (Status valid = smtp.validate(); !valid)
            return valid.error();
    }
    SmsSettings& sms = settings.sms;
    sms.provider = SmsProvider(m_provider->currentData().toInt());
    sms.twilio.accountSid = m_twilioSid->text().trimmed();
    sms.twilio.authToken = m_twilioToken->secret();
    sms.twilio.fromNumber = m_twilioFrom->text().trimmed();
    sms.twilio.baseUrl = m_twilioBaseUrl->text().trimmed();
    sms.webhook.url = m_webhookUrl->text().trimmed();
    sms.webhook.bodyTemplate = m_webhookTemplate->toPlainText().trimmed();
    Result<std::vector<WebhookHeader>> headers = parseHeaders(m_webhookHeaders->toPlainText());
    if (!headers)
        return headers.error();
    sms.webhook.headers = std::move(headers).value();
    sms.caFile = m_smsCaFile->text().trimmed();
    if (Status valid = sms.validate(); !valid)
        return valid.error();
    return settings;
}

void DeliverySettingsDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void DeliverySettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Email ? 0 : 1);
}

QString DeliverySettingsDialog::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void DeliverySettingsDialog::showError(const QString& sentence)
{
    m_banner->showMessage(sentence, MessageBanner::Kind::Error);
}

void DeliverySettingsDialog::updateButtons()
{
    m_sendTest->setEnabled(!m_sending && !m_testTarget->text().trimmed().isEmpty());
    m_save->setEnabled(!m_settings.isBusy());
}

void DeliverySettingsDialog::sendTest()
{
    if (m_sending)
        return;
    const QString target = m_testTarget->text().trimmed();
    Result<DeliverySettings> form = formSettings();
    if (!form)
        return showError(form.error().message);
    QFuture<Status> future;
    QString sentTo;
    if (target.contains(QLatin1Char('@'))) {
        if (!form->smtp.isConfigured())
            return showError(tr("Fill in the mail server first."));
        if (Status address = checkEmailAddress(target); !address)
            return showError(address.error().message);
        future = SmtpSender(form->smtp.clone(), m_timeouts).send(testMail(target));
        sentTo = target;
    } else {
        Result<PhoneNumber> phone = PhoneNumber::parse(target, systemRegion());
        if (!phone)
            return showError(phone.error().message);
        Result<std::unique_ptr<SmsGateway>> gateway = SmsGateway::create(form->sms, m_timeouts);
        if (!gateway)
            return showError(gateway.error().message);
        future = (*gateway)->send(testSms(phone->e164()));
        sentTo = phone->international();
    }
    m_sending = true;
    m_banner->showMessage(tr("Sending a test to %1…").arg(sentTo), MessageBanner::Kind::Information);
    updateButtons();
    m_testWatcher.setProperty("sentTo", sentTo);
    m_testWatcher.setFuture(future);
}

void DeliverySettingsDialog::finishTest(const Status& status, const QString& sentTo)
{
    m_sending = false;
    updateButtons();
    if (status)
        m_banner->showMessage(
            tr("A test was sent to %1. If it does not arrive, check the settings.").arg(sentTo),
            MessageBanner::Kind::Information);
    else
        showError(status.error().message);
    emit testFinished(status.ok());
}

void DeliverySettingsDialog::save()
{
    Result<DeliverySettings> form = formSettings();
    if (!form)
        return showError(form.error().message);
    QByteArray bytes = QCborValue(form->toCbor()).toCbor();
    auto secret = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(bytes));
    wipe(bytes);
    QPointer<DeliverySettingsDialog> self(this);
    withConfirmedPassword(m_settings, this, [self, secret] {
        if (!self)
            return;
        self->m_settings.setDeliverySettings(std::move(*secret), [self](Status saved) {
            if (!self)
                return;
            if (!saved)
                return self->showError(saved.error().message);
            self->accept();
        });
    });
}

} // namespace twofold
