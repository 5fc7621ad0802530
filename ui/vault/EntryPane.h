#pragma once
// EntryPane: the chosen entry — title, user name, password (dots until Show), web address,
// group, tags, notes — with Copy buttons for the user name and the password. Copies go
// through SecretClipboard (password: marked secret, cleared after its timeout). Entries with
// two-factor codes (Vault::hasOtp) show the current code with its countdown and a Copy button.
// Older versions a sync merge kept (the edit that lost to a newer one on another computer) are
// listed under the notes: when each was made and how it differed (secrets only as "a different
// password").
#include "common/Clock.h"

#include <QStringList>
#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;
class QToolButton;

namespace twofold {

class AttachmentsView;
class PasswordHistoryView;
class Vault;
struct Entry;
class SecretClipboard;
class TotpCodeWidget;
class VaultController;

class EntryPane : public QWidget
{
    Q_OBJECT
public:
    // clock drives the entry's two-factor code (tests pass a ManualClock).
    EntryPane(VaultController* controller, SecretClipboard* clipboard, Clock& clock = systemClock(),
              QWidget* parent = nullptr);

    // Shows entry id (null: "Choose an entry"). Hides a shown password.
    void showEntry(const QUuid& id);
    // Re-reads the shown entry (after it changed).
    void refresh();
    QUuid entryId() const { return m_id; }

    void copyUsername();
    void copyPassword();
    // Copies the entry's current two-factor code (when it has one).
    void copyCode();
    // Shows or hides the password in the pane.
    void setPasswordShown(bool shown);
    bool isPasswordShown() const { return m_passwordShown; }

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* passwordField() const { return m_password; }
    QToolButton* showPasswordButton() const { return m_showPassword; }
    QPushButton* copyUsernameButton() const { return m_copyUsername; }
    QPushButton* copyPasswordButton() const { return m_copyPassword; }
    // The entry's live two-factor code (shown only for entries that have one).
    TotpCodeWidget* codeWidget() const { return m_code; }
    PasswordHistoryView* historyView() const { return m_history; }
    AttachmentsView* attachmentsView() const { return m_attachments; }
    // The older versions of the entry (hidden when it has none).
    QLabel* versionsLabel() const { return m_versions; }
    bool isCodeShown() const;

signals:
    // A sentence for the status bar ("Password copied…").
    void status(const QString& text);
    void editRequested(const QUuid& id);
    void restoreRequested(const QUuid& id);

private:
    void clearPassword();
    // How version differs from the entry now, in a few words per field (no secret shown).
    static QStringList differences(const Vault& vault, const Entry& now, const Entry& version);

    VaultController* m_controller;
    SecretClipboard* m_clipboard;
    QUuid m_id;
    bool m_passwordShown = false;
    QStackedLayout* m_stack;
    QFormLayout* m_form = nullptr;
    QLabel* m_title;
    QLabel* m_trashNote;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_url;
    QLineEdit* m_group;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
    TotpCodeWidget* m_code;
    PasswordHistoryView* m_history;
    AttachmentsView* m_attachments;
    QLabel* m_versions;
    QPushButton* m_copyUsername;
    QPushButton* m_copyPassword;
    QToolButton* m_showPassword;
    QPushButton* m_edit;
    QPushButton* m_restore;
};

} // namespace twofold
