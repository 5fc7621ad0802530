#include "ui/vault/ExportDialog.h"

#include "io/Exporters.h"
#include "ui/common/PasswordField.h"
#include "ui/vault/VaultController.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

ExportDialog::ExportDialog(VaultController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_format(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("C&hoose…"), this)), m_passwords(new QWidget(this)),
      m_password(new PasswordField(m_passwords)), m_repeat(new PasswordField(m_passwords)),
      m_content(new QLabel(this)), m_error(new QLabel(this)), m_export(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export entries"));
    setAccessibleName(tr("Export entries"));
    m_format->setAccessibleName(tr("Format of the export"));
    m_format->addItem(tr("Twofold JSON, encrypted with a password (everything; recommended)"),
                      int(io::ExportFormat::TwofoldJson));
    m_format->addItem(tr("KeePass 2 XML (unencrypted)"), int(io::ExportFormat::KeePassXml));
    m_format->addItem(tr("Bitwarden JSON (unencrypted)"), int(io::ExportFormat::BitwardenJson));
    m_format->addItem(tr("CSV (unencrypted)"), int(io::ExportFormat::Csv));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setPlaceholderText(tr("Type the file's path or choose it"));
    m_browse->setAccessibleName(tr("Choose the file to write"));
    m_password->setAccessibleNames(tr("Password for the export"));
    m_repeat->setAccessibleNames(tr("Password for the export, again"));
    for (QLabel* label : {m_content, m_error}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_content->setAccessibleName(tr("What the file will hold"));
    m_error->setAccessibleName(tr("Why nothing was written"));
    m_error->hide();

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(formatLabel, m_format);
    form->addRow(fileLabel, pathRow);
    auto* passwordForm = new QFormLayout(m_passwords);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    auto* passwordLabel = new QLabel(tr("&Password:"), m_passwords);
    passwordLabel->setBuddy(m_password->lineEdit());
    auto* repeatLabel = new QLabel(tr("&Again:"), m_passwords);
    repeatLabel->setBuddy(m_repeat->lineEdit());
    passwordForm->addRow(passwordLabel, m_password);
    passwordForm->addRow(repeatLabel, m_repeat);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_export->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_content);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormat);
    connect(m_path, &QLineEdit::textChanged, m_error, &QWidget::hide);
    connect(m_password, &PasswordField::edited, m_error, &QWidget::hide);
    connect(m_repeat, &PasswordField::edited, m_error, &QWidget::hide);
    connect(m_repeat, &PasswordField::returnPressed, this, &ExportDialog::exportNow);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Choose the file to write"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(controller, &VaultController::aboutToLock, this, [this] {
        m_password->clear();
        m_repeat->clear();
        reject();
    });
    updateFormat();
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

io::ExportFormat ExportDialog::format() const
{
    return io::ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::updateFormat()
{
    const bool encrypted = format() == io::ExportFormat::TwofoldJson;
    m_passwords->setVisible(encrypted);
    const int count = m_controller->isOpen() ? io::exportedEntryCount(m_controller->vault()) : 0;
    m_content->setText(encrypted
                           ? tr("The file will hold %L1 entries with everything in them, encrypted with "
                                "the password you choose here: keep that password, nothing opens the "
                                "file without it.")
                                 .arg(count)
                           : tr("The file will hold %L1 entries, with their passwords, unencrypted: "
                                "anyone who can read it can read every password in it.")
                                 .arg(count));
    m_error->hide();
}

void ExportDialog::refuse(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->show();
}

void ExportDialog::exportNow()
{
    if (!m_controller->isOpen())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        refuse(tr("Choose the file to write first."));
        m_path->setFocus();
        return;
    }
    if (format() == io::ExportFormat::TwofoldJson) {
        if (m_password->isEmpty()) {
            refuse(tr("Choose a password for the export: nothing opens the file without it."));
            m_password->selectForRetyping();
            return;
        }
        if (!m_password->secret().equals(m_repeat->secret())) {
            refuse(tr("The two passwords are not the same: type the same password in both fields."));
            m_repeat->selectForRetyping();
            return;
        }
        write();
        return;
    }
    if (m_confirmation)
        return; // already asking
    const int count = io::exportedEntryCount(m_controller->vault());
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Export unencrypted?"),
        tr("Write %L1 entries, with their passwords, unencrypted to %2?").arg(count).arg(path),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Anyone who can read this file can read every password in it. It is made "
                               "readable by you only; delete it once you no longer need it."));
    QPushButton* yes = box->addButton(tr("&Write unencrypted"), QMessageBox::AcceptRole);
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            write();
        else
            refuse(tr("Nothing was written."));
    });
    box->open();
}

void ExportDialog::write()
{
    if (!m_controller->isOpen())
        return;
    const QString path = m_path->text().trimmed();
    const io::ExportFormat chosen = format();
    m_controller->waitForSave(); // the attachments are read from the file, as the save worker does
    const Vault& vault = m_controller->vault();
    const int count = io::exportedEntryCount(vault);
    QByteArray bytes;
    if (chosen == io::ExportFormat::TwofoldJson) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes a moment
        Result<QByteArray> sealed = io::exportTwofoldJsonEncrypted(vault, m_password->secret(), m_kdf);
        QApplication::restoreOverrideCursor();
        if (!sealed) {
            refuse(sealed.error().message);
            return;
        }
        bytes = std::move(sealed).value();
    } else if (chosen == io::ExportFormat::KeePassXml) {
        bytes = io::exportKeePassXml(vault);
    } else if (chosen == io::ExportFormat::BitwardenJson) {
        bytes = io::exportBitwardenJson(vault);
    } else {
        bytes = io::exportCsv(vault);
    }
    const Status written = io::writePrivateFile(path, bytes);
    bytes.fill('\0');
    if (!written) {
        refuse(written.error().message);
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QString done = chosen == io::ExportFormat::TwofoldJson
                       ? tr("Wrote %L1 entries, encrypted, to %2.").arg(count).arg(path)
                       : tr("Wrote %L1 entries to %2 (readable by you only).").arg(count).arg(path);
    if (const int left = io::attachmentsLeftOut(vault, chosen); left > 0)
        done += QLatin1Char(' ') +
                tr("Attachments left out (this format has no place for them): %L1. twofold-json keeps them.")
                    .arg(left);
    emit exported(done);
    accept();
}

} // namespace twofold
