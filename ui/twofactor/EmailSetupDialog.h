#pragma once
// EmailSetupDialog (DESIGN.md J3b): the address (checked by the core when the code is sent),
// then SentCodeSetupDialog's code, Resend and recovery codes. Needs the password confirmed and
// delivery settings (the vault's or a policy's); the core's sentence says so otherwise.
#include "ui/twofactor/SentCodeSetupDialog.h"

class QLineEdit;

namespace twofold {

class EmailSetupDialog : public SentCodeSetupDialog
{
    Q_OBJECT
public:
    // clock drives the Resend countdown; settings and clock must outlive the dialog.
    explicit EmailSetupDialog(TwoFactorSettings& settings, QWidget* parent = nullptr,
                              Clock& clock = systemClock());

    QLineEdit* addressField() const { return m_address; }

protected:
    bool canSend() const override;
    void startSend(TwoFactorSettings::Then<SendCodeReply> done) override;
    QString targetText(const SendCodeReply& reply) const override;

private:
    QLineEdit* m_address;
};

} // namespace twofold
