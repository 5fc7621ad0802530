#pragma once
// DeliverySettingsDialog: where sign-in codes are sent from (DESIGN.md 5) — the mail server
// (SMTP) and the SMS gateway (Twilio or a JSON webhook) — with "Send a test" to an address or
// number typed here. Window-modal, opened with open(). Save stores them sealed in the vault
// (TwoFactorSettings::setDeliverySettings, the password asked again when its confirmation ran
// out) and accepts; nothing is kept anywhere else.
#include "common/Result.h"
#include "delivery/DeliverySettings.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace twofold {

class MessageBanner;
class PasswordField;
class TwoFactorSettings;

class DeliverySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Tab { Email, Sms };

    // Shows the settings saved in settings (which must outlive the dialog); when they cannot be
    // read (the password not confirmed) the form starts empty and the banner says why.
    // timeouts bound "Send a test".
    explicit DeliverySettingsDialog(TwoFactorSettings& settings, QWidget* parent = nullptr,
                                    DeliveryTimeouts timeouts = {});
    ~DeliverySettingsDialog() override;

    // A sentence above the form saying why the dialog opened (turning email on, say).
    void setReason(const QString& reason);
    void showTab(Tab tab);

    // The settings the form describes. Refuses, with DeliverySettings' own sentence, a mail
    // server or SMS gateway that cannot work; an empty mail server host means "no mail".
    Result<DeliverySettings> formSettings() const;

    // Sends a test mail (the target contains "@") or text message (a phone number, read for
    // this computer's region) with the form's settings, off the GUI thread; the banner says
    // how it went and testFinished(ok) follows. Refused while a test is under way.
    void sendTest();
    // Validates and stores the form, then accepts; refusals go to the banner.
    void save();

    bool isSending() const { return m_sending; }
    QString messageText() const;

signals:
    void testFinished(bool ok);

private:
    QWidget* makeEmailTab();
    QWidget* makeSmsTab();
    void load(const DeliverySettings& settings);
    void showError(const QString& sentence);
    void finishTest(const Status& status, const QString& sentTo);
    void updateButtons();

    TwoFactorSettings& m_settings;
    DeliveryTimeouts m_timeouts;
    QLabel* m_reason;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    // mail
    QLineEdit* m_smtpHost;
    QSpinBox* m_smtpPort;
    QComboBox* m_smtpSecurity;
    QLineEdit* m_smtpUser;
    PasswordField* m_smtpPassword;
    QLineEdit* m_fromAddress;
    QLineEdit* m_fromName;
    QLineEdit* m_smtpCaFile;
    // SMS
    QComboBox* m_provider;
    QStackedWidget* m_providerPages;
    QLineEdit* m_twilioSid;
    PasswordField* m_twilioToken;
    QLineEdit* m_twilioFrom;
    QLineEdit* m_twilioBaseUrl;
    QLineEdit* m_webhookUrl;
    QPlainTextEdit* m_webhookTemplate;
    QPlainTextEdit* m_webhookHeaders;
    QLineEdit* m_smsCaFile;
    // test and save
    QLineEdit* m_testTarget;
    QPushButton* m_sendTest;
    QPushButton* m_save;
    QFutureWatcher<Status> m_testWatcher;
    bool m_sending = false;
};

} // namespace twofold
