#include "Report.h"

#include <QJsonArray>

#include <functional>

namespace twofold::bench {
namespace {

using namespace Qt::StringLiterals;

constexpr int kLabelWidth = 44;
constexpr int kColumnWidth = 18;

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + u" ms"_s;
}

QString mib(double v)
{
    return QString::number(v, 'f', 1) + u" MiB"_s;
}

QString sizeLabel(int entries)
{
    return entries % 1000 == 0 ? QString::number(entries / 1000) + u'k' : QString::number(entries);
}

// The target of DESIGN.md section 8 for a row, by size ("" when none).
QString target(const QString& row, int entries)
{
    if (row == u"openSearch"_s)
        return entries == 10000 ? u"<= 30 ms"_s : entries == 100000 ? u"<= 300 ms"_s : QString();
    if (row == u"typing"_s)
        return entries == 100000 ? u"<= 16 ms"_s : QString();
    if (row == u"save"_s)
        return entries == 100000 ? u"<= 500 ms"_s : QString();
    if (row == u"memory"_s)
        return entries == 100000 ? u"<= 150 MiB"_s : QString();
    return {};
}

} // namespace

void printReport(const QJsonObject& report, QTextStream& out)
{
    const QJsonArray sizes = report[u"sizes"_s].toArray();
    const QJsonObject kdf = report[u"kdf"_s].toObject();
    out << "Twofold benchmark: " << sizes.size() << " vault size(s), Argon2id " << kdf[u"memoryMiB"_s].toInt()
        << " MiB x " << kdf[u"iterations"_s].toInt()
        << " iteration(s) (its time is reported apart), open and search figures are the median of "
        << report[u"repeat"_s].toInt() << " fresh processes; " << report[u"cpus"_s].toInt()
        << " CPUs, load average " << report[u"loadBefore"_s].toString() << " before, "
        << report[u"loadAfter"_s].toString() << " after.\n\n";

    auto row = [&](const QString& label, const std::function<QString(const QJsonObject&)>& cell,
                   const QString& targetRow = {}) {
        out << label.leftJustified(kLabelWidth, u' ', true);
        QStringList targets;
        for (const QJsonValue& v : sizes) {
            const QJsonObject size = v.toObject();
            out << cell(size).rightJustified(kColumnWidth);
            const QString t = targetRow.isEmpty() ? QString() : target(targetRow, size[u"entries"_s].toInt());
            if (!t.isEmpty())
                targets << sizeLabel(size[u"entries"_s].toInt()) + u": "_s + t;
        }
        if (!targets.isEmpty())
            out << "   target " << targets.join(u", "_s);
        out << '\n';
    };
    auto open = [](const QJsonObject& s, const QString& key) {
        return s[u"open"_s].toObject()[key].toDouble();
    };
    auto search = [](const QJsonObject& s) { return s[u"search"_s].toObject(); };
    auto typing = [](const QJsonObject& s) { return s[u"typing"_s].toObject(); };

    row(u"entries"_s, [](const QJsonObject& s) { return sizeLabel(s[u"entries"_s].toInt()); });
    row(u"file size"_s, [](const QJsonObject& s) { return mib(s[u"fileBytes"_s].toDouble() / 1048576.0); });
    row(u"build: add every entry + first save"_s,
        [](const QJsonObject& s) { return ms(s[u"build"_s].toObject()[u"buildAndSaveMs"_s].toDouble()); });
    row(u"KDF (Argon2id; not counted below)"_s,
        [&](const QJsonObject& s) { return ms(open(s, u"deriveMs"_s)); });
    row(u"open beyond the KDF"_s, [&](const QJsonObject& s) { return ms(open(s, u"beyondKdfMs"_s)); });
    row(u"  read file + header check"_s, [&](const QJsonObject& s) { return ms(open(s, u"readMs"_s)); });
    row(u"  unlock key slot"_s, [&](const QJsonObject& s) { return ms(open(s, u"unlockMs"_s)); });
    row(u"  decrypt + decode + index"_s, [&](const QJsonObject& s) { return ms(open(s, u"decryptMs"_s)); });
    row(
        u"open + first search, beyond the KDF"_s,
        [&](const QJsonObject& s) { return ms(search(s)[u"openSearchBeyondKdfMs"_s].toDouble()); },
        u"openSearch"_s);
    row(u"  first search after open"_s,
        [&](const QJsonObject& s) { return ms(search(s)[u"firstSearchMs"_s].toDouble()); });
    const QJsonArray firstQueries =
        sizes.isEmpty() ? QJsonArray() : search(sizes[0].toObject())[u"queries"_s].toArray();
    for (qsizetype q = 0; q < firstQueries.size(); ++q) {
        const QJsonObject query = firstQueries[q].toObject();
        row(u"search \"%1\" (%2), hits"_s.arg(query[u"term"_s].toString(), query[u"label"_s].toString()),
            [&](const QJsonObject& s) {
                const QJsonObject r = search(s)[u"queries"_s].toArray()[q].toObject();
                return ms(r[u"ms"_s].toDouble()) + u" ("_s + QString::number(r[u"hits"_s].toInt()) + u')';
            });
    }
    const QString word = sizes.isEmpty() ? QString() : typing(sizes[0].toObject())[u"word"_s].toString();
    row(
        u"search-as-you-type \"%1\": max a keystroke"_s.arg(word),
        [&](const QJsonObject& s) { return ms(typing(s)[u"keystrokeMaxMs"_s].toDouble()); }, u"typing"_s);
    row(u"search-as-you-type: mean a keystroke"_s,
        [&](const QJsonObject& s) { return ms(typing(s)[u"keystrokeMeanMs"_s].toDouble()); });
    row(u"search after an edit (index rebuilt)"_s,
        [&](const QJsonObject& s) { return ms(typing(s)[u"searchAfterEditMs"_s].toDouble()); });
    row(
        u"save, fsync included (mean of 3)"_s,
        [&](const QJsonObject& s) { return ms(s[u"save"_s].toObject()[u"saveMeanMs"_s].toDouble()); },
        u"save"_s);
    row(
        u"peak memory, open + search process"_s,
        [&](const QJsonObject& s) { return mib(search(s)[u"peakRssMiB"_s].toDouble()); }, u"memory"_s);
    row(u"peak memory, open-only process"_s,
        [&](const QJsonObject& s) { return mib(s[u"open"_s].toObject()[u"peakRssMiB"_s].toDouble()); });

    out << '\n';
    for (const QJsonValue& v : sizes) {
        const QJsonObject size = v.toObject();
        QStringList keys;
        for (const QJsonValue& k : typing(size)[u"keystrokes"_s].toArray()) {
            const QJsonObject key = k.toObject();
            keys << u"\"%1\" %2 (%3)"_s.arg(key[u"query"_s].toString(), ms(key[u"ms"_s].toDouble()))
                        .arg(key[u"hits"_s].toInt());
        }
        out << "keystrokes at " << sizeLabel(size[u"entries"_s].toInt())
            << " (first round, hits): " << keys.join(u", "_s) << '\n';
    }
    out.flush();
}

} // namespace twofold::bench
