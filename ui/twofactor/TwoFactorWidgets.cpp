#include "ui/twofactor/TwoFactorWidgets.h"

#include <QFontDatabase>
#include <QLabel>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace twofold {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFont codeFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

CodeField::CodeField(int maxDigits, QWidget* parent) : QLineEdit(parent), m_maxDigits(maxDigits)
{
    // Digits, with single spaces or dashes between groups, as people copy them from a mail.
    const QString pattern = QStringLiteral("[ ]*(\\d[ -]?){0,%1}").arg(maxDigits);
    setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), this));
    setFont(codeFont());
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    //: The placeholder of the field a 6-digit one-time code is typed into.
    setPlaceholderText(tr("123 456"));
    setMaxLength(maxDigits * 2 + 4);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * (maxDigits + 6));
}

SecureBuffer CodeField::code() const
{
    QString digits;
    for (QChar c : text())
        if (c.isDigit())
            digits.append(c);
    SecureBuffer code = SecureBuffer::fromUtf8(digits);
    twofold::wipe(digits);
    return code;
}

int CodeField::digitCount() const
{
    int count = 0;
    for (QChar c : text())
        count += c.isDigit() ? 1 : 0;
    return count;
}

void CodeField::wipe()
{
    QString old = text();
    clear();
    twofold::wipe(old);
}

} // namespace twofold
