#include "ui/account/EmergencyKitDialog.h"

#include "ui/account/EmergencyKit.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/MessageBanner.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace twofold {

namespace {
QLabel* valueLabel(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(accessibleName);
    label->setAccessibleDescription(text);
    return label;
}
} // namespace

EmergencyKitDialog::EmergencyKitDialog(EmergencyKit kit, QWidget* parent)
    : QDialog(parent), m_kit(std::make_unique<EmergencyKit>(std::move(kit))),
      m_server(valueLabel(m_kit->server(), tr("Server address"), this)),
      m_email(valueLabel(m_kit->email(), tr("Email"), this)), m_key(nullptr),
      m_print(new QPushButton(tr("&Print…"), this)), m_save(new QPushButton(tr("Save as P&DF…"), this)),
      m_banner(new MessageBanner(this)), m_saved(new QCheckBox(tr("I have &saved my emergency kit"), this)),
      m_finish(new QPushButton(tr("&Finish"), this))
{
    setWindowTitle(tr("Emergency kit — Twofold"));
    {
        QString key = m_kit->accountKey().toStringUnsafe();
        m_key = valueLabel(key, tr("Account key"), this);
        m_key->setAccessibleDescription(QString());
        twofold::wipe(key);
    }
    QFont keyFont = codeFont();
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.15);
    m_key->setFont(keyFont);
    m_key->setObjectName(QStringLiteral("accountKey"));

    auto* heading = wrappedLabel(tr("Save your emergency kit"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto* advice = wrappedLabel(
        tr("Your account key is shown only this once. With your master password it opens your vault on a "
           "new computer, and nobody can give it back to you: print this kit or save it as a PDF, and keep "
           "it "
           "somewhere safe away from this computer."),
        this);

    auto* form = new QFormLayout;
    auto* serverName = new QLabel(tr("Server:"), this);
    serverName->setBuddy(m_server);
    auto* emailName = new QLabel(tr("Email:"), this);
    emailName->setBuddy(m_email);
    auto* keyName = new QLabel(tr("&Account key:"), this);
    keyName->setBuddy(m_key);
    form->addRow(serverName, m_server);
    form->addRow(emailName, m_email);
    form->addRow(keyName, m_key);

    m_print->setObjectName(QStringLiteral("print"));
    m_print->setAccessibleName(tr("Print the emergency kit"));
    m_save->setObjectName(QStringLiteral("saveAsPdf"));
    m_save->setAccessibleName(tr("Save the emergency kit as a PDF"));
    m_saved->setObjectName(QStringLiteral("saved"));
    m_saved->setAccessibleName(tr("I have saved my emergency kit"));
    m_finish->setObjectName(QStringLiteral("finish"));
    m_finish->setAccessibleName(tr("Finish"));
    m_finish->setDefault(true);
    m_finish->setEnabled(false);
    m_banner->setObjectName(QStringLiteral("message"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_print);
    actions->addWidget(m_save);
    actions->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_saved, 1);
    bottom->addWidget(m_finish);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(advice);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addLayout(bottom);

    setTabOrder(m_key, m_print);
    setTabOrder(m_print, m_save);
    setTabOrder(m_save, m_saved);
    setTabOrder(m_saved, m_finish);

    connect(m_print, &QPushButton::clicked, this, &EmergencyKitDialog::choosePrinterAndPrint);
    connect(m_save, &QPushButton::clicked, this, &EmergencyKitDialog::chooseFileAndSave);
    connect(m_saved, &QCheckBox::toggled, this, [this](bool saved) {
        m_finish->setEnabled(saved);
        if (saved)
            m_banner->dismiss();
    });
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);
    m_print->setFocus();
    resize(560, 0);
    growWithContent(this);
}

EmergencyKitDialog::~EmergencyKitDialog()
{
    wipeShown();
}

Status EmergencyKitDialog::saveAsPdf(const QString& path)
{
    const Status saved = m_kit->saveAsPdf(path);
    m_banner->showMessage(saved ? tr("The emergency kit is saved in %1. Keep a copy away from this computer "
                                     "(a USB stick, or printed).")
                                      .arg(QDir::toNativeSeparators(path))
                                : saved.error().message,
                          saved ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    return saved;
}

void EmergencyKitDialog::print(QPrinter& printer)
{
    m_kit->print(printer);
    m_banner->showMessage(tr("The emergency kit went to the printer. Check that the page came out whole."),
                          MessageBanner::Kind::Information);
}

void EmergencyKitDialog::reject()
{
    if (!m_saved->isChecked()) {
        m_banner->showMessage(
            tr("Print or save your emergency kit first, then tick \"I have saved my emergency "
               "kit\": the account key is not shown again."),
            MessageBanner::Kind::Error);
        m_saved->setFocus();
        return;
    }
    QDialog::reject();
}

void EmergencyKitDialog::done(int result)
{
    if (!m_saved->isChecked())
        return reject();
    wipeShown();
    QDialog::done(result);
}

QString EmergencyKitDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void EmergencyKitDialog::chooseFileAndSave()
{
    auto* dialog = new QFileDialog(this, tr("Save the emergency kit"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(m_kit->suggestedFileName()),
                                   tr("PDF documents (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { (void)saveAsPdf(path); });
    dialog->open();
}

void EmergencyKitDialog::choosePrinterAndPrint()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Twofold emergency kit"));
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<>(&QDialog::accepted), this, [this, printer] { print(*printer); });
    dialog->open();
}

void EmergencyKitDialog::wipeShown()
{
    if (!m_key)
        return;
    QString text = m_key->text();
    m_key->clear();
    twofold::wipe(text);
}

} // namespace twofold
