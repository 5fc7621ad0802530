#pragma once
// The one way Twofold reads a CBOR map it did not just write (a file, a token, a message): the
// whole input is one well-formed map, or the answer is an empty map. QCborValue::fromCbor on a
// QByteArray alone returns partial values for a cut-off input, which Qt 6.4 then corrupts its
// containers with (a crash in QCborMap::insert, found by fuzz_secret_store), and throws
// bad_alloc on a crafted length (found by fuzz_settings_delivery).
#include <QByteArrayView>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

namespace twofold {

inline QCborMap strictCborMap(QByteArrayView bytes)
{
    QCborStreamReader reader(reinterpret_cast<const quint8*>(bytes.data()), bytes.size());
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || !value.isMap() || reader.hasNext() ||
        reader.currentOffset() != bytes.size())
        return {};
    return value.toMap();
}

} // namespace twofold
