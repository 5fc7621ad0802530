#pragma once
// PasswordField: a password line edit with a Show/Hide button beside it (reachable with Tab;
// Alt+S-style mnemonic free). Hidden by default.
#include "crypto/SecureBuffer.h"

#include <QWidget>

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

signals:
    void edited();
    void returnPressed();

private:
    QLineEdit* m_edit;
    QToolButton* m_reveal;
    QString m_name;
};

} // namespace twofold
