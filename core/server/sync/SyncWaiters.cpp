#include "server/sync/SyncWaiters.h"

#include "auth/Messages.h"

namespace twofold::server {

namespace {

HostReply revisionReply(qint64 revision, const QString& event)
{
    QCborMap fields;
    fields.insert(QLatin1StringView("revision"), revision);
    return HostReply{200, okReply(fields), event};
}

} // namespace

SyncWaiters::SyncWaiters(int timeoutMs, int pollMs, Poll poll, QObject* parent)
    : QObject(parent), m_timeoutMs(std::max(1, timeoutMs)), m_poll(std::move(poll))
{
    m_pollTimer.setInterval(std::max(10, pollMs));
    connect(&m_pollTimer, &QTimer::timeout, this, [this] { this->poll(); });
}

SyncWaiters::~SyncWaiters()
{
    for (auto& [id, waiter] : m_waiters)
        for (const QMetaObject::Connection& link : waiter.links)
            disconnect(link);
}

void SyncWaiters::hold(qint64 accountId, qint64 since, qint64 revision, QTcpSocket* connection, Answer answer)
{
    if (!connection || connection->state() != QAbstractSocket::ConnectedState)
        return; // nobody to answer
    if (int(m_waiters.size()) >= kMaxWaiters) {
        answer(HostReply{503, refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::ServerRefused)),
                         QStringLiteral("wait.too-many")});
        return;
    }
    const QList<quint64> same = m_byAccount.values(accountId);
    if (same.size() >= kMaxPerAccount) {
        // The newer is kept: the oldest of this account's waits is answered now.
        const quint64 oldest = *std::min_element(same.begin(), same.end());
        auto found = m_waiters.find(oldest);
        if (found != m_waiters.end()) {
            const Answer old = found->second.answer;
            const qint64 known = found->second.revision;
            finish(oldest, false);
            old(revisionReply(known, QStringLiteral("wait.replaced")));
        }
    }
    const quint64 id = m_nextId++;
    Waiter waiter;
    waiter.accountId = accountId;
    waiter.since = since;
    waiter.revision = revision;
    waiter.answer = std::move(answer);
    waiter.connection = connection;
    waiter.timer = new QTimer(this);
    waiter.timer->setSingleShot(true);
    connect(waiter.timer, &QTimer::timeout, this, [this, id] { finish(id, true); });
    waiter.timer->start(m_timeoutMs);
    const auto dropped = [this, id] {
        if (m_waiters.count(id) == 0)
            return;
        finish(id, false);
        if (m_event)
            m_event(QStringLiteral("wait.dropped"));
    };
    waiter.links.append(connect(connection, &QAbstractSocket::disconnected, this, dropped));
    waiter.links.append(connect(connection, &QObject::destroyed, this, dropped));
    m_waiters.emplace(id, std::move(waiter));
    m_byAccount.insert(accountId, id);
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
    if (m_event)
        m_event(QStringLiteral("wait.held"));
}

void SyncWaiters::revisionChanged(qint64 accountId, qint64 revision)
{
    const QList<quint64> ids = m_byAccount.values(accountId);
    for (quint64 id : ids) {
        auto found = m_waiters.find(id);
        if (found == m_waiters.end())
            continue;
        found->second.revision = std::max(found->second.revision, revision);
        if (found->second.revision > found->second.since) {
            const Answer answer = found->second.answer;
            const qint64 now = found->second.revision;
            finish(id, false);
            answer(revisionReply(now, QStringLiteral("wait.changed")));
        }
    }
}

void SyncWaiters::finish(quint64 id, bool answer)
{
    auto found = m_waiters.find(id);
    if (found == m_waiters.end())
        return;
    Waiter waiter = std::move(found->second);
    m_waiters.erase(found);
    m_byAccount.remove(waiter.accountId, id);
    for (const QMetaObject::Connection& link : waiter.links)
        disconnect(link);
    if (waiter.timer) {
        waiter.timer->stop();
        waiter.timer->deleteLater();
    }
    if (m_waiters.empty())
        m_pollTimer.stop();
    if (answer)
        waiter.answer(revisionReply(waiter.revision, QStringLiteral("wait.timeout")));
}

void SyncWaiters::poll()
{
    if (m_polling || m_waiters.empty() || !m_poll)
        return;
    m_polling = true;
    const QList<qint64> accounts = m_byAccount.uniqueKeys();
    m_poll(accounts, [self = QPointer<SyncWaiters>(this)](const QHash<qint64, qint64>& revisions) {
        if (!self)
            return;
        self->m_polling = false;
        for (auto it = revisions.constBegin(); it != revisions.constEnd(); ++it)
            self->revisionChanged(it.key(), it.value());
    });
}

} // namespace twofold::server
