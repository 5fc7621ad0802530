#pragma once
// The import and export formats by the names the CLI and the GUI use, the guess of
// `--format auto`, and one call to run any importer.
#include "io/ImportData.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace twofold::io {

enum class ImportFormat {
    BitwardenJson,
    BitwardenCsv,
    OnePassword1pux,
    OnePasswordCsv,
    KeePassXml,
    KeePassXcCsv,
    ChromeCsv,
    FirefoxCsv,
    LastPassCsv,
    MSecureCsv,
    Otpauth,
    AegisJson,
    GoogleMigration,
};

// "bitwarden-json", "keepass-xml", … in the order of the list above.
QStringList importFormatNames();
QString importFormatName(ImportFormat format);
// A name of the list, or "auto" (nullopt and *isAuto true); nullopt otherwise.
std::optional<ImportFormat> importFormatFromName(const QString& name, bool* isAuto = nullptr);
// What a person reads: "Bitwarden (JSON)", "KeePass 2 XML", … (translated).
QString importFormatLabel(ImportFormat format);

// The format bytes look like (a zip is 1pux, XML KeePass, JSON by its keys, CSV by its
// header line, text by its links). InvalidInput with a sentence when nothing fits.
Result<ImportFormat> detectImportFormat(QByteArrayView bytes);

// Runs the importer of format over bytes.
Result<ImportData> importBytes(ImportFormat format, QByteArrayView bytes, Clock& clock = systemClock());

enum class ExportFormat { TwofoldJson, KeePassXml, BitwardenJson, Csv };
QStringList exportFormatNames(); // "twofold-json", "keepass-xml", "bitwarden-json", "csv"
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString& name);

} // namespace twofold::io
