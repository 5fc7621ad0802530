#pragma once
// EntryEditorDialog: add or edit an entry — title, user name, password (show/hide), web
// address, notes, tags, group, and the website's two-factor codes ("Add two-factor code…"
// opens OtpSetupDialog). OK is enabled once there is a title. fields() returns what changed,
// ready for Vault::addEntry / updateEntry.
#include "crypto/SecureBuffer.h"
#include "vault/Entry.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace twofold {

class OtpSetupDialog;
class PasswordField;
class PasswordGeneratorPanel;
class StrengthMeter;
class Vault;

class EntryEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // entry: the entry to edit, or nullptr for a new one (then groupPath preselects a group).
    EntryEditorDialog(const Vault& vault, const Entry* entry, const QString& groupPath = {},
                      QWidget* parent = nullptr);
    ~EntryEditorDialog() override;

    bool isNewEntry() const { return m_isNew; }
    QUuid entryId() const { return m_id; }
    // The fields to store: all of them for a new entry, only the changed ones when editing
    // (the group is left to groupPath()).
    EntryFields fields() const;
    // The group typed or chosen, as a path ("" for the top level). It may not exist yet.
    QString groupPath() const;

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* usernameEdit() const { return m_username; }
    PasswordField* passwordField() const { return m_password; }
    QLineEdit* urlEdit() const { return m_url; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QComboBox* groupBox() const { return m_group; }
    QPushButton* okButton() const;
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* otpButton() const { return m_otpButton; }
    QPushButton* removeOtpButton() const { return m_removeOtp; }
    // Opens the two-factor code dialog (non-blocking; applied when accepted). Returns it.
    OtpSetupDialog* editOtp();
    PasswordGeneratorPanel* generatorPanel() const { return m_generator; }
    StrengthMeter* strengthMeter() const { return m_meter; }
    // Something differs from what the dialog opened with (a new entry: anything typed).
    bool hasChanges() const;
    // Escape and Cancel: with changes, asks first (Discard / Keep editing) and closes only on
    // Discard; without, closes. done(Rejected) closes without asking (the vault is locking).
    void reject() override;
    // Whether the entry will have two-factor codes once saved.
    bool willHaveOtp() const;

    // The vault changed under the dialog (a sync brought another computer's changes): the
    // fields not edited here take the entry's new values, the edited ones keep what was typed
    // (saving stores them over the other computer's), and a note says so. An entry deleted for
    // good elsewhere becomes a new entry (saving adds it back, nothing typed is lost); one moved
    // to the trash elsewhere is restored by saving. A new entry's dialog only learns new groups.
    void followVault(const Vault& vault);
    // The note shown once the entry changed elsewhere (hidden until then).
    QLabel* changedElsewhereNote() const { return m_elsewhere; }

private:
    QStringList typedTags() const;
    void updateOk();
    void updateOtp();
    void generatePassword();
    void onPasswordEdited();
    void fillGroups(const Vault& vault);
    void showElsewhere(const QString& sentence);

    bool m_isNew;
    QUuid m_id;
    Entry m_original;           // the values shown at first (no secrets)
    SecureBuffer m_oldPassword; // to tell whether the password changed
    QLineEdit* m_title;
    QLineEdit* m_username;
    PasswordField* m_password;
    QPushButton* m_generate;
    StrengthMeter* m_meter;
    PasswordGeneratorPanel* m_generator;
    QString m_initialGroup;
    QLineEdit* m_url;
    QPlainTextEdit* m_notes;
    QLineEdit* m_tags;
    QComboBox* m_group;
    QLabel* m_otpState;
    QPushButton* m_otpButton;
    QPushButton* m_removeOtp;
    QDialogButtonBox* m_buttons;
    QLabel* m_elsewhere;
    bool m_hadOtp = false;
    SecureBuffer m_oldOtp;                // to prefill OtpSetupDialog when changing it
    std::optional<SecureBuffer> m_newOtp; // set: replaces the codes (empty: removes them)
};

} // namespace twofold
