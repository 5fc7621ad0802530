#include "delivery/PhoneNumber.h"

#include <QTest>

using namespace twofold;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    // DESIGN.md section 5: the three ways of typing a UK mobile number, and others.
    void parsesMobileNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("international");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("numberRegion");
        QTest::addColumn<int>("callingCode");

        const QString uk = QStringLiteral("+447123456789");
        const QString ukShown = QStringLiteral("+44 7123 456789");
        const QString ukMasked = QStringLiteral("+44 •••• ••6789");
        QTest::newRow("GB national, GB") << "07123 456 789"
                                         << "GB" << uk << ukShown << ukMasked << "GB" << 44;
        QTest::newRow("international, US") << "+44 7123 456789"
                                           << "US" << uk << ukShown << ukMasked << "GB" << 44;
        QTest::newRow("dialled from the US") << "011 44 7123 456789"
                                             << "US" << uk << ukShown << ukMasked << "GB" << 44;
        QTest::newRow("international, no region") << "+44 7123 456789"
                                                  << "" << uk << ukShown << ukMasked << "GB" << 44;
        QTest::newRow("lower-case region") << "07123456789"
                                           << "gb" << uk << ukShown << ukMasked << "GB" << 44;
        QTest::newRow("dashes and brackets") << "(07123) 456-789"
                                             << "GB" << uk << ukShown << ukMasked << "GB" << 44;
        QTest::newRow("US fixed line or mobile") << "(201) 555-0123"
                                                 << "US"
                                                 << "+12015550123"
                                                 << "+1 201-555-0123"
                                                 << "+1 •••-•••-0123"
                                                 << "US" << 1;
        QTest::newRow("DE mobile") << "01512 3456789"
                                   << "DE"
                                   << "+4915123456789"
                                   << "+49 1512 3456789"
                                   << "+49 •••• •••6789"
                                   << "DE" << 49;
        QTest::newRow("FR mobile") << "06 12 34 56 78"
                                   << "FR"
                                   << "+33612345678"
                                   << "+33 6 12 34 56 78"
                                   << "+33 • •• •• 56 78"
                                   << "FR" << 33;
        QTest::newRow("AU mobile, stored form") << "+61412345678"
                                                << ""
                                                << "+61412345678"
                                                << "+61 412 345 678"
                                                << "+61 ••• ••5 678"
                                                << "AU" << 61;
    }
    void parsesMobileNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        const Result<PhoneNumber> number = PhoneNumber::parse(input, region);
        QVERIFY2(number.ok(), number.ok() ? "" : qPrintable(number.error().message));
        QTEST(number->e164(), "e164");
        QTEST(number->international(), "international");
        QTEST(number->masked(), "masked");
        QTEST(number->regionCode(), "numberRegion");
        QTEST(number->callingCode(), "callingCode");

        const Result<PhoneNumber> stored = PhoneNumber::fromE164(number->e164());
        QVERIFY(stored.ok());
        QVERIFY(*stored == *number);
    }

    // Each refusal is one sentence that says what is wrong.
    void refusesWithASentence_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("sentence");

        QTest::newRow("empty") << ""
                               << "GB"
                               << "Enter a phone number.";
        QTest::newRow("blank") << "   "
                               << "GB"
                               << "Enter a phone number.";
        QTest::newRow("words")
            << "call me"
            << "GB"
            << "\"call me\" is not a phone number: use digits and spaces, with a + before the "
               "country code.";
        QTest::newRow("extension")
            << "07123 456789 ext 12"
            << "GB"
            << "\"07123 456789 ext 12\" is not a phone number: use digits and spaces, with a + "
               "before the country code.";
        QTest::newRow("a lone plus")
            << "+"
            << "GB"
            << "\"+\" is not a phone number: use digits and spaces, with a + before the "
               "country code.";
        QTest::newRow("no country")
            << "07123 456 789"
            << ""
            << "Pick the country of \"07123 456 789\", or type it with + and its country code.";
        QTest::newRow("unknown country code")
            << "+999 123 456"
            << "GB"
            << "\"+999 123 456\" starts with a country code that does not exist: "
               "check the digits after the +.";
        QTest::newRow("too short")
            << "12"
            << "GB"
            << "\"12\" has too few digits for a number with country code +44 (United Kingdom): "
               "type the whole number, with its area or mobile prefix.";
        QTest::newRow("too short after +")
            << "+44 1"
            << ""
            << "\"+44 1\" has too few digits for a phone number: type the whole "
               "number, with its area or mobile prefix.";
        QTest::newRow("too long")
            << "+44 7123 4567890"
            << "GB"
            << "\"+44 7123 4567890\" has too many digits for a number with country code +44 "
               "(United Kingdom).";
        QTest::newRow("far too long")
            << "0712345678901234567"
            << "GB"
            << "\"0712345678901234567\" has too many digits for a number with country code "
               "+44 (United Kingdom).";
        QTest::newRow("not valid")
            << "07123 45678"
            << "GB"
            << "\"07123 45678\" is not a valid number with country code +44 (United Kingdom): "
               "check the digits.";
        QTest::newRow("landline") << "020 7946 0018"
                                  << "GB"
                                  << "+44 20 7946 0018 is a landline number: SMS codes need a mobile number.";
        QTest::newRow("toll-free")
            << "0800 123 4567"
            << "GB"
            << "+44 800 123 4567 is a toll-free number, which cannot receive SMS: use a mobile "
               "number.";
        QTest::newRow("US toll-free")
            << "+1 800 555 0199"
            << "US"
            << "+1 800-555-0199 is a toll-free number, which cannot receive SMS: use a "
               "mobile number.";
        QTest::newRow("premium-rate")
            << "0906 123 4567"
            << "GB"
            << "+44 906 123 4567 is a premium-rate number, which cannot receive SMS: use a "
               "mobile number.";
        QTest::newRow("VoIP")
            << "056 1234 5678"
            << "GB"
            << "+44 56 1234 5678 is an internet (VoIP) number, which does not receive SMS codes "
               "reliably: use a mobile number.";
        QTest::newRow("personal")
            << "070 1234 5678"
            << "GB"
            << "+44 70 1234 5678 is a personal forwarding number, which cannot receive SMS: use "
               "the mobile number it forwards to.";
        QTest::newRow("pager")
            << "07623 123456"
            << "GB"
            << "+44 76 2312 3456 is a pager number, which cannot receive SMS: use a mobile number.";
        QTest::newRow("switchboard")
            << "0300 123 4567"
            << "GB"
            << "+44 300 123 4567 is a company switchboard number, which cannot receive SMS: "
               "use a mobile number.";
    }
    void refusesWithASentence()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        const Result<PhoneNumber> number = PhoneNumber::parse(input, region);
        QVERIFY(!number.ok());
        QCOMPARE(number.error().code, ErrorCode::InvalidInput);
        QTEST(number.error().message, "sentence");
    }

    void countriesForAPicker()
    {
        const QList<Country> countries = PhoneNumber::countries();
        QVERIFY(countries.size() > 200);
        const auto uk = std::find_if(countries.cbegin(), countries.cend(),
                                     [](const Country& c) { return c.regionCode == QLatin1String("GB"); });
        QVERIFY(uk != countries.cend());
        QCOMPARE(uk->name, QStringLiteral("United Kingdom"));
        QCOMPARE(uk->callingCode, 44);
        for (qsizetype i = 1; i < countries.size(); ++i)
            QVERIFY2(QString::localeAwareCompare(countries[i - 1].name, countries[i].name) <= 0,
                     qPrintable(countries[i].name));
        QCOMPARE(PhoneNumber::callingCodeForRegion(u"us"), 1);
        QCOMPARE(PhoneNumber::callingCodeForRegion(u"XX"), 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
