#pragma once
// Master-password rules (NIST SP 800-63B, OWASP ASVS 5.0 section 6.2): at least 8
// characters, any Unicode, no composition rules, refused when it is among the most common
// passwords. Strength is estimated with zxcvbn.
#include <QString>
#include <QStringList>

namespace twofold {

inline constexpr int kMinMasterPasswordLength = 8;

struct PasswordStrength
{
    int score = 0;           // 0 (very weak) .. 4 (very strong), as zxcvbn
    double entropyBits = 0;  // zxcvbn's estimate
    bool acceptable = false; // may be used as a master password
    QString verdict;         // plain words: why it is weak, or that it is fine
};

// Rates password. userWords (vault name, e-mail) count as especially guessable.
// Length is counted in Unicode code points.
PasswordStrength ratePassword(const QString& password, const QStringList& userWords = {});

} // namespace twofold
