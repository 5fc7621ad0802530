#pragma once
// SmsSetupDialog (DESIGN.md J3c): a country picker (every region libphonenumber knows, named,
// with its calling code; the system locale's region first chosen) and the number as dialled
// there, shown normalised as it is typed ("Will send to +44 7123 456789") or, when it cannot
// receive codes, the core's sentence saying why. Then SentCodeSetupDialog's code, Resend and
// recovery codes. Same needs as email.
#include "ui/twofactor/SentCodeSetupDialog.h"

class QComboBox;
class QLineEdit;

namespace twofold {

class SmsSetupDialog : public SentCodeSetupDialog
{
    Q_OBJECT
public:
    // clock drives the Resend countdown; settings and clock must outlive the dialog.
    explicit SmsSetupDialog(TwoFactorSettings& settings, QWidget* parent = nullptr,
                            Clock& clock = systemClock());

    QComboBox* countryPicker() const { return m_country; }
    QLineEdit* numberField() const { return m_number; }
    // "Will send to +44 7123 456789", the sentence why the number cannot be used, or "".
    QString preview() const;
    // The region chosen ("GB").
    QString region() const;
    // Chooses region (ISO 3166 code) in the picker; false when it is not listed.
    bool setRegion(const QString& regionCode);

protected:
    bool canSend() const override;
    void startSend(TwoFactorSettings::Then<SendCodeReply> done) override;
    QString targetText(const SendCodeReply& reply) const override;

private:
    void updatePreview();

    QComboBox* m_country;
    QLineEdit* m_number;
    QLabel* m_preview;
    QString m_international; // the parsed number, empty when it cannot be used
};

} // namespace twofold
