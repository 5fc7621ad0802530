#pragma once
// OtpKeyForm: the "type the setup key" page of OtpSetupDialog — the key a website shows
// under its QR code, the issuer and account to label it with, and an Advanced section
// (kind of code, algorithm, digits, period or counter) for the sites that change them.
#include "common/Result.h"
#include "otp/OtpParams.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace twofold {

class OtpKeyForm : public QWidget
{
    Q_OBJECT
public:
    explicit OtpKeyForm(QWidget* parent = nullptr);

    void setIssuerAndAccount(const QString& issuer, const QString& account);
    // Whether no setup key has been typed yet.
    bool isEmpty() const;
    // The parameters typed. Refuses with a sentence a key base32Decode refuses (naming the
    // first bad character) or one too short to hold a byte.
    [[nodiscard]] Result<otp::OtpParams> params() const;
    bool isAdvancedShown() const;

signals:
    // After any edit.
    void changed();

private:
    void showAdvanced(bool shown);
    void showTypeRows();

    QLineEdit* m_key;
    QLineEdit* m_issuer;
    QLineEdit* m_account;
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QComboBox* m_type;
    QComboBox* m_algorithm;
    QSpinBox* m_digits;
    QLabel* m_periodLabel;
    QSpinBox* m_period;
    QLabel* m_counterLabel;
    QSpinBox* m_counter;
};

} // namespace twofold
