#include "ui/twofactor/MethodSetupDialog.h"

#include "ui/common/GrowWithContent.h"
#include "ui/common/MessageBanner.h"
#include "ui/twofactor/RecoveryCodesPanel.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold {

MethodSetupDialog::MethodSetupDialog(SignInMethod method, TwoFactorSettings& settings, QWidget* parent)
    : QDialog(parent), m_method(method), m_settings(settings), m_pages(new QStackedWidget(this)),
      m_finishPage(new QWidget(m_pages)), m_success(wrappedLabel(QString(), m_finishPage)),
      m_codes(new RecoveryCodesPanel(m_finishPage)), m_banner(new MessageBanner(this)),
      m_progress(new QProgressBar(this))
{
    // One title per method, in sentence case whatever the method's name looks like in a list.
    switch (method) {
    case SignInMethod::Authenticator:
        setWindowTitle(tr("Turn on the authenticator app"));
        break;
    case SignInMethod::Email:
        setWindowTitle(tr("Turn on codes by email"));
        break;
    default:
        setWindowTitle(tr("Turn on codes by text message (SMS)"));
        break;
    }
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    m_success->setObjectName(QStringLiteral("success"));
    QFont bold = m_success->font();
    bold.setBold(true);
    m_success->setFont(bold);
    auto* finishLayout = new QVBoxLayout(m_finishPage);
    finishLayout->setContentsMargins(0, 0, 0, 0);
    finishLayout->addWidget(m_success);
    finishLayout->addWidget(m_codes);
    finishLayout->addStretch();
    m_codes->hide();
    m_pages->addWidget(m_finishPage);

    m_banner->setObjectName(QStringLiteral("message"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();

    // Done joins the buttons only once the method is on (a button box shows every button).
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setAccessibleName(tr("Done"));
    m_done->hide();
    m_buttons = new QDialogButtonBox(this);
    auto* buttons = m_buttons;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_codes, &RecoveryCodesPanel::savedChanged, this, &MethodSetupDialog::updateButtons);
    growWithContent(this);
}

MethodSetupDialog::~MethodSetupDialog() = default;

QString MethodSetupDialog::message() const
{
    return m_banner->text();
}

QString MethodSetupDialog::successText() const
{
    return m_turnedOn ? m_success->text() : QString();
}

QWidget* MethodSetupDialog::currentPage() const
{
    return m_pages->currentWidget();
}

void MethodSetupDialog::done(int result)
{
    if (m_busy)
        return; // a code is being checked: its answer decides what closing means
    if (m_turnedOn) {
        if (m_codes->codeCount() > 0 && !m_codes->isSaved()) {
            showMessage(tr("Save your recovery codes and tick \"I have saved these codes\" first: "
                           "they are shown only once."));
            m_codes->savedCheckBox()->setFocus();
            return;
        }
        m_codes->wipeCodes();
        result = Accepted;
    } else {
        if (!m_finished)
            dropSetup();
        result = Rejected;
    }
    m_finished = true;
    QDialog::done(result);
}

void MethodSetupDialog::addPage(QWidget* page)
{
    m_pages->insertWidget(m_pages->count() - 1, page);
    if (m_pages->count() == 2)
        m_pages->setCurrentWidget(page);
}

void MethodSetupDialog::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
    showMessage({});
}

void MethodSetupDialog::showMessage(const QString& sentence, bool information)
{
    if (sentence.isEmpty())
        m_banner->dismiss();
    else
        m_banner->showMessage(sentence,
                              information ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
}

void MethodSetupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_pages->setEnabled(!busy);
}

void MethodSetupDialog::showTurnedOn(TwoFactorSettings::RecoveryCodes codes)
{
    m_turnedOn = true;
    //: %1 is a two-factor method: "Authenticator app", "Email", "Text message (SMS)".
    m_success->setText(tr("%1 turned on.").arg(methodName(m_method)));
    const bool first = !codes.empty();
    m_codes->setCodes(std::move(codes));
    m_codes->setVisible(first);
    showPage(m_finishPage);
    m_buttons->removeButton(m_cancel);
    m_cancel->hide();
    m_buttons->addButton(m_done, QDialogButtonBox::AcceptRole);
    m_done->show();
    m_done->setDefault(true);
    updateButtons();
    if (first)
        m_codes->copyButton()->setFocus();
    else
        m_done->setFocus();
}

void MethodSetupDialog::dropSetup()
{
    m_settings.cancelSetup();
}

void MethodSetupDialog::updateButtons()
{
    m_done->setEnabled(m_codes->codeCount() == 0 || m_codes->isSaved());
    if (m_codes->isSaved())
        showMessage({});
}

bool MethodSetupDialog::codeAccepted(const Result<TwoFactorSettings::RecoveryCodes>& codes, CodeField* field)
{
    setBusy(false);
    if (!codes) {
        showMessage(codes.error().message);
        field->selectAll();
        field->setFocus();
        return false;
    }
    field->wipe();
    return true;
}

} // namespace twofold
