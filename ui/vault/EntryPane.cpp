#include "ui/vault/EntryPane.h"

#include "ui/common/SecretClipboard.h"
#include "ui/otp/TotpCodeWidget.h"
#include "ui/vault/AttachmentsView.h"
#include "ui/vault/PaletteIcon.h"
#include "ui/vault/PasswordHistoryView.h"
#include "ui/vault/VaultController.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold {

namespace {
// Shown instead of the password: the same for every password, so it says nothing of its length.
const QString kDots = QString(8, QChar(0x2022));

QLineEdit* readOnlyField(QWidget* parent, const QString& accessibleName)
{
    auto* field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setAccessibleName(accessibleName);
    return field;
}

QPushButton* copyButton(QWidget* parent, const QString& text, const QString& accessibleName)
{
    auto* button =
        new QPushButton(paletteIcon(QStringLiteral("copy"), QStringLiteral("edit-copy")), text, parent);
    button->setAccessibleName(accessibleName);
    return button;
}
} // namespace

EntryPane::EntryPane(VaultController* controller, SecretClipboard* clipboard, Clock& clock, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_clipboard(clipboard), m_stack(new QStackedLayout),
      m_title(new QLabel(this)), m_trashNote(new QLabel(tr("This entry is in the trash."), this)),
      m_username(readOnlyField(this, tr("User name"))), m_password(readOnlyField(this, tr("Password"))),
      m_url(readOnlyField(this, tr("Web address"))), m_group(readOnlyField(this, tr("Group"))),
      m_tags(readOnlyField(this, tr("Tags"))), m_notes(new QPlainTextEdit(this)),
      m_code(new TotpCodeWidget(clock, this)),
      m_history(new PasswordHistoryView(controller, clipboard, this)),
      m_attachments(new AttachmentsView(controller, this)), m_versions(new QLabel(this)),
      m_copyUsername(copyButton(this, tr("Copy"), tr("Copy the user name"))),
      m_copyPassword(copyButton(this, tr("Copy"), tr("Copy the password"))),
      m_showPassword(new QToolButton(this)),
      m_edit(new QPushButton(paletteIcon(QStringLiteral("edit"), QStringLiteral("document-edit")),
                             tr("&Edit…"), this)),
      m_restore(new QPushButton(paletteIcon(QStringLiteral("undo"), QStringLiteral("edit-undo")),
                                tr("&Restore"), this))
{
    auto* empty = new QLabel(tr("Choose an entry to see it here."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    auto* details = new QWidget(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setAccessibleName(tr("Title"));
    m_trashNote->setAccessibleName(tr("This entry is in the trash."));
    m_notes->setReadOnly(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setAccessibleName(tr("Notes"));
    m_showPassword->setCheckable(true);
    m_showPassword->setFocusPolicy(Qt::StrongFocus);
    m_edit->setAccessibleName(tr("Edit this entry"));
    m_versions->setObjectName(QStringLiteral("olderVersions"));
    m_versions->setAccessibleName(tr("Older versions"));
    m_versions->setWordWrap(true);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_restore->setAccessibleName(tr("Restore this entry from the trash"));

    auto* userRow = new QHBoxLayout;
    userRow->addWidget(m_username, 1);
    userRow->addWidget(m_copyUsername);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    passwordRow->addWidget(m_copyPassword);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("User name:"), userRow);
    form->addRow(tr("Password:"), passwordRow);
    form->addRow(tr("Two-factor:"), m_code);
    form->addRow(tr("Web address:"), m_url);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Notes:"), m_notes);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_edit);
    auto* layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addWidget(m_trashNote);
    layout->addLayout(form, 1);
    layout->addWidget(m_history);
    layout->addWidget(m_attachments);
    layout->addWidget(m_versions);
    layout->addLayout(buttons);

    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    setLayout(m_stack);

    connect(m_copyUsername, &QPushButton::clicked, this, &EntryPane::copyUsername);
    connect(m_copyPassword, &QPushButton::clicked, this, &EntryPane::copyPassword);
    connect(m_showPassword, &QToolButton::toggled, this, &EntryPane::setPasswordShown);
    connect(m_code, &TotpCodeWidget::copyRequested, this, [this](const QString& code) {
        m_clipboard->copySecret(SecureBuffer::fromUtf8(code));
        emit status(tr("Two-factor code copied."));
    });
    connect(m_history, &PasswordHistoryView::status, this, &EntryPane::status);
    connect(m_attachments, &AttachmentsView::status, this, &EntryPane::status);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_id); });
    connect(m_restore, &QPushButton::clicked, this, [this] { emit restoreRequested(m_id); });
    showEntry({});
}

void EntryPane::showEntry(const QUuid& id)
{
    m_id = id;
    setPasswordShown(false);
    refresh();
}

void EntryPane::refresh()
{
    const Entry* e = m_controller->isOpen() && !m_id.isNull() ? m_controller->vault().entry(m_id) : nullptr;
    m_history->showEntry(e ? m_id : QUuid());
    m_attachments->showEntry(e ? m_id : QUuid(), e && e->inTrash);
    if (!e) {
        m_id = QUuid();
        clearPassword();
        m_code->clearUri();
        m_stack->setCurrentIndex(0);
        return;
    }
    const Vault& v = m_controller->vault();
    const bool hasCode = v.hasOtp(*e);
    if (hasCode)
        m_code->setUri(v.otpUri(*e));
    else
        m_code->clearUri();
    m_form->setRowVisible(m_code, hasCode);
    m_title->setText(e->title);
    m_trashNote->setVisible(e->inTrash);
    m_restore->setVisible(e->inTrash);
    m_edit->setVisible(!e->inTrash);
    m_username->setText(e->username);
    m_url->setText(e->url);
    m_group->setText(e->groupId.isNull() ? tr("(top level)") : v.groupPath(e->groupId));
    m_tags->setText(e->tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(e->notes);
    m_copyUsername->setEnabled(!e->username.isEmpty());
    QStringList versions;
    for (auto it = e->versions.crbegin(); it != e->versions.crend(); ++it) {
        const QStringList parts = differences(v, *e, *it);
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->modifiedMs), QLocale::ShortFormat);
        //: %1 is when the older version was made, %2 how it differed ("user name “ann”, notes “…”").
        versions << tr("%1: %2").arg(when, parts.isEmpty() ? tr("the same as now")
                                                           : parts.join(QStringLiteral(", ")));
    }
    const QString versionsText =
        versions.isEmpty() ? QString()
                           : tr("Older versions, kept when this entry was changed on two computers:") +
                                 u'\n' + versions.join(u'\n');
    m_versions->setText(versionsText);
    m_versions->setAccessibleDescription(versionsText);
    m_versions->setVisible(!versions.isEmpty());
    setPasswordShown(m_passwordShown); // re-reads a shown password
    m_stack->setCurrentIndex(1);
}

