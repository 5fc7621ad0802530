// SecretClipboard: marks secrets for clipboard managers and clears them after its timeout,
// but never what somebody copied since. Short injected timeouts; waits on signals.
#include "ui/common/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace twofold;

namespace {
QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}
SecureBuffer secret(const char* text)
{
    return SecureBuffer::fromBytes(QByteArrayView(text));
}
} // namespace

class TestSecretClipboard : public QObject
{
    Q_OBJECT
private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void copiesWithTheSecretHint()
    {
        SecretClipboard clipboard(10s);
        clipboard.copySecret(secret("hunter2-long"));
        QCOMPARE(clipboardText(), QStringLiteral("hunter2-long"));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
        QVERIFY(clipboard.holdsSecret());
    }

    void clearsAfterTheTimeout()
    {
        SecretClipboard clipboard(50ms);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        QSignalSpy timedOut(&clipboard, &SecretClipboard::timedOut);
        clipboard.copySecret(secret("s3cret"));
        QVERIFY(timedOut.wait(5000));
        QCOMPARE(timedOut.at(0).at(0).toBool(), true);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!clipboard.holdsSecret());
    }

    void leavesWhatWasCopiedSince()
    {
        SecretClipboard clipboard(50ms);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        QSignalSpy timedOut(&clipboard, &SecretClipboard::timedOut);
        clipboard.copySecret(secret("s3cret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("a shopping list"));
        QVERIFY(!clipboard.holdsSecret());
        QVERIFY(timedOut.wait(5000));
        QCOMPARE(timedOut.at(0).at(0).toBool(), false);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboardText(), QStringLiteral("a shopping list"));
    }

    void plainTextHasNoHintAndNoTimeout()
    {
        SecretClipboard clipboard(10s);
        clipboard.copySecret(secret("s3cret"));
        clipboard.copyText(QStringLiteral("ann@example.com"));
        QCOMPARE(clipboardText(), QStringLiteral("ann@example.com"));
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(!clipboard.holdsSecret());
    }

    void clearIfOursOnLock()
    {
        SecretClipboard clipboard(10s);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copySecret(secret("s3cret"));
        clipboard.clearIfOurs();
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboardText().isEmpty());
    }

    void destructionClearsOurSecret()
    {
        {
            SecretClipboard clipboard(10s);
            clipboard.copySecret(secret("s3cret"));
        }
        QVERIFY(clipboardText().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
