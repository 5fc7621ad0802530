#include "ui/common/SecretClipboard.h"

#include "ui/common/SecretClipboardHints.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace twofold {

SecretClipboard::SecretClipboard(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::onTimeout);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::copySecret(const SecureBuffer& utf8)
{
    auto* mime = new QMimeData;
    QString text = utf8.toStringUnsafe();
    mime->setText(text);
    wipe(text);
    addSecretHints(*mime);
    m_secret = utf8.clone();
    m_ours = mime;
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard); // takes ownership
    m_timer.start(m_timeout);
    emit copied();
}

void SecretClipboard::copyText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    forget(); // whatever secret we had there is gone
    emit copied();
}

bool SecretClipboard::holdsSecret() const
{
    if (!qGuiApp || (m_secret.isEmpty() && !m_ours))
        return false;
    const QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* current = clipboard->mimeData(QClipboard::Clipboard);
    if (!current)
        return false;
    if (m_ours && current == m_ours.data())
        return true;
    // The platform may hand back a copy of our data: recognise it by its text.
    QString text = current->text();
    const SecureBuffer now = SecureBuffer::fromUtf8(text);
    wipe(text);
    return !m_secret.isEmpty() && m_secret.equals(now);
}

void SecretClipboard::clearIfOurs()
{
    if (!holdsSecret()) {
        forget();
        return;
    }
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    forget();
    emit cleared();
}

void SecretClipboard::onTimeout()
{
    const bool ours = holdsSecret();
    clearIfOurs();
    emit timedOut(ours);
}

void SecretClipboard::forget()
{
    m_timer.stop();
    m_secret.clear();
    m_ours.clear();
}

} // namespace twofold
