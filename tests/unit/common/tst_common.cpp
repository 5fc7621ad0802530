#include "common/Clock.h"
#include "common/Random.h"
#include "common/Result.h"

#include <QTest>

using namespace twofold;

class TestCommon : public QObject
{
    Q_OBJECT
private slots:
    void resultCarriesValueOrError()
    {
        Result<int> ok = 42;
        QVERIFY(ok.ok());
        QCOMPARE(*ok, 42);
        Result<int> bad = Error(ErrorCode::WrongPassword, QStringLiteral("Nope."));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::WrongPassword);
        QCOMPARE(bad.error().message, QStringLiteral("Nope."));
        Status fine;
        QVERIFY(fine.ok());
    }

    void exitStatus_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong password") << int(ErrorCode::WrongPassword) << 2;
        QTest::newRow("wrong code") << int(ErrorCode::WrongCode) << 2;
        QTest::newRow("code required") << int(ErrorCode::CodeRequired) << 2;
        QTest::newRow("locked out") << int(ErrorCode::LockedOut) << 3;
        QTest::newRow("damaged") << int(ErrorCode::FileDamaged) << 4;
        QTest::newRow("locked file") << int(ErrorCode::FileLocked) << 4;
        QTest::newRow("disk full") << int(ErrorCode::DiskFull) << 4;
        QTest::newRow("bad input") << int(ErrorCode::InvalidInput) << 1;
    }
    void exitStatus()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QCOMPARE(exitStatusFor(ErrorCode(code)), status);
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(1000);
        QCOMPARE(clock.nowMs(), 1000);
        clock.advanceSeconds(30);
        QCOMPARE(clock.nowSeconds(), 31);
        QVERIFY(systemClock().nowSeconds() > 1700000000);
    }

    void seededRandomIsRepeatableAndUniform()
    {
        SeededRandom a(7), b(7), c(8);
        QByteArray x(32, 0), y(32, 0), z(32, 0);
        a.fill(x.data(), 32);
        b.fill(y.data(), 32);
        c.fill(z.data(), 32);
        QCOMPARE(x, y);
        QVERIFY(x != z);
        QByteArray next(32, 0);
        a.fill(next.data(), 32);
        QVERIFY(next != x); // each call draws fresh bytes
        int counts[6] = {};
        for (int i = 0; i < 6000; ++i)
            ++counts[a.uniform(6)];
        for (int n : counts)
            QVERIFY2(n > 800 && n < 1200, "uniform() is far from uniform");
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
