#pragma once
// twofold-server's two faces: serving (ServeCommand.cpp) and admin commands on the database
// (AdminCommands.cpp). Both take the words after the program name and return the exit status:
// 0 success, 1 usage or refusal, 4 a file problem, 5 the database unreachable (DESIGN.md 6).
#include "common/Error.h"

#include <QMap>
#include <QStringList>

namespace twofold::server {

// Options and words, split: "--key value", "--key=value" and the flag "--insecure-http".
struct ParsedArguments
{
    QMap<QString, QString> options;
    QStringList words;
    QString error; // a sentence when the arguments cannot be used
};

// Splits args; keys are the options allowed (without "--"), flags those that take no value.
ParsedArguments parseArguments(const QStringList& args, const QStringList& keys, const QStringList& flags);
// The exit status for an error, and prints its sentence on stderr.
int fail(const Error& error);
int failUsage(const QString& sentence);
int exitStatusOf(ErrorCode code);
// Writes text and a newline to stdout.
void say(const QString& text);

int runServe(const QStringList& args);
int runAdmin(const QStringList& args);
QString usageText();

} // namespace twofold::server
