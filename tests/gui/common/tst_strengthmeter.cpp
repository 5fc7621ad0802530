// StrengthMeter and PasswordField: the verdict a person sees while choosing a master password.
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace twofold;

class TestStrengthMeter : public QObject
{
    Q_OBJECT
private slots:
    void verdict_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("verdictContains");
        QTest::newRow("too short") << QStringLiteral("abc12") << false << QStringLiteral("Too short");
        QTest::newRow("password1 is common")
            << QStringLiteral("password1") << false << QStringLiteral("guess");
        QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple mango") << true
                                    << QStringLiteral("hard to guess");
    }
    void verdict()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        QFETCH(QString, verdictContains);
        StrengthMeter meter;
        QSignalSpy rated(&meter, &StrengthMeter::rated);
        meter.setPassword(password);
        QCOMPARE(rated.count(), 1);
        QCOMPARE(rated.at(0).at(0).toBool(), acceptable);
        QCOMPARE(meter.acceptable(), acceptable);
        QVERIFY2(meter.verdictText().contains(verdictContains), qPrintable(meter.verdictText()));
    }

    void emptyIsNotAcceptableAndExplainsTheRule()
    {
        StrengthMeter meter;
        meter.setPassword(QStringLiteral("correct horse battery staple mango"));
        QVERIFY(meter.acceptable());
        meter.setPassword(QString());
        QVERIFY(!meter.acceptable());
        QVERIFY(meter.verdictText().contains(QStringLiteral("at least 8 characters")));
    }

    void passwordFieldHidesUntilShown()
    {
        PasswordField field;
        field.setAccessibleNames(QStringLiteral("Master password"));
        field.show();
        QTest::keyClicks(field.lineEdit(), QStringLiteral("s3cret pass"));
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(field.secret().equals(QByteArrayView("s3cret pass")));
        QTest::mouseClick(field.revealButton(), Qt::LeftButton);
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(field.revealButton()->accessibleName(), QStringLiteral("Hide Master password"));
        QTest::mouseClick(field.revealButton(), Qt::LeftButton);
        QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);
        field.clear();
        QVERIFY(field.isEmpty());
    }
};

QTEST_MAIN(TestStrengthMeter)
#include "tst_strengthmeter.moc"
