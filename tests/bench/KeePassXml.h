#pragma once
// Writes benchmark data as an unencrypted KeePass 2 XML file, the format
// `keepassxc-cli import` reads, with the same titles, usernames, passwords, URLs, notes, tags,
// TOTP URIs (KeePassXC's "otp" attribute) and groups as the Twofold vault.
#include "BenchData.h"

#include "common/Result.h"

namespace twofold::bench {

// Writes data to path (replacing it). Password history becomes KeePass history entries:
// full snapshots of the entry with each older password, as KeePass itself keeps them.
Status writeKeePassXml(const BenchData& data, const QString& path);

} // namespace twofold::bench
