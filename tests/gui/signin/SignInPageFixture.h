#pragma once
// Shared helpers for the sign-in window's tests: a page wired to a test Env (ManualClock,
// SeededRandom, a FileSecretStore in a temporary folder, a recording code sender unless told
// otherwise), and typing into it the way a person does, waiting on the session, never a fixed time.
#include "unit/auth/AuthFixture.h"

#include "ui/common/PasswordField.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/signin/UnlockPage.h"

#include <QAccessible>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

Q_DECLARE_METATYPE(std::shared_ptr<twofold::OpenVault>)

namespace twofold::test {

// What each SignInSession of the page gets: env's policy, secret store (when withStore) and
// sender (nullptr: real email and SMS delivery).
inline SignInOptions signInOptions(Env& env, bool withStore = true, std::shared_ptr<CodeSender> sender = {})
{
    SignInOptions o;
    o.policy = env.policy;
    o.secretStore = withStore ? &env.store : nullptr;
    o.sender = sender;
    o.computerName = QStringLiteral("test-pc");
    return o;
}

// A shown page for env's vault, following env's clock.
inline std::unique_ptr<UnlockPage> makePage(Env& env, SignInOptions options)
{
    auto page = std::make_unique<UnlockPage>(env.clock, env.random);
    page->setSignInOptions(std::move(options));
    page->setVaultPath(env.path);
    page->show();
    return page;
}

// Waits until the session has finished what it is doing (password, sending, checking).
inline bool settled(UnlockPage& page)
{
    return page.session() && !page.session()->isBusy();
}

// Types password into the field, presses Enter and waits for the outcome.
inline void typePassword(UnlockPage& page, const QString& password = QString::fromUtf8(kPassword))
{
    QLineEdit* field = page.passwordField()->lineEdit();
    field->selectAll();
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(page.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 10000);
}

// Types code into the code page's field, presses Enter and waits for the outcome.
inline void typeCode(UnlockPage& page, const QString& code)
{
    SecondFactorPage* second = page.secondFactorPage();
    QTRY_VERIFY(second->codeField()->isEnabled());
    second->codeField()->clear();
    QTest::keyClicks(second->codeField(), code);
    QTest::keyClick(second->codeField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(settled(page), 10000);
}

// The session's state, for QCOMPARE.
inline SignInSession::State stateOf(const UnlockPage& page)
{
    return page.session() ? page.session()->state() : SignInSession::State::NeedPassword;
}

// The controls of window a keyboard can reach that a screen reader could not name.
inline QStringList unnamedControls(QWidget* window)
{
    QStringList unnamed;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    return unnamed;
}

} // namespace twofold::test
