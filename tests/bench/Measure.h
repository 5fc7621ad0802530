#pragma once
// The measurements, each run by its own child process (so peak memory is per operation).
// Each takes the vault path and its password and returns the figures as JSON, or an error.
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QJsonObject>

namespace twofold::bench {

// Generates the data set of count entries from seed and saves it as a new vault at path
// (see writeTwofoldVault). Figures: generateMs, buildAndSaveMs, fileBytes, peakRssMiB.
Result<QJsonObject> measureBuild(const QString& path, const SecureBuffer& password, int count, quint64 seed,
                                 const kdf::Params& params);

// Opens the vault, timing each step. Figures: readMs, deriveMs, unlockMs, decryptMs,
// totalMs, beyondKdfMs, entries, peakRssMiB.
Result<QJsonObject> measureOpen(const QString& path, const SecureBuffer& password);

// Opens the vault, then searches: the first search after opening (the title query), then
// each query of benchQueries(seed) as the median of several runs. Figures: those of
// measureOpen, firstSearchMs, openSearchBeyondKdfMs, queries [{label, term, ms, hits}], peakRssMiB.
Result<QJsonObject> measureSearch(const QString& path, const SecureBuffer& password, quint64 seed);

// Opens the vault, then types typedWord() one keystroke at a time, several rounds, each
// keystroke a full search; then a search right after an edit (the index is rebuilt).
// Figures: keystrokes [{query, ms, hits}] (first round), keystrokeMaxMs, keystrokeMeanMs,
// searchAfterEditMs, peakRssMiB.
Result<QJsonObject> measureTyping(const QString& path, const SecureBuffer& password);

// Copies the vault next to itself, opens the copy for writing, then changes one entry and
// saves (OpenVault::save: temporary file, fsync, rename, folder fsync, .bak) several times.
// Figures: savesMs [...], saveMeanMs, saveMaxMs, peakRssMiB. The copy is removed afterwards.
Result<QJsonObject> measureSave(const QString& path, const SecureBuffer& password);

// The peak resident memory of this process so far, in MiB (getrusage ru_maxrss).
double peakRssMiB();

} // namespace twofold::bench
