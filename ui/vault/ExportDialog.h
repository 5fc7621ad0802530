#pragma once
// ExportDialog: Vault > Export… (issue 14, DESIGN.md 12). The format — twofold-json encrypted
// with a password chosen here (the default; typed twice, kept in secure memory), KeePass 2 XML,
// Bitwarden JSON or CSV — and the file. A plain-text format is written only after a question
// that says what the file will hold ("N entries, with their passwords, unencrypted"); every
// export is written readable by its owner only (0600, io::writePrivateFile). Refusals (no file,
// no password, the two passwords differ, a write that fails) are sentences in the dialog.
#include "crypto/Kdf.h"
#include "io/Formats.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace twofold {

class PasswordField;
class VaultController;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // controller's vault must be open. Locking closes the dialog.
    explicit ExportDialog(VaultController* controller, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Items in the order of io::ExportFormat (data: the format); twofold-json first, chosen.
    QComboBox* formatBox() const { return m_format; }
    QLineEdit* pathField() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    PasswordField* passwordField() const { return m_password; }
    PasswordField* repeatField() const { return m_repeat; }
    // What the file will hold, for the format chosen.
    QLabel* contentLabel() const { return m_content; }
    // The sentence of the last refusal (hidden when there is none).
    QLabel* errorLabel() const { return m_error; }
    QPushButton* exportButton() const { return m_export; }
    // The question asked before a plain-text file is written (nullptr when none is open).
    QMessageBox* confirmation() const { return m_confirmation; }
    io::ExportFormat format() const;

    // The key derivation of the encrypted export (tests use a small one).
    void setKdfParams(const kdf::Params& params) { m_kdf = params; }

    // What Export does: checks the file and passwords, asks first for a plain-text format
    // (non-blocking), then writes; accepted once the file is written.
    void exportNow();

signals:
    // The file was written: the sentence for the window's status bar.
    void exported(const QString& sentence);

private:
    void updateFormat();
    void write();
    void refuse(const QString& sentence);

    VaultController* m_controller;
    QComboBox* m_format;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QWidget* m_passwords;
    PasswordField* m_password;
    PasswordField* m_repeat;
    QLabel* m_content;
    QLabel* m_error;
    QPushButton* m_export;
    QPointer<QMessageBox> m_confirmation;
    kdf::Params m_kdf;
};

} // namespace twofold
