#pragma once
// SecretClipboard: puts a secret on the system clipboard, marked so clipboard managers and
// clipboard history leave it out (x-kde-passwordManagerHint on Linux, the Windows and macOS
// equivalents where Qt allows — see SecretClipboardHints.h), and clears it after a timeout if
// the clipboard still holds it. Something else copied meanwhile is never touched.
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QMimeData;

namespace twofold {

inline constexpr std::chrono::milliseconds kClipboardClearTimeout{30'000};

class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(std::chrono::milliseconds timeout = kClipboardClearTimeout,
                             QObject* parent = nullptr);
    // Clears the clipboard if it still holds our secret (quitting must not leave it there).
    ~SecretClipboard() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Copies utf8 (a password, a code) with the "secret" hints and starts the timeout.
    void copySecret(const SecureBuffer& utf8);
    // Copies text that is not secret (a user name, a URL): no hints, no timeout.
    void copyText(const QString& text);

    // True while the clipboard holds the last secret copied by this object.
    bool holdsSecret() const;
    // Clears the clipboard now if it holds our secret (locking, quitting). Emits cleared()
    // when it did.
    void clearIfOurs();

signals:
    void copied();
    // The clipboard held our secret and was emptied.
    void cleared();
    // The timeout ran out; clearedIt says whether our secret was still there to clear.
    void timedOut(bool clearedIt);

private:
    void onTimeout();
    void forget();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    QPointer<QMimeData> m_ours; // what we put on the clipboard (owned by the clipboard)
    SecureBuffer m_secret;      // a copy, to recognise our text when the platform copies data
};

} // namespace twofold
