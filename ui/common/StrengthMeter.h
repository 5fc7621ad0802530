#pragma once
// StrengthMeter: a bar and the plain-words verdict of twofold::ratePassword(), for a master
// password being chosen. Feed it every edit (setPassword); it says whether the password may
// be used (acceptable()). The room under the bar never shrinks while the width stays the same,
// so the fields below it stay where a person is about to click.
#include "crypto/PasswordStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace twofold {

class StrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    // Rates password (with userWords counting as especially guessable) and shows the result.
    // An empty password shows an empty bar and a hint of the rules, and is not acceptable.
    void setPassword(const QString& password, const QStringList& userWords = {});

    const PasswordStrength& strength() const { return m_strength; }
    bool acceptable() const { return m_strength.acceptable; }
    // The sentence shown under the bar.
    QString verdictText() const;

signals:
    // After each setPassword().
    void rated(bool acceptable);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void display(const PasswordStrength& strength, bool empty);
    void reserveRoom();

    QProgressBar* m_bar;
    QLabel* m_verdict;
    PasswordStrength m_strength;
    int m_reservedWidth = 0;  // the verdict's width m_reservedHeight was found at
    int m_reservedHeight = 0; // the tallest verdict shown at that width
};

} // namespace twofold
