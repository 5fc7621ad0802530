#include "ui/twofactor/TurnOnTwoFactorDialog.h"

#include "auth/TwoFactorSettings.h"
#include "ui/common/GrowWithContent.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

TurnOnTwoFactorDialog::TurnOnTwoFactorDialog(const TwoFactorSettings& settings, QWidget* parent,
                                             bool required)
    : QDialog(parent), m_notNow(new QPushButton(required ? tr("&Lock") : tr("&Not now"), this))
{
    setWindowTitle(tr("Two-factor sign-in"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto* question = wrappedLabel(required ? tr("Your organisation requires two-factor sign-in")
                                           : tr("Turn on two-factor sign-in now?"),
                                  this);
    QFont bold = question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    question->setFont(bold);
    auto* why =
        wrappedLabel(required ? tr("Turn on a method to open this vault. Until one is on, the vault "
                                   "stays closed.")
                              : tr("With it, someone who learns your master password still cannot open "
                                   "your vault without a code from your phone or mail."),
                     this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(why);
    layout->addSpacing(fontMetrics().height() / 2);

    for (SignInMethod method : kSignInMethods) {
        if (!settings.canTurnOn(method))
            continue;
        const bool recommended = method == SignInMethod::Authenticator;
        //: A method button of the first-run offer; %1 is "Authenticator app".
        const QString text =
            recommended ? tr("%1 (recommended)").arg(methodName(method)) : methodName(method);
        auto* button = new QPushButton(text, this);
        button->setObjectName(methodKey(method));
        button->setAccessibleName(tr("Turn on %1").arg(methodName(method)));
        button->setDefault(recommended);
        layout->addWidget(button);
        m_methods.append(method);
        m_buttons.append(button);
        connect(button, &QPushButton::clicked, this, [this, method] {
            emit methodChosen(method);
            accept();
        });
    }
    if (m_methods.isEmpty())
        layout->addWidget(
            wrappedLabel(tr("Your administrator's policy allows no two-factor method here."), this));

    m_notNow->setObjectName(QStringLiteral("notNow"));
    m_notNow->setAccessibleName(required ? tr("Lock the vault") : tr("Not now"));
    m_notNow->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_notNow, QDialogButtonBox::RejectRole);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    if (!m_buttons.isEmpty())
        m_buttons.first()->setFocus();
    growWithContent(this);
}

QPushButton* TurnOnTwoFactorDialog::methodButton(SignInMethod method) const
{
    const qsizetype index = m_methods.indexOf(method);
    return index < 0 ? nullptr : m_buttons.at(index);
}

} // namespace twofold
