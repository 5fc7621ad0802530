#include "ui/preferences/AppPasswordDialog.h"

#include "auth/TwoFactorSettings.h"
#include "ui/common/AppSettings.h"
#include "ui/common/GrowWithContent.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/UiResources.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold {

AppPasswordDialog::AppPasswordDialog(TwoFactorSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_pages(new QStackedWidget(this)), m_name(new QLineEdit(this)),
      m_error(new QLabel(this)), m_create(new QPushButton(tr("&Create"), this)),
      m_secret(new QLineEdit(this)), m_copy(new QPushButton(tr("&Copy"), this)),
      m_done(new QPushButton(tr("&Done"), this)),
      m_clipboard(new SecretClipboard(appSettings().clipboardTimeout(), this))
{
    setWindowTitle(tr("New app password"));
    setWindowModality(Qt::WindowModal);
    setObjectName(QStringLiteral("appPasswordDialog"));

    // Page 1: the name.
    auto* namePage = new QWidget(this);
    auto* intro = new QLabel(
        tr("Name the script or program that will use it, so you know what to revoke later."), namePage);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("appPasswordName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Backup script"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    auto* nameForm = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), namePage);
    nameLabel->setBuddy(m_name);
    nameForm->addRow(nameLabel, m_name);
    auto* nameButtons = new QDialogButtonBox(namePage);
    nameButtons->addButton(m_create, QDialogButtonBox::AcceptRole);
    nameButtons->addButton(QDialogButtonBox::Cancel);
    auto* nameLayout = new QVBoxLayout(namePage);
    nameLayout->addWidget(intro);
    nameLayout->addLayout(nameForm);
    nameLayout->addWidget(m_error);
    nameLayout->addStretch(1);
    nameLayout->addWidget(nameButtons);
    m_pages->addWidget(namePage);

    // Page 2: the secret, once.
    auto* secretPage = new QWidget(this);
    auto* once =
        new QLabel(tr("This is the app password. Copy it now: it will not be shown again."), secretPage);
    once->setObjectName(QStringLiteral("shownOnce"));
    once->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("appPasswordSecret"));
    m_secret->setAccessibleName(tr("App password"));
    m_secret->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_secret->setFont(mono);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setIcon(uiIcon(QStringLiteral("copy"), QStringLiteral("edit-copy")));
    m_copy->setAccessibleName(tr("Copy the app password"));
    m_done->setObjectName(QStringLiteral("done"));
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);
    auto* doneRow = new QHBoxLayout;
    doneRow->addStretch(1);
    doneRow->addWidget(m_done);
    auto* secretLayout = new QVBoxLayout(secretPage);
    secretLayout->addWidget(once);
    secretLayout->addLayout(secretRow);
    secretLayout->addStretch(1);
    secretLayout->addLayout(doneRow);
    m_pages->addWidget(secretPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_create->setEnabled(!m_name->text().trimmed().isEmpty() && !m_settings.isBusy()); });
    connect(m_create, &QPushButton::clicked, this, &AppPasswordDialog::create);
    connect(nameButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { m_clipboard->copySecret(SecureBuffer::fromUtf8(m_secret->text())); });
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    growWithContent(this);
}

AppPasswordDialog::~AppPasswordDialog() = default;

void AppPasswordDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_settings.isBusy())
        return;
    m_create->setEnabled(false);
    m_error->hide();
    QPointer<AppPasswordDialog> self(this);
    m_settings.addAppPassword(name, [self](Result<SecureBuffer> secret) {
        if (!self)
            return;
        self->m_create->setEnabled(true);
        if (!secret) {
            self->m_error->setText(secret.error().message);
            self->m_error->show();
            self->m_name->selectAll();
            self->m_name->setFocus();
            return;
        }
        // Known leak: the field holds a QString copy until the dialog closes.
        self->m_secret->setText(secret->toStringUnsafe());
        self->m_pages->setCurrentIndex(1);
        self->m_secret->selectAll();
        self->m_secret->setFocus();
        self->m_done->setDefault(true);
        emit self->secretShown();
    });
}

bool AppPasswordDialog::showsSecret() const
{
    return m_pages->currentIndex() == 1 && !m_secret->text().isEmpty();
}

QString AppPasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AppPasswordDialog::done(int result)
{
    QString text = m_secret->text();
    m_secret->clear();
    wipe(text);
    QDialog::done(result);
}

} // namespace twofold