QStringList EntryPane::differences(const Vault& vault, const Entry& now, const Entry& version)
{
    QStringList parts;
    const auto field = [&parts](const QString& label, const QString& was, const QString& is) {
        if (was != is)
            //: %1 is a field's name ("user name"), %2 its value in an older version of the entry.
            parts << tr("%1 “%2”").arg(label, was.isEmpty() ? tr("(empty)") : was.simplified());
    };
    field(tr("title"), version.title, now.title);
    field(tr("user name"), version.username, now.username);
    field(tr("web address"), version.url, now.url);
    field(tr("notes"), version.notes, now.notes);
    field(tr("tags"), version.tags.join(QStringLiteral(", ")), now.tags.join(QStringLiteral(", ")));
    if (!vault.secrets().equals(version.password, vault.secrets().view(now.password)))
        parts << tr("a different password");
    return parts;
}

bool EntryPane::isCodeShown() const
{
    return m_stack->currentIndex() == 1 && !m_code->isHidden() && m_code->hasCode();
}

void EntryPane::copyUsername()
{
    const Entry* e = m_controller->isOpen() && !m_id.isNull() ? m_controller->vault().entry(m_id) : nullptr;
    if (!e)
        return;
    m_clipboard->copyText(e->username);
    emit status(tr("User name copied."));
}

void EntryPane::copyPassword()
{
    if (m_id.isNull() || !m_controller->isOpen())
        return;
    m_clipboard->copySecret(m_controller->password(m_id));
    const int seconds = int((m_clipboard->timeout().count() + 999) / 1000);
    emit status(tr("Password copied. The clipboard will be cleared in %n second(s).", nullptr, seconds));
}

void EntryPane::copyCode()
{
    if (!isCodeShown() || m_code->code().isEmpty())
        return;
    m_clipboard->copySecret(SecureBuffer::fromUtf8(m_code->code()));
    emit status(tr("Two-factor code copied."));
}

void EntryPane::setPasswordShown(bool shown)
{
    m_passwordShown = shown && !m_id.isNull();
    clearPassword();
    if (m_passwordShown) {
        QString text = m_controller->password(m_id).toStringUnsafe();
        m_password->setText(text);
        wipe(text);
    } else {
        m_password->setText(kDots);
    }
    if (m_showPassword->isChecked() != m_passwordShown)
        m_showPassword->setChecked(m_passwordShown);
    m_showPassword->setIcon(paletteIcon(m_passwordShown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    m_showPassword->setText(m_passwordShown ? tr("Hide") : tr("Show"));
    m_showPassword->setToolTip(m_passwordShown ? tr("Hide the password") : tr("Show the password"));
    m_showPassword->setAccessibleName(m_passwordShown ? tr("Hide the password") : tr("Show the password"));
}

void EntryPane::clearPassword()
{
    // QLineEdit keeps no undo history when read-only text is set; clearing drops its copy.
    m_password->clear();
}

} // namespace twofold
