#include "ui/twofactor/SmsSetupDialog.h"

#include "delivery/PhoneNumber.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

SmsSetupDialog::SmsSetupDialog(TwoFactorSettings& settings, QWidget* parent, Clock& clock)
    : SentCodeSetupDialog(SignInMethod::Sms, settings, clock, parent), m_country(new QComboBox(this)),
      m_number(new QLineEdit(this)), m_preview(new QLabel(this))
{
    auto* page = new QWidget(this);
    //: "code": the one-time code sent by text message.
    auto* instructions = wrappedLabel(tr("Enter the mobile number to send sign-in codes to. We send a code "
                                         "to it now, to check that it receives text messages."),
                                      page);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setAccessibleName(tr("Country or region"));
    for (const Country& country : PhoneNumber::countries()) {
        //: A line of the country picker: "United Kingdom (+44)".
        m_country->addItem(tr("%1 (+%2)").arg(country.name).arg(country.callingCode), country.regionCode);
    }
    if (!setRegion(QLocale::territoryToCode(QLocale::system().territory())))
        setRegion(QStringLiteral("US"));

    m_number->setObjectName(QStringLiteral("number"));
    m_number->setAccessibleName(tr("Mobile number"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("Number to send to"));
    m_preview->setFocusPolicy(Qt::TabFocus); // screen readers reach it after the number

    auto* form = new QFormLayout;
    form->addRow(tr("&Country or region:"), m_country);
    form->addRow(tr("&Mobile number:"), m_number);
    form->addRow(QString(), m_preview);
    auto* sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(sendButton());
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(instructions);
    layout->addLayout(form);
    layout->addLayout(sendRow);
    layout->addStretch();
    setTargetPage(page);
    setTabOrder(m_country, m_number);
    setTabOrder(m_number, m_preview);
    setTabOrder(m_preview, sendButton());
    setTabOrder(sendButton(), cancelButton());

    connect(m_country, &QComboBox::currentIndexChanged, this, &SmsSetupDialog::updatePreview);
    connect(m_number, &QLineEdit::textChanged, this, &SmsSetupDialog::updatePreview);
    connect(m_number, &QLineEdit::returnPressed, this, &SentCodeSetupDialog::sendCode);
    updatePreview();
    m_number->setFocus();
}

QString SmsSetupDialog::preview() const
{
    return m_preview->text();
}

QString SmsSetupDialog::region() const
{
    return m_country->currentData().toString();
}

bool SmsSetupDialog::setRegion(const QString& regionCode)
{
    const int index = m_country->findData(regionCode.toUpper());
    if (index < 0)
        return false;
    m_country->setCurrentIndex(index);
    return true;
}

bool SmsSetupDialog::canSend() const
{
    return !m_international.isEmpty();
}

void SmsSetupDialog::startSend(TwoFactorSettings::Then<SendCodeReply> done)
{
    settings().beginSms(m_number->text().trimmed(), region(), std::move(done));
}

QString SmsSetupDialog::targetText(const SendCodeReply&) const
{
    return m_international;
}

void SmsSetupDialog::updatePreview()
{
    showMessage({});
    m_international.clear();
    const QString typed = m_number->text().trimmed();
    if (typed.isEmpty()) {
        m_preview->clear();
    } else if (Result<PhoneNumber> number = PhoneNumber::parse(typed, region())) {
        m_international = number->international();
        //: %1 is the phone number in international form: "+44 7123 456789".
        m_preview->setText(tr("Will send to %1").arg(m_international));
    } else {
        m_preview->setText(number.error().message);
    }
    m_preview->setAccessibleDescription(m_preview->text());
    // The whole sentence has room (the form does not grow a wrapped label by itself): the
    // dialog grows with it.
    const int width = m_preview->width() > 0 ? m_preview->width() : m_preview->sizeHint().width();
    m_preview->setMinimumHeight(m_preview->text().isEmpty() ? 0 : m_preview->heightForWidth(width));
    updateSend();
}

} // namespace twofold
