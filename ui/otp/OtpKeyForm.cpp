#include "ui/otp/OtpKeyForm.h"

#include "otp/Base32.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace twofold {

OtpKeyForm::OtpKeyForm(QWidget* parent)
    : QWidget(parent), m_key(new QLineEdit(this)), m_issuer(new QLineEdit(this)),
      m_account(new QLineEdit(this)), m_advancedToggle(new QToolButton(this)), m_advanced(new QWidget(this)),
      m_type(new QComboBox(m_advanced)), m_algorithm(new QComboBox(m_advanced)),
      m_digits(new QSpinBox(m_advanced)), m_periodLabel(new QLabel(tr("Period:"), m_advanced)),
      m_period(new QSpinBox(m_advanced)), m_counterLabel(new QLabel(tr("Counter:"), m_advanced)),
      m_counter(new QSpinBox(m_advanced))
{
    m_key->setObjectName(QStringLiteral("setupKey"));
    m_key->setPlaceholderText(tr("e.g. JBSW Y3DP EHPK 3PXP"));
    m_key->setAccessibleName(tr("Setup key"));
    m_key->setAccessibleDescription(
        tr("The key the website shows next to its QR code. Spaces and dashes do not "
           "matter, nor do capital letters."));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->setPlaceholderText(tr("The website or company, e.g. Example Bank"));
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(tr("Your user name or email address there"));

    m_advancedToggle->setObjectName(QStringLiteral("advanced"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);

    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(tr("Time-based (TOTP)"), int(otp::Type::Totp));
    m_type->addItem(tr("Counter-based (HOTP)"), int(otp::Type::Hotp));
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    m_algorithm->addItem(QStringLiteral("SHA-1"), int(otp::Algorithm::Sha1));
    m_algorithm->addItem(QStringLiteral("SHA-256"), int(otp::Algorithm::Sha256));
    m_algorithm->addItem(QStringLiteral("SHA-512"), int(otp::Algorithm::Sha512));
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->setRange(otp::kMinDigits, otp::kMaxDigits);
    m_digits->setValue(otp::kDefaultDigits);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setRange(1, 24 * 60 * 60);
    m_period->setValue(otp::kDefaultPeriodSeconds);
    m_period->setSuffix(tr(" s"));
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setRange(0, std::numeric_limits<int>::max());

    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("Kind of code:"), m_type);
    advancedForm->addRow(tr("Algorithm:"), m_algorithm);
    advancedForm->addRow(tr("Digits:"), m_digits);
    advancedForm->addRow(m_periodLabel, m_period);
    advancedForm->addRow(m_counterLabel, m_counter);
    m_advanced->setToolTip(tr("Change these only when the website says so: most use time-based codes, SHA-1, "
                              "6 digits and 30 seconds."));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Setup key:"), m_key);
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("Account:"), m_account);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();

    for (QLineEdit* edit : {m_key, m_issuer, m_account})
        connect(edit, &QLineEdit::textChanged, this, &OtpKeyForm::changed);
    for (QComboBox* box : {m_type, m_algorithm})
        connect(box, &QComboBox::currentIndexChanged, this, &OtpKeyForm::changed);
    for (QSpinBox* box : {m_digits, m_period, m_counter})
        connect(box, &QSpinBox::valueChanged, this, &OtpKeyForm::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OtpKeyForm::showTypeRows);
    connect(m_advancedToggle, &QToolButton::toggled, this, &OtpKeyForm::showAdvanced);
    showAdvanced(false);
    showTypeRows();
}

void OtpKeyForm::setIssuerAndAccount(const QString& issuer, const QString& account)
{
    m_issuer->setText(issuer);
    m_account->setText(account);
}

bool OtpKeyForm::isEmpty() const
{
    return m_key->text().trimmed().isEmpty();
}

bool OtpKeyForm::isAdvancedShown() const
{
    return m_advancedToggle->isChecked();
}

Result<otp::OtpParams> OtpKeyForm::params() const
{
    Result<SecureBuffer> secret = otp::base32Decode(m_key->text());
    if (!secret)
        return secret.error();
    if (secret->isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("The setup key is too short: check that you typed all of it."));
    otp::OtpParams params;
    params.secret = std::move(secret).value();
    params.type = otp::Type(m_type->currentData().toInt());
    params.algorithm = otp::Algorithm(m_algorithm->currentData().toInt());
    params.digits = m_digits->value();
    params.period = m_period->value();
    params.counter = quint64(m_counter->value());
    params.issuer = m_issuer->text().trimmed();
    params.account = m_account->text().trimmed();
    return params;
}

void OtpKeyForm::showAdvanced(bool shown)
{
    m_advancedToggle->setChecked(shown);
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
}

void OtpKeyForm::showTypeRows()
{
    const bool isTotp = otp::Type(m_type->currentData().toInt()) == otp::Type::Totp;
    m_periodLabel->setVisible(isTotp);
    m_period->setVisible(isTotp);
    m_counterLabel->setVisible(!isTotp);
    m_counter->setVisible(!isTotp);
}

} // namespace twofold
