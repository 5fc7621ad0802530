// TotpCodeWidget driven by a ManualClock: the code, its grouping, the countdown, the change at
// the step boundary, the warning in the last five seconds and what Copy hands out.
#include "ui/otp/CountdownRing.h"
#include "ui/otp/TotpCodeWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;

namespace {
// RFC 6238's SHA-1 seed "12345678901234567890" in base32; 6 digits unless said otherwise.
SecureBuffer rfcUri(const char* extra = "")
{
    return SecureBuffer::fromBytes(
        QByteArray("otpauth://totp/RFC:6238?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") + extra);
}
} // namespace

class TestTotpCodeWidget : public QObject
{
    Q_OBJECT
private slots:
    void showsTheGroupedCode()
    {
        ManualClock clock;
        clock.setSeconds(30); // step 1: RFC 4226 D count 1
        TotpCodeWidget widget(clock);
        widget.setUri(rfcUri());
        QVERIFY(widget.hasCode());
        QCOMPARE(widget.code(), u"287082"_s);
        QCOMPARE(widget.displayedCode(), u"287 082"_s);
        QCOMPARE(widget.findChild<QLabel*>(u"code"_s)->text(), u"287 082"_s);

        widget.setUri(rfcUri("&digits=8"));
        QCOMPARE(widget.displayedCode(), u"9428 7082"_s); // RFC 6238 B, 59 s: the same step
    }

    void countdown_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("secondsLeft");
        QTest::addColumn<bool>("warning");
        QTest::newRow("start of a step") << qint64(60'000) << 30 << false;
        QTest::newRow("mid-second counts as the second") << qint64(60'999) << 30 << false;
        QTest::newRow("six seconds left: no warning") << qint64(84'000) << 6 << false;
        QTest::newRow("five seconds left: warning") << qint64(85'000) << 5 << true;
        QTest::newRow("last second") << qint64(89'999) << 1 << true;
    }
    void countdown()
    {
        QFETCH(qint64, ms);
        QFETCH(int, secondsLeft);
        QFETCH(bool, warning);
        ManualClock clock(ms);
        TotpCodeWidget widget(clock);
        widget.setUri(rfcUri());
        QCOMPARE(widget.secondsLeft(), secondsLeft);
        QCOMPARE(widget.isWarning(), warning);
        auto* ring = widget.findChild<CountdownRing*>();
        QVERIFY(ring);
        QCOMPARE(ring->secondsLeft(), secondsLeft);
        QCOMPARE(ring->total(), 30);
        QCOMPARE(ring->isWarning(), warning);
        if (warning)
            QCOMPARE(widget.accessibleDescription(),
                     u"This code is about to change: wait for the next one before you type it."_s);
        else
            QCOMPARE(widget.accessibleDescription(), u"This code changes in %1 seconds."_s.arg(secondsLeft));
    }

    void codeChangesAtTheStepBoundary()
    {
        ManualClock clock(59'999);
        TotpCodeWidget widget(clock);
        widget.setUri(rfcUri());
        QCOMPARE(widget.code(), u"287082"_s); // step 1
        QVERIFY(widget.isWarning());
        clock.setMs(60'000);
        widget.refresh();
        QCOMPARE(widget.code(), u"359152"_s); // step 2
        QCOMPARE(widget.secondsLeft(), 30);
        QVERIFY(!widget.isWarning());
    }

    // Shown, the widget refreshes itself from its timer, still reading the injected clock.
    void refreshesOnItsOwnWhenShown()
    {
        ManualClock clock(59'000);
        TotpCodeWidget widget(clock);
        widget.setUri(rfcUri());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.code(), u"287082"_s);
        clock.setMs(61'000);
        QTRY_COMPARE_WITH_TIMEOUT(widget.code(), u"359152"_s, 5000);
        QCOMPARE(widget.secondsLeft(), 29);
    }

    void copyHandsOutTheCurrentDigits()
    {
        ManualClock clock(30'000);
        TotpCodeWidget widget(clock);
        QSignalSpy copied(&widget, &TotpCodeWidget::copyRequested);
        widget.setUri(rfcUri());
        clock.setMs(60'000); // the step changed since the last refresh
        auto* copy = widget.findChild<QPushButton*>(u"copyCode"_s);
        QVERIFY(copy && copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), u"359152"_s);
    }

    void badUriShowsTheSentence()
    {
        ManualClock clock(0);
        TotpCodeWidget widget(clock);
        widget.setUri(SecureBuffer::fromUtf8(u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=9"));
        QVERIFY(!widget.hasCode());
        QCOMPARE(widget.code(), QString());
        QCOMPARE(widget.errorText(),
                 u"This two-factor link cannot be used. The link asks for codes of “9” digits, "
                 u"but codes have 6, 7 or 8 digits."_s);
        QVERIFY(widget.findChild<QPushButton*>(u"copyCode"_s)->isHidden());
        widget.setUri(rfcUri()); // a good one after a bad one
        QVERIFY(widget.hasCode());
        QCOMPARE(widget.errorText(), QString());
    }

    void clearUriForgetsTheCode()
    {
        ManualClock clock(30'000);
        TotpCodeWidget widget(clock);
        widget.setUri(rfcUri());
        widget.clearUri();
        QVERIFY(!widget.hasCode());
        QCOMPARE(widget.code(), QString());
        QCOMPARE(widget.displayedCode(), QString());
        widget.refresh(); // nothing to refresh: no crash, still nothing
        QCOMPARE(widget.code(), QString());
    }

    void hotpShowsItsCounterCodeWithoutCountdown()
    {
        ManualClock clock(1'700'000'000'000);
        TotpCodeWidget widget(clock);
        widget.setUri(
            SecureBuffer::fromUtf8(u"otpauth://hotp/a?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=3"));
        QCOMPARE(widget.code(), u"969429"_s); // RFC 4226 D count 3
        QCOMPARE(widget.secondsLeft(), 0);
        QVERIFY(!widget.isWarning());
        QVERIFY(widget.findChild<CountdownRing*>()->isHidden());
    }
};

QTEST_MAIN(TestTotpCodeWidget)
#include "tst_totpcodewidget.moc"
