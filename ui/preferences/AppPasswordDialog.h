#pragma once
// AppPasswordDialog: a new app password (DESIGN.md 4.2) — a name first, then the password,
// shown once in a read-only field with Copy and a sentence saying it will not be shown again.
// Window-modal, opened with open(); the master password must already be confirmed.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace twofold {

class SecretClipboard;
class TwoFactorSettings;

class AppPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog.
    explicit AppPasswordDialog(TwoFactorSettings& settings, QWidget* parent = nullptr);
    ~AppPasswordDialog() override;

    // Makes the app password named by the name field; the secret page follows, or the core's
    // sentence (an empty or taken name) stays on the name page.
    void create();

    // True once the secret is shown.
    bool showsSecret() const;
    QString errorText() const;

signals:
    // The secret is on screen.
    void secretShown();

protected:
    void done(int result) override;

private:
    TwoFactorSettings& m_settings;
    QStackedWidget* m_pages;
    QLineEdit* m_name;
    QLabel* m_error;
    QPushButton* m_create;
    QLineEdit* m_secret;
    QPushButton* m_copy;
    QPushButton* m_done;
    SecretClipboard* m_clipboard;
};

} // namespace twofold
