#pragma once
// A mobile phone number that can receive SMS codes, parsed and checked with libphonenumber.
// Instances are immutable and always valid: the only way to get one is parse() or fromE164().
#include "common/Result.h"

#include <QList>
#include <QString>

namespace twofold {

// One line of a country picker.
struct Country
{
    QString regionCode;  // ISO 3166-1 alpha-2, "GB"
    QString name;        // "United Kingdom" (QLocale's English territory name)
    int callingCode = 0; // 44
};

class PhoneNumber final
{
public:
    // Reads a number as a person types it, dialled from regionCode (ISO 3166-1 alpha-2, any
    // case; may be empty when the number starts with + and its country code). "07123 456 789"
    // with GB, "+44 7123 456789" with any region and "011 44 7123 456789" with US all give
    // +447123456789. Refuses with ErrorCode::InvalidInput and a sentence saying what is wrong:
    // empty input, letters or other non-number text, an unknown country code or region, too
    // few or too many digits, a number that is not valid where it belongs, and a number that
    // cannot receive SMS (landline, toll-free, premium-rate, shared-cost, VoIP, personal,
    // pager, UAN, voicemail). Accepts mobile and "fixed line or mobile" numbers (US, CA…).
    static Result<PhoneNumber> parse(QStringView input, QStringView regionCode);
    // Reads a stored E.164 number ("+447123456789") with the same checks.
    static Result<PhoneNumber> fromE164(QStringView e164) { return parse(e164, {}); }

    // "+447123456789": how the number is stored and sent to a gateway.
    const QString& e164() const { return m_e164; }
    // "+44 7123 456789": how the number is shown before sending (DESIGN.md J3c).
    const QString& international() const { return m_international; }
    // "+44 •••• ••6789": the country code and the last four digits, as the sign-in page shows.
    QString masked() const;
    // "GB": the region the number belongs to.
    const QString& regionCode() const { return m_regionCode; }
    // 44
    int callingCode() const { return m_callingCode; }

    friend bool operator==(const PhoneNumber& a, const PhoneNumber& b) { return a.m_e164 == b.m_e164; }

    // Every region libphonenumber knows, with its name and calling code, sorted by name.
    static QList<Country> countries();
    // The calling code of a region ("GB" → 44), 0 for a region libphonenumber does not know.
    static int callingCodeForRegion(QStringView regionCode);
    // The region's name for sentences and pickers ("GB" → "United Kingdom"); the code itself
    // when QLocale has no name for it.
    static QString regionName(QStringView regionCode);

private:
    PhoneNumber() = default;

    QString m_e164;
    QString m_international;
    QString m_regionCode;
    int m_callingCode = 0;
};

} // namespace twofold
