#pragma once
// Searches this process's whole memory for a secret, the way someone with a memory dump
// would (KeePass CVE-2023-32784). The secret is only ever held masked (XOR kMask), and the
// scan unmasks byte by byte in registers, so the scanner itself holds no plain copy.
#include <QByteArray>
#include <QFile>
#include <QList>

#include <fcntl.h>
#include <unistd.h>

namespace twofold::test {

inline constexpr char kMask = 0x5a;

// A secret kept masked: never stored in the clear by the test.
struct MaskedSecret
{
    QByteArray masked;
    static MaskedSecret fromPlain(QByteArrayView plain)
    {
        MaskedSecret s;
        s.masked.resize(plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i)
            s.masked[i] = char(plain[i] ^ kMask);
        return s;
    }
    // The UTF-16LE form, as a QString copy would hold it (ASCII secrets).
    MaskedSecret utf16() const
    {
        MaskedSecret s;
        for (char c : masked) {
            s.masked.append(c);
            s.masked.append(char(0 ^ kMask));
        }
        return s;
    }
};

// How many times the secret occurs anywhere in readable memory (excluding the masked copy).
inline int countInMemory(const MaskedSecret& secret)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int fd = ::open("/proc/self/mem", O_RDONLY);
    if (fd < 0)
        return -1;
    const QByteArray& m = secret.masked;
    const qsizetype n = m.size();
    int found = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2 || !parts[1].startsWith('r') || line.contains("[vvar]") ||
            line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = parts[0].split('-');
        quint64 start = range[0].toULongLong(nullptr, 16);
        const quint64 end = range[1].toULongLong(nullptr, 16);
        // AddressSanitizer's shadow memory (terabytes of reserved zero pages, only the
        // sanitizer's bookkeeping): scanning it would take hours and finds nothing of ours.
        if (end - start >= (quint64(1) << 40))
            continue;
        while (start < end) {
            const qsizetype want = qsizetype(std::min<quint64>(end - start, quint64(buffer.size())));
            const ssize_t got = ::pread(fd, buffer.data(), std::size_t(want), off_t(start));
            if (got <= 0)
                break;
            const char* p = buffer.constData();
            for (ssize_t i = 0; i + n <= got; ++i) {
                if (char(p[i] ^ kMask) != m[0])
                    continue;
                qsizetype j = 1;
                while (j < n && char(p[i + j] ^ kMask) == m[j])
                    ++j;
                if (j == n)
                    ++found;
            }
            // Overlap so a secret spanning two reads is not missed.
            start += quint64(got) > quint64(n) ? quint64(got) - quint64(n) : quint64(got);
            if (got < want)
                break;
        }
    }
    ::close(fd);
    return found;
}

} // namespace twofold::test
