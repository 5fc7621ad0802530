#include "ui/twofactor/RecoveryCodesPanel.h"

#include "ui/common/MessageBanner.h"
#include "ui/common/SecretClipboard.h"
#include "ui/twofactor/TwoFactorWidgets.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace twofold {

namespace {
constexpr int kGridColumns = 2;
}

RecoveryCodesPanel::RecoveryCodesPanel(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout), m_copy(new QPushButton(tr("&Copy all"), this)),
      m_save(new QPushButton(tr("&Save to file…"), this)), m_print(new QPushButton(tr("&Print…"), this)),
      m_saved(new QCheckBox(tr("I have &saved these codes"), this)), m_banner(new MessageBanner(this)),
      m_clipboard(new SecretClipboard(kClipboardClearTimeout, this))
{
    //: Recovery codes: single-use codes that sign in when no other two-factor method is at hand.
    auto* heading = wrappedLabel(tr("Your recovery codes"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* advice = wrappedLabel(tr("Each code works once. Keep them somewhere safe, away from this computer: "
                                   "they sign you in when you cannot use your other two-factor methods."),
                                this);

    auto* codesBox = new QWidget(this);
    codesBox->setObjectName(QStringLiteral("codes"));
    codesBox->setAccessibleName(tr("Recovery codes"));
    codesBox->setLayout(m_grid);
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 4);

    m_copy->setObjectName(QStringLiteral("copyAll"));
    m_copy->setAccessibleName(tr("Copy all recovery codes"));
    m_save->setObjectName(QStringLiteral("saveToFile"));
    m_save->setAccessibleName(tr("Save the recovery codes to a file"));
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setAccessibleName(tr("Print the recovery codes"));
    m_saved->setObjectName(QStringLiteral("saved"));
    m_saved->setAccessibleName(tr("I have saved these codes"));
    m_banner->setObjectName(QStringLiteral("message"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addWidget(m_print);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(advice);
    layout->addWidget(codesBox, 0, Qt::AlignHCenter);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_saved);

    connect(m_copy, &QPushButton::clicked, this, &RecoveryCodesPanel::copyAll);
    connect(m_save, &QPushButton::clicked, this, &RecoveryCodesPanel::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &RecoveryCodesPanel::choosePrinterAndPrint);
    connect(m_saved, &QCheckBox::toggled, this, &RecoveryCodesPanel::savedChanged);
}

RecoveryCodesPanel::~RecoveryCodesPanel()
{
    wipeCodes();
}

void RecoveryCodesPanel::setCodes(TwoFactorSettings::RecoveryCodes codes)
{
    wipeCodes();
    m_codes = std::move(codes);
    const QFont font = codeFont();
    for (int i = 0; i < static_cast<int>(m_codes.size()); ++i) {
        auto* label = new QLabel(m_codes[i].toStringUnsafe(), this);
        label->setFont(font);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
        label->setAccessibleName(tr("Recovery code %1").arg(i + 1));
        m_grid->addWidget(label, i / kGridColumns, i % kGridColumns);
        m_labels.append(label);
    }
    m_saved->setChecked(false);
    m_banner->dismiss();
}

void RecoveryCodesPanel::wipeCodes()
{
    for (QLabel* label : std::as_const(m_labels)) {
        QString text = label->text();
        label->clear();
        twofold::wipe(text);
        delete label;
    }
    m_labels.clear();
    for (SecureBuffer& code : m_codes)
        code.clear();
    m_codes.clear();
}

QStringList RecoveryCodesPanel::shownCodes() const
{
    QStringList codes;
    for (const QLabel* label : m_labels)
        codes.append(label->text());
    return codes;
}

QString RecoveryCodesPanel::plainText() const
{
    QString text = tr("Twofold recovery codes") + u'\n' +
                   tr("Each code works once. Keep them somewhere safe, away from this computer.") +
                   QStringLiteral("\n\n");
    for (const SecureBuffer& code : m_codes) {
        QString line = code.toStringUnsafe();
        text += line + u'\n';
        twofold::wipe(line);
    }
    return text;
}

Status RecoveryCodesPanel::saveToFile(const QString& path) const
{
    if (m_codes.empty())
        return Error(ErrorCode::InvalidInput, tr("There are no recovery codes to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(ErrorCode::FileWriteFailed,
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString text = plainText();
    QByteArray bytes = text.toUtf8();
    twofold::wipe(text);
    const bool written = file.write(bytes) == bytes.size();
    twofold::wipe(bytes);
    if (!written || !file.commit())
        return Error(ErrorCode::FileWriteFailed,
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

bool RecoveryCodesPanel::isSaved() const
{
    return m_saved->isChecked();
}

QString RecoveryCodesPanel::message() const
{
    return m_banner->text();
}

void RecoveryCodesPanel::copyAll()
{
    QString text;
    for (const SecureBuffer& code : m_codes) {
        QString line = code.toStringUnsafe();
        text += line + u'\n';
        twofold::wipe(line);
    }
    SecureBuffer all = SecureBuffer::fromUtf8(text);
    twofold::wipe(text);
    m_clipboard->copySecret(all);
    m_banner->showMessage(tr("The recovery codes are copied. The clipboard is cleared in %n second(s).", "",
                             static_cast<int>(m_clipboard->timeout().count() / 1000)),
                          MessageBanner::Kind::Information);
}

void RecoveryCodesPanel::chooseFileAndSave()
{
    auto* dialog = new QFileDialog(window(), tr("Save recovery codes"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Text files (*.txt)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(tr("twofold-recovery-codes.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status saved = saveToFile(path);
        m_banner->showMessage(
            saved ? tr("The recovery codes are saved in %1.").arg(QDir::toNativeSeparators(path))
                  : saved.error().message,
            saved ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    });
    dialog->open();
}

void RecoveryCodesPanel::choosePrinterAndPrint()
{
    auto printer = std::make_shared<QPrinter>();
    auto* dialog = new QPrintDialog(printer.get(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<>(&QDialog::accepted), this, [this, printer] {
        QTextDocument document;
        document.setDefaultFont(codeFont());
        QString text = plainText();
        document.setPlainText(text);
        twofold::wipe(text);
        document.print(printer.get());
        document.clear();
    });
    dialog->open();
}

} // namespace twofold
