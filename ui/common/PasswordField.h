#pragma once
// PasswordField: a password line edit with a Show/Hide button beside it (reachable with Tab;
// Alt+S-style mnemonic free). Hidden by default. Under it, "Caps Lock is on" while the keys
// typed say so: a letter in upper case without Shift, or in lower case with Shift (portable:
// no platform API reads the Caps Lock state). A letter typed the other way hides it again.
#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace twofold {

class PasswordField : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordField(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* revealButton() const { return m_reveal; }
    QLabel* capsLockLabel() const { return m_capsLock; }

    // The typed text as UTF-8 in secure memory.
    SecureBuffer secret() const;
    // Replaces the text (the caller keeps and should wipe its own copy).
    void setSecret(const SecureBuffer& utf8);
    bool isEmpty() const;
    // Empties the field and hides it again.
    void clear();
    // Selects the whole text and focuses the field, for retyping.
    void selectForRetyping();

    // name: what the field is for ("Master password"); used for the field and the button.
    void setAccessibleNames(const QString& name);
    void setPlaceholderText(const QString& text);

    bool isRevealed() const;
    void setRevealed(bool revealed);

    // True while the "Caps Lock is on" warning shows (the last letter typed said so).
    bool isCapsLockWarningShown() const { return m_capsLockOn; }

signals:
    void edited();
    void returnPressed();
    void capsLockWarningChanged(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setCapsLockWarning(bool shown);

    QLineEdit* m_edit;
    QToolButton* m_reveal;
    QLabel* m_capsLock;
    QString m_name;
    bool m_capsLockOn = false;
};

} // namespace twofold
