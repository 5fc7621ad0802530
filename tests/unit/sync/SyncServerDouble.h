#pragma once
// A test double of twofold-server's three sync routes, in process, following
// core/server/API.md "Sync" exactly (the end-to-end tests use the real server): per account a
// revision and records {id, rev, data | gone}; pull pages by limit; push with base, stale
// refused with the current revision; wait answered once the revision passes since. Replies
// come later on the event loop, never inside send(), as a network's would. offline makes every
// request fail as an unreachable server does.
#include "sync/SyncLink.h"
#include "sync/SyncMessages.h"

#include <QCborArray>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <map>

namespace twofold::test {

class SyncServerDouble
{
public:
    struct Stored
    {
        quint64 rev = 0;
        QByteArray data;
        bool gone = false;
    };

    SyncServerDouble(QString account, QByteArray syncKey)
        : m_account(std::move(account)), m_syncKey(std::move(syncKey))
    {
    }

    quint64 revision() const { return m_revision; }
    const std::map<QByteArray, Stored>& records() const { return m_records; }
    bool offline = false;
    int pageLimit = sync::kMaxPullLimit; // the most records a pull gives (tests of paging)
    int requests = 0;
    std::vector<std::function<void()>> waiters; // held waits, answered after the next push

    QCborMap handle(sync::SyncLink::Route route, const QCborMap& request)
    {
        ++requests;
        if (request.value(u"v"_qs).toInteger() != 1 ||
            request.value(u"account"_qs).toByteArray() != m_account.toUtf8() ||
            request.value(u"sync"_qs).toByteArray() != m_syncKey)
            return refused(ErrorCode(200), RefusalReason::WrongPassword);
        switch (route) {
        case sync::SyncLink::Route::Pull:
            return pull(request);
        case sync::SyncLink::Route::Push:
            return push(request);
        case sync::SyncLink::Route::Wait:
            break;
        }
        QCborMap r;
        r.insert(u"revision"_qs, qint64(m_revision));
        return okReply(r);
    }

private:
    static QCborMap refused(ErrorCode code, RefusalReason reason)
    {
        return refusedReply(Refusal(code, reason));
    }

    QCborMap pull(const QCborMap& request)
    {
        const quint64 since = quint64(request.value(u"since"_qs).toInteger());
        const int limit =
            std::min<int>(pageLimit, int(request.value(u"limit"_qs).toInteger(sync::kMaxPullLimit)));
        std::vector<std::pair<quint64, QByteArray>> order;
        for (const auto& [id, s] : m_records)
            if (s.rev > since)
                order.emplace_back(s.rev, id);
        std::sort(order.begin(), order.end());
        QCborArray list;
        for (std::size_t i = 0; i < order.size() && i < std::size_t(limit); ++i) {
            const Stored& s = m_records.at(order[i].second);
            QCborMap item;
            item.insert(u"id"_qs, order[i].second);
            item.insert(u"rev"_qs, qint64(s.rev));
            if (s.gone)
                item.insert(u"gone"_qs, true);
            else
                item.insert(u"data"_qs, s.data);
            list.append(item);
        }
        QCborMap r;
        r.insert(u"revision"_qs, qint64(m_revision));
        r.insert(u"records"_qs, list);
        r.insert(u"more"_qs, order.size() > std::size_t(limit));
        return okReply(r);
    }

    QCborMap push(const QCborMap& request)
    {
        const qint64 base = request.value(u"base"_qs).toInteger(-1);
        const QCborArray list = request.value(u"records"_qs).toArray();
        if (base < 0 || quint64(base) > m_revision || list.isEmpty() || list.size() > sync::kMaxPushRecords)
            return refused(ErrorCode::ServerRefused, RefusalReason::NotUnderstood);
        if (quint64(base) < m_revision) {
            QCborMap r = refused(ErrorCode::ServerRefused, sync::kSyncStale);
            r.insert(u"revision"_qs, qint64(m_revision));
            return r;
        }
        QCborArray revs;
        for (const QCborValue& v : list) {
            const QCborMap item = v.toMap();
            Stored s;
            s.rev = ++m_revision;
            s.gone = item.value(u"gone"_qs).isTrue();
            s.data = item.value(u"data"_qs).toByteArray();
            m_records[item.value(u"id"_qs).toByteArray()] = s;
            revs.append(qint64(s.rev));
        }
        std::vector<std::function<void()>> woken;
        woken.swap(waiters);
        for (auto& w : woken)
            QTimer::singleShot(0, [w] { w(); });
        QCborMap r;
        r.insert(u"revision"_qs, qint64(m_revision));
        r.insert(u"revs"_qs, revs);
        return okReply(r);
    }

    QString m_account;
    QByteArray m_syncKey;
    quint64 m_revision = 0;
    std::map<QByteArray, Stored> m_records;
};

// A SyncLink to the double: replies are queued; waits are held until the revision passes.
class DoubleLink final : public sync::SyncLink
{
public:
    explicit DoubleLink(SyncServerDouble& server) : m_server(server) {}
    void send(Route route, const QCborMap& request, QObject* context, Reply reply) override
    {
        QPointer<QObject> guard(context);
        if (m_server.offline) {
            QTimer::singleShot(0, context, [reply] {
                Refusal r(ErrorCode::ServerUnreachable, RefusalReason::ServerUnreachable);
                r.name = u"http://127.0.0.1:1"_qs;
                reply(refusedReply(r));
            });
            return;
        }
        if (route == Route::Wait && m_server.revision() <= quint64(request.value(u"since"_qs).toInteger())) {
            // Held until a push moves the revision on (the server's 25 s limit is not modelled).
            m_server.waiters.push_back([this, reply, request, guard] {
                if (!guard)
                    return;
                QCborMap answer = m_server.handle(Route::Wait, request);
                QTimer::singleShot(0, guard.data(), [reply, answer] { reply(answer); });
            });
            return;
        }
        QCborMap answer = m_server.handle(route, request);
        QTimer::singleShot(0, context, [reply, answer] { reply(answer); });
    }

private:
    SyncServerDouble& m_server;
};

} // namespace twofold::test
