#include "server/http/Metrics.h"

#include <QDateTime>

namespace twofold::server {

namespace {

QByteArray label(const QString& value)
{
    QByteArray text = value.toUtf8();
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return text;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void Metrics::record(const QString& route, int status, double seconds)
{
    ++m_requests[{route, status}];
    Latency& latency = m_latency[route];
    for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i)
        if (seconds <= kBucketsSeconds[i])
            ++latency.buckets[i];
    ++latency.count;
    latency.sum += seconds;
}

void Metrics::countEvent(const QString& event)
{
    ++m_events[event];
}

quint64 Metrics::count(const QString& route, int status) const
{
    return m_requests.value({route, status});
}

QByteArray Metrics::exposition() const
{
    QByteArray out;
    out += "# HELP twofold_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE twofold_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "twofold_http_requests_total{route=\"" + label(it.key().first) + "\",status=\"" +
               QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    out +=
        "# HELP twofold_http_request_duration_seconds Time from a complete request to its answer, by route.\n"
        "# TYPE twofold_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray route = label(it.key());
        for (std::size_t i = 0; i < kBucketsSeconds.size(); ++i)
            out += "twofold_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"" +
                   number(kBucketsSeconds[i]) + "\"} " + QByteArray::number(it->buckets[i]) + '\n';
        out += "twofold_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"} " +
               QByteArray::number(it->count) + '\n';
        out += "twofold_http_request_duration_seconds_sum{route=\"" + route + "\"} " + number(it->sum) + '\n';
        out += "twofold_http_request_duration_seconds_count{route=\"" + route + "\"} " +
               QByteArray::number(it->count) + '\n';
    }
    out += "# HELP twofold_verifier_events_total Verifier outcomes (sign-in steps, settings, accounts), by "
           "event.\n"
           "# TYPE twofold_verifier_events_total counter\n";
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        out += "twofold_verifier_events_total{event=\"" + label(it.key()) + "\"} " +
               QByteArray::number(it.value()) + '\n';
    return out;
}

} // namespace twofold::server
