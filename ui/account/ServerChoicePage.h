#pragma once
// ServerChoicePage: what "Use a Twofold server" on the first-run page leads to — what a server
// account changes (the server checks the second factor, so a copy of the file opens nothing
// without it), then Create an account, Sign in to an account, or Back to a vault on this
// computer alone.
#include <QWidget>

class QPushButton;

namespace twofold {

class ServerChoicePage : public QWidget
{
    Q_OBJECT
public:
    explicit ServerChoicePage(QWidget* parent = nullptr);

    QPushButton* createButton() const { return m_create; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* backButton() const { return m_back; }

signals:
    void createAccountRequested();
    void signInRequested();
    void backRequested();

private:
    QPushButton* m_create;
    QPushButton* m_signIn;
    QPushButton* m_back;
};

} // namespace twofold
