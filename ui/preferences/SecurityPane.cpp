// SecurityPane: the layout and the actions. Filling the lists is in SecurityPaneLists.cpp.
#include "ui/preferences/SecurityPane.h"

#include "auth/TwoFactorSettings.h"
#include "ui/common/MessageBanner.h"
#include "ui/preferences/AppPasswordDialog.h"
#include "ui/preferences/ChangeMasterPasswordDialog.h"
#include "ui/preferences/DeliverySettingsDialog.h"
#include "ui/preferences/InlineConfirmation.h"
#include "ui/preferences/TurnOnMethod.h"
#include "ui/twofactor/TwoFactorDialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold {

namespace {

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessibleName);
    return b;
}

QTreeWidget* listView(QWidget* parent, const char* name, const QString& accessibleName,
                      const QStringList& columns)
{
    auto* view = new QTreeWidget(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setHeaderLabels(columns);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every column as wide as its header and its widest value, so no header is cut in any
    // language; the last one takes what is left.
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    view->setMaximumHeight(140);
    return view;
}

QLabel* sentence(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SecurityPane::SecurityPane(TwoFactorSettings& settings, QWidget* parent, Clock& clock)
    : QWidget(parent), m_settings(settings), m_clock(clock), m_banner(new MessageBanner(this)),
      m_summary(sentence(this, "summary")), m_localNote(sentence(this, "localNote")),
      m_policyNote(sentence(this, "policyNote")), m_confirmed(sentence(this, "passwordConfirmed")),
      m_confirm(new InlineConfirmation(this))
{
    setObjectName(QStringLiteral("securityPane"));
    m_banner->setObjectName(QStringLiteral("banner"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_localNote);
    layout->addWidget(m_policyNote);
    layout->addWidget(m_confirmed);
    layout->addWidget(m_confirm);
    layout->addWidget(makeMethodsBox());
    layout->addWidget(makePromptBox());
    layout->addWidget(makeRecoveryBox());
    layout->addWidget(makeTrustedBox());
    layout->addWidget(makeAppPasswordsBox());
    layout->addWidget(makeOtherBox());
    layout->addWidget(makeComputersBox());
    layout->addStretch(1);

    m_controls = {m_methods, m_askEvery,  m_askUnremembered, m_regenerate,
                  m_trusted, m_forgetAll, m_appPasswords,    m_addAppPassword,
                  m_revoke,  m_delivery,  m_changePassword,  m_confirm};
    connect(&m_settings, &TwoFactorSettings::changed, this, &SecurityPane::refresh);
    connect(&m_settings, &TwoFactorSettings::busyChanged, this, &SecurityPane::updateButtons);
    m_tick.setInterval(15'000);
    connect(&m_tick, &QTimer::timeout, this, &SecurityPane::updateConfirmation);
    m_tick.start();
    refresh();
}

QGroupBox* SecurityPane::makeMethodsBox()
{
    auto* box = new QGroupBox(tr("Sign-in methods"), this);
    m_methods = listView(box, "methods", tr("Sign-in methods"),
                         {tr("Method"), tr("State"), tr("Codes go to"), tr("Added"), tr("Default")});
    m_turnOn = button(box, tr("Turn &on…"), "turnOn", tr("Turn on"));
    m_turnOff = button(box, tr("Turn o&ff"), "turnOff", tr("Turn off"));
    m_makeDefault = button(box, tr("Set as &default"), "makeDefault", tr("Set as default"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_turnOn);
    buttons->addWidget(m_turnOff);
    buttons->addWidget(m_makeDefault);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_methods);
    layout->addLayout(buttons);
    connect(m_methods, &QTreeWidget::itemSelectionChanged, this, &SecurityPane::updateButtons);
    connect(m_turnOn, &QPushButton::clicked, this, &SecurityPane::turnOnSelected);
    connect(m_turnOff, &QPushButton::clicked, this, &SecurityPane::turnOffSelected);
    connect(m_makeDefault, &QPushButton::clicked, this, &SecurityPane::makeSelectedDefault);
    return box;
}

QGroupBox* SecurityPane::makePromptBox()
{
    auto* box = new QGroupBox(tr("When to ask for a code"), this);
    m_askEvery = new QRadioButton(tr("At &every sign-in"), box);
    m_askEvery->setObjectName(QStringLiteral("askEverySignIn"));
    m_askUnremembered = new QRadioButton(tr("Only on computers &not remembered in the last 30 days"), box);
    m_askUnremembered->setObjectName(QStringLiteral("askUnremembered"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_askEvery);
    layout->addWidget(m_askUnremembered);
    // clicked (not toggled): only what a person does asks for the password.
    connect(m_askEvery, &QRadioButton::clicked, this, [this] { choosePrompt(true); });
    connect(m_askUnremembered, &QRadioButton::clicked, this, [this] { choosePrompt(false); });
    return box;
}

QGroupBox* SecurityPane::makeRecoveryBox()
{
    auto* box = new QGroupBox(tr("Recovery codes"), this);
    m_recoveryLeft = sentence(box, "recoveryLeft");
    m_regenerate = button(box, tr("&Regenerate…"), "regenerate", tr("Regenerate recovery codes"));
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_recoveryLeft, 1);
    layout->addWidget(m_regenerate);
    connect(m_regenerate, &QPushButton::clicked, this, &SecurityPane::regenerateRecoveryCodes);
    return box;
}

QGroupBox* SecurityPane::makeTrustedBox()
{
    auto* box = new QGroupBox(tr("Remembered computers"), this);
    m_trusted = listView(box, "trusted", tr("Remembered computers"),
                         {tr("Computer"), tr("Remembered on"), tr("Last used"), tr("Until"), QString()});
    m_forgetAll = button(box, tr("Forget &all"), "forgetAll", tr("Forget all remembered computers"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_forgetAll);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_trusted);
    layout->addLayout(buttons);
    connect(m_forgetAll, &QPushButton::clicked, this, &SecurityPane::forgetAllComputers);
    return box;
}

QGroupBox* SecurityPane::makeAppPasswordsBox()
{
    auto* box = new QGroupBox(tr("App passwords"), this);
    auto* about = new QLabel(tr("For scripts and programs that cannot ask for a code: each opens the vault "
                                "without two-factor sign-in until it is revoked."),
                             box);
    about->setWordWrap(true);
    m_appPasswords =
        listView(box, "appPasswords", tr("App passwords"), {tr("Name"), tr("Created"), tr("Last used")});
    m_addAppPassword = button(box, tr("Add…"), "addAppPassword", tr("Add an app password"));
    m_revoke = button(box, tr("Re&voke"), "revokeAppPassword", tr("Revoke the app password"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addAppPassword);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(about);
    layout->addWidget(m_appPasswords);
    layout->addLayout(buttons);
    connect(m_appPasswords, &QTreeWidget::itemSelectionChanged, this, &SecurityPane::updateButtons);
    connect(m_addAppPassword, &QPushButton::clicked, this, &SecurityPane::addAppPassword);
    connect(m_revoke, &QPushButton::clicked, this, &SecurityPane::revokeSelectedAppPassword);
    return box;
}

QGroupBox* SecurityPane::makeOtherBox()
{
    auto* box = new QGroupBox(tr("Delivery and password"), this);
    m_deliveryState = sentence(box, "deliveryState");
    m_delivery = button(box, tr("Deli&very settings…"), "deliverySettings", tr("Delivery settings"));
    m_changePassword =
        button(box, tr("Change &master password…"), "changeMasterPassword", tr("Change master password"));
    auto* delivery = new QHBoxLayout;
    delivery->addWidget(m_deliveryState, 1);
    delivery->addWidget(m_delivery);
    auto* password = new QHBoxLayout;
    password->addStretch(1);
    password->addWidget(m_changePassword);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(delivery);
    layout->addLayout(password);
    m_deliveryBox = box;
    connect(m_delivery, &QPushButton::clicked, this, &SecurityPane::openDeliverySettings);
    connect(m_changePassword, &QPushButton::clicked, this, &SecurityPane::changeMasterPassword);
    return box;
}

// ---- actions ----

void SecurityPane::withPassword(std::function<void()> action)
{
    m_banner->dismiss();
    QPointer<SecurityPane> self(this);
    withConfirmedPassword(m_settings, window(), [self, action] {
        if (!self)
            return;
        self->updateConfirmation();
        action();
    });
}

std::function<void(Status)> SecurityPane::report(const QString& success)
{
    QPointer<SecurityPane> self(this);
    return [self, success](Status status) {
        if (!self)
            return;
        if (!status)
            self->showError(status.error().message);
        else if (!success.isEmpty())
            self->showInformation(success);
        self->refresh();
    };
}

void SecurityPane::turnOnSelected()
{
    const std::optional<SignInMethod> method = selectedMethod();
    if (!method)
        return;
    m_banner->dismiss();
    QPointer<SecurityPane> self(this);
    turnOnMethod(*method, m_settings, window(), [self, method](bool on) {
        if (!self)
            return;
        self->refresh();
        if (on)
            self->showInformation(tr("%1 is on.").arg(methodName(*method)));
    });
}

void SecurityPane::turnOffSelected()
{
    const std::optional<SignInMethod> method = selectedMethod();
    if (!method)
        return;
    const bool last = m_settings.status().methods.count() > 0 &&
                      std::count_if(m_settings.status().methods.begin(), m_settings.status().methods.end(),
                                    [](const MethodStatus& m) { return m.on; }) == 1;
    const QString question =
        last ? tr("Turn off %1? It is the last method: two-factor sign-in will be off and every remembered "
                  "computer forgotten.")
                   .arg(methodName(*method))
             : tr("Turn off %1? Every remembered computer will be forgotten.").arg(methodName(*method));
    m_confirm->ask(question, tr("Turn off"), [this, method] {
        withPassword([this, method] {
            m_settings.disable(*method, report(tr("%1 is off.").arg(methodName(*method))));
        });
    });
}

void SecurityPane::makeSelectedDefault()
{
    const std::optional<SignInMethod> method = selectedMethod();
    if (!method)
        return;
    withPassword([this, method] {
        m_settings.setDefaultMethod(*method,
                                    report(tr("%1 is now asked for first.").arg(methodName(*method))));
    });
}

void SecurityPane::choosePrompt(bool everySignIn)
{
    const SecondFactorPrompt prompt =
        everySignIn ? SecondFactorPrompt::EverySignIn : SecondFactorPrompt::UnrememberedComputers;
    refresh(); // show what is set until the change is made
    if (prompt == m_settings.status().prompt)
        return;
    withPassword([this, prompt] {
        m_settings.setPrompt(prompt, report(prompt == SecondFactorPrompt::EverySignIn
                                                ? tr("A code will be asked for at every sign-in.")
                                                : tr("Computers you choose to remember will not be "
                                                     "asked for a code for 30 days.")));
    });
}

void SecurityPane::regenerateRecoveryCodes()
{
    m_confirm->ask(tr("Make ten new recovery codes? The ones you have now will stop working."),
                   tr("Make new codes"), [this] {
                       withPassword([this] {
                           QPointer<SecurityPane> self(this);
                           m_settings.regenerateRecoveryCodes(
                               [self](Result<TwoFactorSettings::RecoveryCodes> codes) {
                                   if (!self)
                                       return;
                                   self->refresh();
                                   if (!codes)
                                       return self->showError(codes.error().message);
                                   openRecoveryCodes(std::move(codes).value(), self->window());
                               });
                       });
                   });
}

void SecurityPane::forgetAllComputers()
{
    m_confirm->ask(tr("Forget every remembered computer? Each will be asked for a code at its next sign-in."),
                   tr("Forget all"), [this] {
                       withPassword([this] {
                           m_settings.forgetTrustedComputers(report(tr("No computer is remembered now.")));
                       });
                   });
}

void SecurityPane::revokeComputer(const QByteArray& id, const QString& name)
{
    m_confirm->ask(tr("Revoke %1? It will be asked for a code at its next sign-in.").arg(name), tr("Revoke"),
                   [this, id, name] {
                       withPassword([this, id, name] {
                           m_settings.forgetTrustedComputer(
                               id, report(tr("%1 is no longer remembered.").arg(name)));
                       });
                   });
}

void SecurityPane::addAppPassword()
{
    withPassword([this] {
        auto* dialog = new AppPasswordDialog(m_settings, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void SecurityPane::revokeSelectedAppPassword()
{
    const QString name = selectedAppPassword();
    if (name.isEmpty())
        return;
    m_confirm->ask(
        tr("Revoke the app password \"%1\"? Programs using it will no longer open the vault.").arg(name),
        tr("Revoke"), [this, name] {
            withPassword([this, name] {
                m_settings.revokeAppPassword(name,
                                             report(tr("The app password \"%1\" was revoked.").arg(name)));
            });
        });
}

void SecurityPane::openDeliverySettings()
{
    withPassword([this] {
        auto* dialog = new DeliverySettingsDialog(m_settings, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<SecurityPane> self(this);
        connect(dialog, &QDialog::accepted, this, [self] {
            if (self)
                self->showInformation(tr("The delivery settings were saved."));
        });
        dialog->open();
    });
}

void SecurityPane::changeMasterPassword()
{
    withPassword([this] {
        auto* dialog = new ChangeMasterPasswordDialog(m_settings, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<SecurityPane> self(this);
        connect(dialog, &QDialog::accepted, this, [self] {
            if (self)
                self->showInformation(tr("The master password was changed. Every remembered computer was "
                                         "forgotten."));
        });
        dialog->open();
    });
}

// ---- what is shown ----

QString SecurityPane::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString SecurityPane::summaryText() const
{
    return m_summary->text();
}

QString SecurityPane::checkedWhereText() const
{
    return m_localNote->text();
}

QString SecurityPane::confirmationText() const
{
    return m_confirmed->isHidden() ? QString() : m_confirmed->text();
}

void SecurityPane::showError(const QString& sentence)
{
    m_banner->showMessage(sentence, MessageBanner::Kind::Error);
}

void SecurityPane::showInformation(const QString& sentence)
{
    m_banner->showMessage(sentence, MessageBanner::Kind::Information);
}

void SecurityPane::updateConfirmation()
{
    if (!m_settings.passwordConfirmed()) {
        m_confirmed->clear();
        m_confirmed->hide();
        return;
    }
    const qint64 msLeft = m_settings.passwordValidUntilMs() - m_clock.nowMs();
    const int minutes = int(std::max<qint64>(1, (msLeft + 59'999) / 60'000));
    // "%n minutes" reads right untranslated from 2 on; one has its own words.
    m_confirmed->setText(minutes == 1 ? tr("Password confirmed for one more minute.")
                                      : tr("Password confirmed for %n more minutes.", nullptr, minutes));
    m_confirmed->show();
}

} // namespace twofold
