// The emergency kit of a new server account (issue 12): the PDF it saves really holds the account
// key, the server and the email (read back through the fonts' character maps), printing goes
// through the same pages, a file that cannot be written is a sentence; the dialog cannot be left
// before "I have saved my emergency kit" is ticked, is reachable by keyboard, names every
// control, saves through its own file dialog, and wipes the key when it closes.
#include "gui/LayoutCheck.h"
#include "gui/account/PdfText.h"

#include "ui/account/EmergencyKit.h"
#include "ui/account/EmergencyKitDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QString kServer = QStringLiteral("https://sign-in.example.org");
const QString kEmail = QStringLiteral("jo.lee@example.com");
const QString kKey = QStringLiteral("TF1-ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH");
const QString kOtherKey = QStringLiteral("TF1-ZZZZZ-YYYYY-XXXXX-WWWWW-VVVVV-UUUUU-TTTTT-SSSSS");

EmergencyKit kit(const QString& key = kKey)
{
    return EmergencyKit(kServer, kEmail, SecureBuffer::fromUtf8(key), QDate(2026, 12, 3));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> T* shownDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    return nullptr;
}
} // namespace

class TestEmergencyKit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The checks every kit PDF must pass; the text it shows is returned.
    static QString checkPdf(const QString& path)
    {
        const QByteArray pdf = readAll(path);
        if (!pdf.startsWith("%PDF-") || !pdf.trimmed().endsWith("%%EOF") || pdf.size() < 2000)
            return QStringLiteral("not a whole PDF (%1 bytes)").arg(pdf.size());
        return pdfText(pdf);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void pdfHoldsTheKeyTheServerAndTheEmail()
    {
        const QString path = m_dir.filePath(QStringLiteral("kit.pdf"));
        const Status saved = kit().saveAsPdf(path);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        const QString text = checkPdf(path);
        QVERIFY2(text.contains(kKey), qPrintable(text));
        QVERIFY2(text.contains(kServer), qPrintable(text));
        QVERIFY2(text.contains(kEmail), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Twofoldemergencykit")));
        QVERIFY(!text.contains(kOtherKey)); // the reading is not vacuous: only the key drawn is found
        // Only its owner may read it.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void anotherKeyGivesAnotherPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.pdf"));
        QVERIFY(kit(kOtherKey).saveAsPdf(path).ok());
        const QString text = checkPdf(path);
        QVERIFY2(text.contains(kOtherKey), qPrintable(text));
        QVERIFY(!text.contains(kKey));
    }

    void printingLaysOutTheSamePages()
    {
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        kit().print(printer);
        const QString text = checkPdf(path);
        QVERIFY2(text.contains(kKey), qPrintable(text));
        QVERIFY(text.contains(kEmail));
    }

    void unwritablePlaceIsASentence()
    {
        const QString path = m_dir.filePath(QStringLiteral("no such folder/kit.pdf"));
        const Status saved = kit().saveAsPdf(path);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(QStringLiteral("Could not save the emergency kit as ")),
                 qPrintable(saved.error().message));
        QVERIFY(saved.error().message.contains(QStringLiteral("no such folder")));
        QVERIFY(!QFile::exists(path));
    }

    void fileNameOfferedIsOneAFileSystemTakes()
    {
        EmergencyKit odd(kServer, QStringLiteral("a/b:c@example.com"), SecureBuffer::fromUtf8(kKey));
        QCOMPARE(odd.suggestedFileName(), QStringLiteral("Twofold emergency kit - a_b_c@example.com.pdf"));
    }

    void dialogShowsTheKitAndWaitsForTheTick()
    {
        EmergencyKitDialog dialog(kit());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.accountKeyLabel()->text(), kKey);
        QCOMPARE(dialog.serverLabel()->text(), kServer);
        QCOMPARE(dialog.emailLabel()->text(), kEmail);
        QVERIFY(!dialog.finishButton()->isEnabled());
        QSignalSpy finished(&dialog, &QDialog::finished);

        QTest::keyClick(&dialog, Qt::Key_Escape); // Escape does not skip the kit
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.message().startsWith(QStringLiteral("Print or save your emergency kit first")));
        dialog.close(); // nor does the window's close button
        QVERIFY(dialog.isVisible());
        dialog.accept(); // nor a stray accept
        QVERIFY(dialog.isVisible());
        QCOMPARE(finished.count(), 0);

        // On the box itself, not in the room its row gives it.
        QTest::mouseClick(dialog.savedBox(), Qt::LeftButton, {}, QPoint(8, dialog.savedBox()->height() / 2));
        QVERIFY(dialog.finishButton()->isEnabled());
        QVERIFY(dialog.message().isEmpty());
        QTest::mouseClick(dialog.finishButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.accountKeyLabel()->text().isEmpty()); // wiped once closed
    }

    void keyboardReachesEveryControlInOrder()
    {
        EmergencyKitDialog dialog(kit());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.printButton()->setFocus();
        QTest::keyClick(dialog.printButton(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.saveButton());
        QTest::keyClick(dialog.saveButton(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.savedBox());
        QTest::keyClick(dialog.savedBox(), Qt::Key_Space);
        QVERIFY(dialog.savedBox()->isChecked());
        QTest::keyClick(dialog.savedBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.finishButton());
        // The mnemonic unticks it again, and Finish goes with it.
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.savedBox()->isChecked(), 2000); // a mnemonic "animates" its click
        QVERIFY(!dialog.finishButton()->isEnabled());
        // The key can be reached and selected by keyboard (to compare with what was printed).
        QVERIFY(dialog.accountKeyLabel()->focusPolicy() & Qt::TabFocus);
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if ((qobject_cast<QAbstractButton*>(w) || w == dialog.accountKeyLabel()) &&
                w->isVisibleTo(&dialog))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

    void saveButtonWritesThroughItsFileDialog()
    {
        EmergencyKitDialog dialog(kit());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_dir.filePath(QStringLiteral("through the dialog.pdf"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QFileDialog* files = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((files = shownDialog<QFileDialog>()) != nullptr, 5000);
        QVERIFY(files->selectedFiles().value(0).endsWith(
            QStringLiteral("Twofold emergency kit - jo.lee@example.com.pdf")));
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept"); // as its Save button does
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QVERIFY(dialog.message().startsWith(QStringLiteral("The emergency kit is saved in")));
        QVERIFY(checkPdf(path).contains(kKey));
    }

    void nothingIsCut()
    {
        EmergencyKitDialog dialog(kit());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList problems = layoutProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        problems = layoutProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestEmergencyKit)
#include "tst_emergencykit.moc"
