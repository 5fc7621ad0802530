#pragma once
// SignOutDialog: "Sign out and forget this computer…" asks first (DESIGN.md 11, issue 13). It
// says what happens — this computer's copy of the vault file, the account key and the
// remembered-computer token kept here are removed; the account and the other computers are not
// touched — and warns when changes made here have not reached the server yet (how many: the
// vault's pending records, sync::pendingCount). Accepted by "Sign out and forget"; Cancel (the
// default, and Escape) keeps everything.
#include <QDialog>

class QLabel;
class QPushButton;

namespace twofold {

class OpenVault;

class SignOutDialog : public QDialog
{
    Q_OBJECT
public:
    // vault is read here only (its pending changes).
    explicit SignOutDialog(const OpenVault& vault, QWidget* parent = nullptr);

    int pendingChanges() const { return m_pending; }
    QString text() const;        // what happens
    QString warningText() const; // the unsynced changes ("" when none)
    QPushButton* forgetButton() const { return m_forget; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    int m_pending = 0;
    QLabel* m_text;
    QLabel* m_warning;
    QPushButton* m_forget;
    QPushButton* m_cancel;
};

} // namespace twofold
