#pragma once
// Request metrics in the Prometheus text format (version 0.0.4): requests by route and status
// (a counter) and request latency by route (a histogram). Kept per process: Prometheus
// scrapes each server process. Routes are the route table's patterns, so no user data (an
// email in a path) ever becomes a label.
#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

namespace twofold::server {

class Metrics
{
public:
    // Upper bounds of the latency buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 11> kBucketsSeconds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                               0.1,   0.25,   0.5,   1.0,  2.5};

    void record(const QString& route, int status, double seconds);
    // +1 on twofold_verifier_events_total{event}: a fixed word per outcome ("checkCode.ok",
    // "checkCode.refused", "begin.wrong-password", …), never user data.
    void countEvent(const QString& event);
    quint64 eventCount(const QString& event) const { return m_events.value(event); }
    // The exposition text of every metric, with # HELP and # TYPE lines.
    QByteArray exposition() const;
    // The count recorded for route and status (tests).
    quint64 count(const QString& route, int status) const;

private:
    struct Latency
    {
        std::array<quint64, kBucketsSeconds.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    QMap<QPair<QString, int>, quint64> m_requests;
    QMap<QString, Latency> m_latency;
    QMap<QString, quint64> m_events;
};

} // namespace twofold::server
