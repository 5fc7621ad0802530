#include "ui/preferences/GeneralPane.h"

#include "ui/common/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace twofold {

namespace {
// "Deutsch" for "de": a language is listed in its own words, so people find theirs.
QString nativeName(const QString& localeName)
{
    const QLocale locale(localeName);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return localeName;
    name[0] = name[0].toUpper();
    if (localeName.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}
} // namespace

GeneralPane::GeneralPane(AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_autoLock(new QSpinBox(this)),
      m_screenLock(new QCheckBox(tr("Lock when the &screen locks or the computer sleeps"), this)),
      m_closeToTray(
          new QCheckBox(tr("&Keep running in the notification area when the window is closed"), this)),
      m_clipboard(new QSpinBox(this)), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("generalPane"));
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(AppSettings::kMinAutoLockMinutes, AppSettings::kMaxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setAccessibleName(tr("Lock after this many minutes without use"));
    m_screenLock->setObjectName(QStringLiteral("lockOnScreenLock"));
    m_screenLock->setAccessibleName(tr("Lock when the screen locks"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setAccessibleName(tr("Keep running in the notification area"));
    // Without a notification area, closing the window always quits and locks.
    m_closeToTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    m_clipboard->setObjectName(QStringLiteral("clipboardSeconds"));
    m_clipboard->setRange(AppSettings::kMinClipboardSeconds, AppSettings::kMaxClipboardSeconds);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setAccessibleName(tr("Clear the clipboard after this many seconds"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& name : AppSettings::availableLanguages())
        m_language->addItem(nativeName(name), name);

    auto* autoLockLabel = new QLabel(tr("&Lock after:"), this);
    autoLockLabel->setBuddy(m_autoLock);
    auto* autoLockHint = new QLabel(this);
    autoLockHint->setObjectName(QStringLiteral("autoLockHint"));
    // "10 minutes without …" after the number, "Never" alone: the words follow the value.
    auto showHint = [this, autoLockHint](int minutes) {
        autoLockHint->setText(minutes == 0 ? QString()
                                           : tr("minute(s) without keyboard or mouse use", nullptr, minutes));
    };
    connect(m_autoLock, &QSpinBox::valueChanged, autoLockHint, showHint);
    auto* autoLockRow = new QHBoxLayout;
    autoLockRow->addWidget(m_autoLock);
    autoLockRow->addWidget(autoLockHint, 1);
    auto* clipboardLabel = new QLabel(tr("&Clear the clipboard after:"), this);
    clipboardLabel->setBuddy(m_clipboard);
    auto* languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    auto* languageNote = new QLabel(tr("Applies the next time Twofold starts."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(autoLockLabel, autoLockRow);
    form->addRow(QString(), m_screenLock);
    form->addRow(QString(), m_closeToTray);
    form->addRow(clipboardLabel, m_clipboard);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), languageNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    load();
    showHint(m_autoLock->value());
    connect(m_autoLock, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setAutoLockMinutes(minutes); });
    connect(m_screenLock, &QCheckBox::toggled, this, [this](bool on) { m_settings.setLockOnScreenLock(on); });
    connect(m_closeToTray, &QCheckBox::toggled, this, [this](bool on) { m_settings.setCloseToTray(on); });
    connect(m_clipboard, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_settings.setClipboardSeconds(seconds); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_settings.setLanguage(m_language->itemData(index).toString()); });
    connect(&m_settings, &AppSettings::changed, this, &GeneralPane::load);
}

void GeneralPane::load()
{
    const QSignalBlocker a(m_autoLock), b(m_screenLock), c(m_clipboard), d(m_language), e(m_closeToTray);
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_autoLock->setValue(m_settings.autoLockMinutes());
    m_screenLock->setChecked(m_settings.lockOnScreenLock());
    m_clipboard->setValue(m_settings.clipboardSeconds());
    int index = m_language->findData(m_settings.language());
    if (index < 0) { // a language whose catalogue is gone: keep showing what is set
        m_language->addItem(nativeName(m_settings.language()), m_settings.language());
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

} // namespace twofold
