#pragma once
// The benchmark's plain-text table, from the JSON report main.cpp assembles.
#include <QJsonObject>
#include <QTextStream>

namespace twofold::bench {

// Prints report (see README.md for its fields) as a table with one column per vault size.
void printReport(const QJsonObject& report, QTextStream& out);

} // namespace twofold::bench
