#include "ui/account/ServerChoicePage.h"

#include "ui/account/AccountWidgets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold {

ServerChoicePage::ServerChoicePage(QWidget* parent)
    : QWidget(parent), m_create(new QPushButton(tr("&Create an account…"), this)),
      m_signIn(new QPushButton(tr("&Sign in to an account…"), this)),
      m_back(new QPushButton(tr("&Back"), this))
{
    auto* heading = pageHeading(tr("Use a Twofold server"), this);
    auto* intro = sentenceLine(tr("About server accounts"), this);
    intro->setText(
        tr("For several computers or an organisation. The server checks your second factor and "
           "holds a share of your vault's key, so a copy of the vault file opens nothing without it. "
           "Your master password and your account key never leave your computers."));
    auto* createAbout = sentenceLine(tr("About creating an account"), this);
    createAbout->setText(tr("New on this server: make your account, your vault and its emergency kit."));
    auto* signInAbout = sentenceLine(tr("About signing in"), this);
    signInAbout->setText(tr("You have an account: open your vault on this computer too."));

    m_create->setObjectName(QStringLiteral("createAccount"));
    m_create->setAccessibleName(tr("Create an account"));
    m_create->setAccessibleDescription(createAbout->text());
    m_signIn->setObjectName(QStringLiteral("signInToAccount"));
    m_signIn->setAccessibleName(tr("Sign in to an account"));
    m_signIn->setAccessibleDescription(signInAbout->text());
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setAccessibleName(tr("Back to creating a vault on this computer"));

    auto* choices = new QGridLayout;
    choices->addWidget(m_create, 0, 0);
    choices->addWidget(createAbout, 0, 1);
    choices->addWidget(m_signIn, 1, 0);
    choices->addWidget(signInAbout, 1, 1);
    choices->setColumnStretch(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(choices);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_create, m_signIn);
    setTabOrder(m_signIn, m_back);
    setFocusProxy(m_create);

    connect(m_create, &QPushButton::clicked, this, &ServerChoicePage::createAccountRequested);
    connect(m_signIn, &QPushButton::clicked, this, &ServerChoicePage::signInRequested);
    connect(m_back, &QPushButton::clicked, this, &ServerChoicePage::backRequested);
}

} // namespace twofold
