#pragma once
// The server's config file: "key = value" lines, '#' comments, blank lines. It holds secrets
// (the pepper, the database, SMTP and SMS gateway passwords), so it is refused unless only its
// owner may read it (mode 0600 or 0400). Unknown keys and keys set twice are refused, naming
// the line, so a typo never silently falls back to a default.
#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace twofold::server {

class ConfigFile
{
public:
    // Parses text (the file's bytes, UTF-8) accepting only keys in known; file names it in
    // sentences. Values are trimmed; a value may be empty.
    static Result<QMap<QString, QString>> parse(const QByteArray& text, const QStringList& known,
                                                const QString& file);
    // Reads and parses file after checking it is a regular file that group and others cannot
    // read or write (PermissionDenied, with the chmod to run, otherwise).
    static Result<QMap<QString, QString>> load(const QString& file, const QStringList& known);
};

} // namespace twofold::server
