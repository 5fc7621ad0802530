#pragma once
// Small pieces the two-factor dialogs share: a wrapped label, the fixed-width font of codes
// and keys, and the field a one-time code is typed into.
#include "crypto/SecureBuffer.h"

#include <QFont>
#include <QLineEdit>

class QLabel;

namespace twofold {

// A label that wraps its text (instructions, sentences).
QLabel* wrappedLabel(const QString& text, QWidget* parent);
// The system's fixed-width font, for codes and setup keys.
QFont codeFont();

// CodeField: where a one-time code is typed. Takes digits with spaces or dashes between them
// ("123 456" works as well as "123456"), at most maxDigits digits, in the code font.
class CodeField : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeField(int maxDigits = 6, QWidget* parent = nullptr);

    // The digits typed, without spaces or dashes, as UTF-8 in secure memory.
    SecureBuffer code() const;
    // The number of digits typed.
    int digitCount() const;
    // True when exactly maxDigits digits are typed.
    bool isComplete() const { return digitCount() == m_maxDigits; }
    // Empties the field (its text is wiped).
    void wipe();

private:
    int m_maxDigits;
};

} // namespace twofold
