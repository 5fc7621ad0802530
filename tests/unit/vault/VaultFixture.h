#pragma once
// Shared helpers for vault tests: tiny KDF parameters so every test runs in milliseconds.
#include "vault/OpenVault.h"

#include <QFile>
#include <QTest>

namespace twofold::test {

inline const kdf::Params kFastKdf{1, 8};

inline SecureBuffer pw(const char* text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline EntryFields fields(const QString& title, const QString& user = {}, const char* password = nullptr)
{
    EntryFields f;
    f.title = title;
    if (!user.isEmpty())
        f.username = user;
    if (password)
        f.password = pw(password);
    return f;
}

} // namespace twofold::test
