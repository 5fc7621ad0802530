#include "server/http/RouteTable.h"

namespace twofold::server {

namespace {

bool matches(const QString& pattern, const QString& path, QMap<QString, QString>* parameters)
{
    const QList<QStringView> want = QStringView(pattern).split(QLatin1Char('/'));
    const QList<QStringView> got = QStringView(path).split(QLatin1Char('/'));
    if (want.size() != got.size())
        return false;
    QMap<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QStringView w = want.at(i);
        if (w.size() > 2 && w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}'))) {
            if (got.at(i).isEmpty())
                return false;
            found.insert(w.mid(1, w.size() - 2).toString(), got.at(i).toString());
        } else if (w != got.at(i)) {
            return false;
        }
    }
    if (parameters)
        *parameters = found;
    return true;
}

} // namespace

bool RouteTable::add(Route route)
{
    if (!route.pattern.startsWith(QLatin1Char('/')) || !route.handler)
        return false;
    for (const Route& existing : m_routes)
        if (existing.method == route.method && existing.pattern == route.pattern)
            return false;
    m_routes.append(std::move(route));
    return true;
}

bool RouteTable::add(QHttpServerRequest::Method method, const QString& pattern, bool rateLimited,
                     SyncRouteHandler handler)
{
    return add(Route{
        method,
        pattern,
        rateLimited,
        [handler = std::move(handler)](const HttpRequest& request, Reply reply) { reply(handler(request)); },
        {}});
}

qsizetype RouteTable::maxBodyFor(QStringView path, qsizetype fallback) const
{
    qsizetype limit = fallback;
    const QString text = path.toString();
    for (const Route& route : m_routes)
        if (route.maxBodyBytes > limit && matches(route.pattern, text, nullptr))
            limit = route.maxBodyBytes;
    return limit;
}

RouteTable::Match RouteTable::match(QHttpServerRequest::Method method, const QString& path) const
{
    Match result;
    for (const Route& route : m_routes) {
        QMap<QString, QString> parameters;
        if (!matches(route.pattern, path, &parameters))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.parameters = parameters;
            return result;
        }
        result.pathKnown = true;
    }
    return result;
}

} // namespace twofold::server
