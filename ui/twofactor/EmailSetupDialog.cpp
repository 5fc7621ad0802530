#include "ui/twofactor/EmailSetupDialog.h"

#include "ui/twofactor/TwoFactorWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

EmailSetupDialog::EmailSetupDialog(TwoFactorSettings& settings, QWidget* parent, Clock& clock)
    : SentCodeSetupDialog(SignInMethod::Email, settings, clock, parent), m_address(new QLineEdit(this))
{
    auto* page = new QWidget(this);
    //: "code": the one-time code sent by email.
    auto* instructions = wrappedLabel(tr("Enter the email address to send sign-in codes to. We send a code "
                                         "to it now, to check that it receives mail."),
                                      page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_address->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    auto* caption = new QLabel(tr("Email &address:"), page);
    caption->setBuddy(m_address);

    auto* row = new QHBoxLayout;
    row->addWidget(caption);
    row->addWidget(m_address, 1);
    row->addWidget(sendButton());
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(instructions);
    layout->addLayout(row);
    layout->addStretch();
    setTargetPage(page);
    setTabOrder(m_address, sendButton());
    setTabOrder(sendButton(), cancelButton());

    connect(m_address, &QLineEdit::textEdited, this, [this] {
        showMessage({});
        updateSend();
    });
    connect(m_address, &QLineEdit::returnPressed, this, &SentCodeSetupDialog::sendCode);
    updateSend();
    m_address->setFocus();
}

bool EmailSetupDialog::canSend() const
{
    return !m_address->text().trimmed().isEmpty();
}

void EmailSetupDialog::startSend(TwoFactorSettings::Then<SendCodeReply> done)
{
    settings().beginEmail(m_address->text().trimmed(), std::move(done));
}

QString EmailSetupDialog::targetText(const SendCodeReply&) const
{
    return m_address->text().trimmed();
}

} // namespace twofold
