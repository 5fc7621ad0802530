#include "ui/vault/EntryEditorDialog.h"

#include "crypto/PasswordGenerator.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"
#include "ui/otp/OtpSetupDialog.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/PasswordGeneratorPanel.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold {

EntryEditorDialog::EntryEditorDialog(const Vault& vault, const Entry* entry, const QString& groupPath,
                                     QWidget* parent)
    : QDialog(parent), m_isNew(entry == nullptr), m_title(new QLineEdit(this)),
      m_username(new QLineEdit(this)), m_password(new PasswordField(this)),
      m_generate(new QPushButton(paletteIcon(QStringLiteral("generate")), tr("Gene&rate"), this)),
      m_meter(new StrengthMeter(this)), m_generator(new PasswordGeneratorPanel(this)),
      m_url(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)), m_tags(new QLineEdit(this)),
      m_group(new QComboBox(this)), m_otpState(new QLabel(this)), m_otpButton(new QPushButton(this)),
      m_removeOtp(new QPushButton(tr("Remove"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_elsewhere(new QLabel(this))
{
    setWindowTitle(m_isNew ? tr("New entry") : tr("Edit entry"));
    setAccessibleName(windowTitle());
    m_title->setAccessibleName(tr("Title"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleNames(tr("Password"));
    m_url->setAccessibleName(tr("Web address"));
    m_url->setPlaceholderText(tr("https://example.com"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_group->setAccessibleName(tr("Group"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->setToolTip(tr("Choose a group, or type a new name (use / for a group inside another)."));

    fillGroups(vault);

    if (entry) {
        m_id = entry->id;
        m_original = *entry;
        m_original.history.clear();
        m_title->setText(entry->title);
        m_username->setText(entry->username);
        m_oldPassword = vault.password(*entry);
        m_password->setSecret(m_oldPassword);
        m_url->setText(entry->url);
        m_notes->setPlainText(entry->notes);
        m_tags->setText(entry->tags.join(QStringLiteral(", ")));
        m_hadOtp = vault.hasOtp(*entry);
        if (m_hadOtp)
            m_oldOtp = vault.otpUri(*entry);
    }
    const QString initialGroup =
        entry ? (entry->groupId.isNull() ? QString() : vault.groupPath(entry->groupId)) : groupPath;
    m_initialGroup = initialGroup;
    const int groupIndex = m_group->findData(initialGroup);
    m_group->setCurrentIndex(groupIndex < 0 ? 0 : groupIndex);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_generate);
    m_generate->setAccessibleName(tr("Generate a password"));
    m_generate->setToolTip(tr("Show the password generator and fill in a new password"));
    m_generate->setCheckable(true);
    m_meter->setAccessibleName(tr("Password strength"));
    m_generator->hide();
    auto* otpRow = new QHBoxLayout;
    otpRow->addWidget(m_otpState, 1);
    otpRow->addWidget(m_otpButton);
    otpRow->addWidget(m_removeOtp);
    m_otpState->setAccessibleName(tr("Two-factor codes"));
    m_removeOtp->setAccessibleName(tr("Remove the two-factor codes"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&User name:"), m_username);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    form->addRow(passwordLabel, passwordRow);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_generator);
    form->addRow(tr("&Web address:"), m_url);
    form->addRow(tr("Two-factor:"), otpRow);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);
    m_elsewhere->setObjectName(QStringLiteral("changedElsewhere"));
    m_elsewhere->setAccessibleName(tr("Changed on another computer"));
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setFrameShape(QFrame::StyledPanel);
    m_elsewhere->setContentsMargins(6, 6, 6, 6);
    m_elsewhere->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_elsewhere);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    okButton()->setAccessibleName(tr("Save the entry"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EntryEditorDialog::updateOk);
    connect(m_generate, &QPushButton::toggled, this, [this](bool on) {
        m_generator->setVisible(on);
        if (on)
            generatePassword();
    });
    connect(m_generator, &PasswordGeneratorPanel::generated, this, [this](const SecureBuffer& password) {
        m_password->setSecret(password);
        m_password->setRevealed(true); // a new password is worth a look before saving
        onPasswordEdited();
    });
    connect(m_password, &PasswordField::edited, this, &EntryEditorDialog::onPasswordEdited);
    connect(m_otpButton, &QPushButton::clicked, this, [this] { editOtp(); });
    connect(m_removeOtp, &QPushButton::clicked, this, [this] {
        m_newOtp = SecureBuffer(); // empty: removes the codes when saved
        updateOtp();
    });
    m_title->setFocus();
    updateOk();
    updateOtp();
    onPasswordEdited();
    setTabOrder(m_password, m_generate);
    resize(480, sizeHint().height());
    growWithContent(this);
}

EntryEditorDialog::~EntryEditorDialog()
{
    m_password->clear();
}

void EntryEditorDialog::fillGroups(const Vault& vault)
{
    // Groups by path; the first row is the top level. What is typed or chosen is kept.
    const QString typed = m_group->count() > 0 ? m_group->currentText() : QString();
    const QString chosen = m_group->count() > 0 ? groupPath() : QString();
    QStringList paths;
    for (const Group& g : vault.groups())
        paths << vault.groupPath(g.id);
    std::sort(paths.begin(), paths.end(), [](const QString& a, const QString& b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    const bool refill = m_group->count() > 0;
    m_group->clear();
    m_group->addItem(tr("(top level)"), QString());
    for (const QString& p : paths)
        m_group->addItem(p, p);
    if (!refill)
        return;
    const int index = m_group->findData(chosen);
    if (index >= 0 && m_group->itemText(index) == typed)
        m_group->setCurrentIndex(index);
    else
        m_group->setEditText(typed);
}

void EntryEditorDialog::showElsewhere(const QString& sentence)
{
    m_elsewhere->setText(sentence);
    m_elsewhere->setAccessibleDescription(sentence);
    m_elsewhere->show();
}

void EntryEditorDialog::followVault(const Vault& vault)
{
    const QString group = groupPath();
    const bool groupEdited = group != m_initialGroup;
    fillGroups(vault);
    if (m_isNew)
        return;
    const Entry* e = vault.entry(m_id);
    if (!e) {
        // Deleted for good elsewhere: saving adds what the dialog shows as a new entry.
        m_isNew = true;
        if (!m_newOtp && m_hadOtp)
            m_newOtp = m_oldOtp.clone();
        showElsewhere(
            tr("This entry was deleted on another computer. Saving adds it back with what you see here."));
        return;
    }
    bool changed = false;
    const auto follow = [&changed](QString& original, const QString& now, const QString& shown, auto set) {
        if (original == now)
            return;
        changed = true;
        if (shown == original)
            set(now);
        original = now;
    };
    follow(m_original.title, e->title, m_title->text().trimmed(),
           [this](const QString& t) { m_title->setText(t); });
    follow(m_original.username, e->username, m_username->text(),
           [this](const QString& t) { m_username->setText(t); });
    follow(m_original.url, e->url, m_url->text().trimmed(), [this](const QString& t) { m_url->setText(t); });
    follow(m_original.notes, e->notes, m_notes->toPlainText(),
           [this](const QString& t) { m_notes->setPlainText(t); });
    if (m_original.tags != e->tags) {
        changed = true;
        if (typedTags() == m_original.tags)
            m_tags->setText(e->tags.join(QStringLiteral(", ")));
        m_original.tags = e->tags;
    }
    SecureBuffer password = vault.password(*e);
    if (!password.equals(m_oldPassword)) {
        changed = true;
        if (m_password->secret().equals(m_oldPassword)) {
            m_password->setSecret(password);
            onPasswordEdited();
        }
        m_oldPassword = std::move(password);
    }
    SecureBuffer otp = vault.hasOtp(*e) ? vault.otpUri(*e) : SecureBuffer();
    if (vault.hasOtp(*e) != m_hadOtp || !otp.equals(m_oldOtp)) {
        changed = true;
        m_hadOtp = vault.hasOtp(*e);
        m_oldOtp = std::move(otp);
        updateOtp();
    }
    const QString nowGroup = e->groupId.isNull() ? QString() : vault.groupPath(e->groupId);
    if (nowGroup != m_initialGroup) {
        changed = true;
        if (!groupEdited) {
            const int index = m_group->findData(nowGroup);
            m_group->setCurrentIndex(index < 0 ? 0 : index);
        }
        m_initialGroup = nowGroup;
    }
    if (e->inTrash)
        showElsewhere(
            tr("This entry was moved to the trash on another computer. Saving takes it out of the trash "
               "with your changes."));
    else if (changed)
        showElsewhere(
            tr("This entry was changed on another computer while you were editing it. The fields you "
               "did not change now show its new values; saving keeps what you typed in the others."));
}

QPushButton* EntryEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList EntryEditorDialog::typedTags() const
{
    QStringList tags;
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

EntryFields EntryEditorDialog::fields() const
{
    EntryFields f;
    const QString title = m_title->text().trimmed();
    const QString notes = m_notes->toPlainText();
    const QStringList tags = typedTags();
    SecureBuffer password = m_password->secret();
    if (m_isNew || title != m_original.title)
        f.title = title;
    if (m_isNew || m_username->text() != m_original.username)
        f.username = m_username->text();
    if (m_isNew || m_url->text().trimmed() != m_original.url)
        f.url = m_url->text().trimmed();
    if (m_isNew || notes != m_original.notes)
        f.notes = notes;
    if (m_isNew || tags != m_original.tags)
        f.tags = tags;
    if (m_isNew ? !password.isEmpty() : !password.equals(m_oldPassword))
        f.password = std::move(password);
    if (m_newOtp && (m_hadOtp || !m_newOtp->isEmpty()))
        f.otpUri = m_newOtp->clone();
    return f;
}

QString EntryEditorDialog::groupPath() const
{
    const int index = m_group->currentIndex();
    const QString typed = m_group->currentText().trimmed();
    if (index >= 0 && m_group->itemText(index) == m_group->currentText())
        return m_group->itemData(index).toString();
    return typed;
}

OtpSetupDialog* EntryEditorDialog::editOtp()
{
    auto* dialog = new OtpSetupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSuggestedAccount(m_title->text().trimmed(), m_username->text().trimmed());
    if (m_newOtp && !m_newOtp->isEmpty())
        dialog->setUri(*m_newOtp);
    else if (!m_newOtp && m_hadOtp)
        dialog->setUri(m_oldOtp);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        SecureBuffer uri = dialog->uri();
        if (!uri.isEmpty()) {
            m_newOtp = std::move(uri);
            updateOtp();
        }
    });
    dialog->open();
    return dialog;
}

void EntryEditorDialog::generatePassword()
{
    m_generator->generate();
}

void EntryEditorDialog::onPasswordEdited()
{
    // Known leak: the strength check reads a QString copy, dropped at once.
    QString text = m_password->secret().toStringUnsafe();
    m_meter->setPassword(text, {m_title->text(), m_username->text()});
    wipe(text);
}

bool EntryEditorDialog::hasChanges() const
{
    const EntryFields f = fields();
    if (m_isNew)
        return !m_title->text().trimmed().isEmpty() || !f.username->isEmpty() || f.password ||
               !f.url->isEmpty() || !f.notes->isEmpty() || !f.tags->isEmpty() || f.otpUri;
    return f.title || f.username || f.url || f.notes || f.tags || f.password || f.otpUri ||
           groupPath() != m_initialGroup;
}

void EntryEditorDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    auto* question =
        new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
                        m_isNew ? tr("Discard this new entry?") : tr("Discard your changes to this entry?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("discardQuestion"));
    question->button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question] {
        if (question->clickedButton() == question->button(QMessageBox::Discard))
            QDialog::reject();
    });
    question->open();
}

bool EntryEditorDialog::willHaveOtp() const
{
    return m_newOtp ? !m_newOtp->isEmpty() : m_hadOtp;
}

void EntryEditorDialog::updateOtp()
{
    const bool on = willHaveOtp();
    m_otpState->setText(on ? tr("This entry has two-factor codes.") : tr("None"));
    m_otpButton->setText(on ? tr("Change two-factor code…") : tr("Add two-factor code…"));
    m_otpButton->setAccessibleName(on ? tr("Change the two-factor code") : tr("Add a two-factor code"));
    m_removeOtp->setVisible(on);
}

void EntryEditorDialog::updateOk()
{
    okButton()->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace twofold
