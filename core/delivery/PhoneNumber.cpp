#include "delivery/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>
#include <string>

namespace twofold {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS; a free tr() would lose it.
struct PhoneNumberText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::PhoneNumber)
};

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;

Error refused(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}

// Digits, spaces and the punctuation people put in numbers; anything else (letters, an
// extension) means the text is not a number we can send SMS to.
bool looksLikeNumberText(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit() || c.isSpace() || QStringView(u"+-()./\u2010\u2011\u2012\u2013").contains(c))
            continue;
        return false;
    }
    return true;
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// "+44 (United Kingdom)" for sentences; empty when the calling code is not known.
QString countryPhrase(int callingCode, const QString& regionCode)
{
    if (callingCode <= 0)
        return {};
    std::string region = regionCode.toStdString();
    if (region.empty() || region == "ZZ")
        PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(callingCode, &region);
    if (region.empty() || region == "ZZ" || region == "001")
        return QStringLiteral("+%1").arg(callingCode);
    return QStringLiteral("+%1 (%2)")
        .arg(QString::number(callingCode), PhoneNumber::regionName(fromStd(region)));
}

// The country phrase of a parsed but possibly invalid number.
QString countryPhraseFor(const LibPhoneNumber& number)
{
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(number, &region);
    return countryPhrase(int(number.country_code()), fromStd(region));
}

Error tooShort(const QString& shown, const QString& country)
{
    if (country.isEmpty())
        return refused(
            PhoneNumberText::tr(
                "\"%1\" has too few digits for a phone number: type the whole number, with its area or "
                "mobile prefix.")
                .arg(shown));
    return refused(
        PhoneNumberText::tr(
            "\"%1\" has too few digits for a number with country code %2: type the whole number, with "
            "its area or mobile prefix.")
            .arg(shown, country));
}

Error tooLong(const QString& shown, const QString& country)
{
    if (country.isEmpty())
        return refused(PhoneNumberText::tr("\"%1\" has too many digits for a phone number.").arg(shown));
    return refused(PhoneNumberText::tr("\"%1\" has too many digits for a number with country code %2.")
                       .arg(shown, country));
}

Error cannotReceiveSms(PhoneNumberUtil::PhoneNumberType type, const QString& number)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return refused(
            PhoneNumberText::tr("%1 is a landline number: SMS codes need a mobile number.").arg(number));
    case PhoneNumberUtil::TOLL_FREE:
        return refused(
            PhoneNumberText::tr("%1 is a toll-free number, which cannot receive SMS: use a mobile number.")
                .arg(number));
    case PhoneNumberUtil::PREMIUM_RATE:
        return refused(
            PhoneNumberText::tr("%1 is a premium-rate number, which cannot receive SMS: use a mobile number.")
                .arg(number));
    case PhoneNumberUtil::SHARED_COST:
        return refused(
            PhoneNumberText::tr("%1 is a shared-cost number, which cannot receive SMS: use a mobile number.")
                .arg(number));
    case PhoneNumberUtil::VOIP:
        return refused(
            PhoneNumberText::tr(
                "%1 is an internet (VoIP) number, which does not receive SMS codes reliably: use a "
                "mobile number.")
                .arg(number));
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return refused(
            PhoneNumberText::tr(
                "%1 is a personal forwarding number, which cannot receive SMS: use the mobile number "
                "it forwards to.")
                .arg(number));
    case PhoneNumberUtil::PAGER:
        return refused(
            PhoneNumberText::tr("%1 is a pager number, which cannot receive SMS: use a mobile number.")
                .arg(number));
    case PhoneNumberUtil::UAN:
        return refused(
            PhoneNumberText::tr(
                "%1 is a company switchboard number, which cannot receive SMS: use a mobile number.")
                .arg(number));
    case PhoneNumberUtil::VOICEMAIL:
        return refused(PhoneNumberText::tr(
                           "%1 is a voicemail access number, which cannot receive SMS: use a mobile number.")
                           .arg(number));
    default:
        return refused(
            PhoneNumberText::tr("%1 does not look like a mobile number: SMS codes need a mobile number.")
                .arg(number));
    }
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(QStringView input, QStringView regionCode)
{
    const QString shown = input.toString().simplified();
    if (shown.isEmpty())
        return refused(PhoneNumberText::tr("Enter a phone number."));
    const Error notANumber =
        refused(PhoneNumberText::tr(
                    "\"%1\" is not a phone number: use digits and spaces, with a + before the country code.")
                    .arg(shown));
    if (!looksLikeNumberText(shown))
        return notANumber;

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QString region = regionCode.toString().toUpper();
    LibPhoneNumber number;
    switch (util->Parse(shown.toStdString(), region.isEmpty() ? std::string("ZZ") : region.toStdString(),
                        &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (shown.startsWith(u'+'))
            return refused(
                PhoneNumberText::tr(
                    "\"%1\" starts with a country code that does not exist: check the digits after the +.")
                    .arg(shown));
        return refused(
            PhoneNumberText::tr("Pick the country of \"%1\", or type it with + and its country code.")
                .arg(shown));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return tooShort(shown, shown.startsWith(u'+') ? QString()
                                                      : countryPhrase(callingCodeForRegion(region), region));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return tooLong(shown, shown.startsWith(u'+') ? QString()
                                                     : countryPhrase(callingCodeForRegion(region), region));
    default:
        return notANumber;
    }

    const QString where = countryPhraseFor(number);
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return tooShort(shown, where);
    case PhoneNumberUtil::TOO_LONG:
        return tooLong(shown, where);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return refused(
            PhoneNumberText::tr(
                "\"%1\" starts with a country code that does not exist: check the digits after the +.")
                .arg(shown));
    default:
        return refused(
            PhoneNumberText::tr(
                "\"%1\" does not have the right number of digits for a number with country code %2.")
                .arg(shown, where));
    }
    if (!util->IsValidNumber(number))
        return refused(
            PhoneNumberText::tr("\"%1\" is not a valid number with country code %2: check the digits.")
                .arg(shown, where));

    std::string e164;
    std::string international;
    std::string numberRegion;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    util->GetRegionCodeForNumber(number, &numberRegion);

    const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(number);
    if (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        return cannotReceiveSms(type, fromStd(international));

    PhoneNumber result;
    result.m_e164 = fromStd(e164);
    result.m_international = fromStd(international);
    result.m_regionCode = fromStd(numberRegion);
    result.m_callingCode = int(number.country_code());
    return result;
}

QString PhoneNumber::masked() const
{
    const qsizetype space = m_international.indexOf(u' ');
    if (space < 0)
        return m_international;
    QString rest = m_international.mid(space);
    qsizetype digitsToHide =
        std::count_if(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); }) - 4;
    for (QChar& c : rest) {
        if (digitsToHide <= 0)
            break;
        if (c.isDigit()) {
            c = QChar(0x2022); // •
            --digitsToHide;
        }
    }
    return m_international.left(space) + rest;
}

QList<Country> PhoneNumber::countries()
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    QList<Country> list;
    list.reserve(qsizetype(regions.size()));
    for (const std::string& region : regions) {
        Country country;
        country.regionCode = fromStd(region);
        country.name = regionName(country.regionCode);
        country.callingCode = util->GetCountryCodeForRegion(region);
        list.append(country);
    }
    std::sort(list.begin(), list.end(), [](const Country& a, const Country& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

int PhoneNumber::callingCodeForRegion(QStringView regionCode)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(
        regionCode.toString().toUpper().toStdString());
}

QString PhoneNumber::regionName(QStringView regionCode)
{
    const QString code = regionCode.toString().toUpper();
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

} // namespace twofold
