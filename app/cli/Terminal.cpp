// The part of the console every platform shares (see Terminal.h).
#include "Terminal.h"

#include <cstring>

namespace twofold::cli {

LineRead readStdinLine(SecureBuffer& line)
{
    // Grows by doubling; each outgrown buffer is wiped as it is released.
    SecureBuffer buffer(256);
    std::size_t size = 0;
    int c = readStdinByte();
    if (c < 0)
        return LineRead::Ended;
    for (; c >= 0 && c != '\n'; c = readStdinByte()) {
        if (size == kMaxAnswerBytes) {
            while (c >= 0 && c != '\n') // skip the rest of the line
                c = readStdinByte();
            return LineRead::TooLong;
        }
        if (size == buffer.size()) {
            SecureBuffer bigger(buffer.size() * 2);
            std::memcpy(bigger.data(), buffer.data(), size);
            buffer = std::move(bigger);
        }
        buffer.data()[size++] = static_cast<unsigned char>(c);
    }
    if (size > 0 && buffer.data()[size - 1] == '\r')
        --size;
    line = SecureBuffer::fromBytes(buffer.data(), size);
    return LineRead::Ok;
}

} // namespace twofold::cli
