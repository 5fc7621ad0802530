#include "ui/preferences/PreferencesDialog.h"

#include "ui/common/GrowWithContent.h"
#include "ui/common/UiResources.h"
#include "ui/preferences/GeneralPane.h"
#include "ui/preferences/SecurityPane.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold {

PreferencesDialog::PreferencesDialog(AppSettings& settings, TwoFactorSettings* security, QWidget* parent,
                                     Clock& clock)
    : QDialog(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_general(new GeneralPane(settings, this))
{
    setWindowTitle(title());
    setWindowModality(Qt::WindowModal);
    setObjectName(QStringLiteral("preferencesDialog"));

    m_list->setObjectName(QStringLiteral("paneList"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->addItem(new QListWidgetItem(
        uiIcon(QStringLiteral("settings"), QStringLiteral("preferences-system")), tr("General")));
    m_list->addItem(new QListWidgetItem(uiIcon(QStringLiteral("shield"), QStringLiteral("security-high")),
                                        tr("Security")));
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 48);

    m_stack->addWidget(m_general);
    if (security) {
        m_security = new SecurityPane(*security, this, clock);
        auto* scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("securityPage"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_security);
        m_stack->addWidget(scroll);
    } else {
        auto* locked = new QLabel(tr("Unlock a vault to change its security settings."), this);
        locked->setObjectName(QStringLiteral("securityPage"));
        locked->setAlignment(Qt::AlignCenter);
        locked->setWordWrap(true);
        locked->setAccessibleName(tr("Security"));
        m_stack->addWidget(locked);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_list);
    panes->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    connect(next, &QShortcut::activated, this, [this] { step(1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
    connect(previous, &QShortcut::activated, this, [this] { step(-1); });
    auto* previousAlt = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), this);
    connect(previousAlt, &QShortcut::activated, this, [this] { step(-1); });
    m_list->setCurrentRow(0);
    resize(760, 560);
    growWithContent(this);
}

QString PreferencesDialog::title()
{
#ifdef Q_OS_MACOS
    return tr("Preferences");
#else
    return tr("Settings");
#endif
}

void PreferencesDialog::setCurrentPane(Pane pane)
{
    m_list->setCurrentRow(int(pane));
}

PreferencesDialog::Pane PreferencesDialog::currentPane() const
{
    return Pane(m_list->currentRow());
}

QWidget* PreferencesDialog::securityPage() const
{
    return m_stack->widget(int(Pane::Security));
}

void PreferencesDialog::step(int delta)
{
    const int count = m_list->count();
    m_list->setCurrentRow((m_list->currentRow() + delta + count) % count);
}

} // namespace twofold
