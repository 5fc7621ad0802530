#pragma once
// DrainableBuffer: secure memory (locked, kept out of core dumps, wiped before it is given
// back) for a plaintext that is read once, front to back: drain() wipes what has been read
// and returns those pages to the system at once. Opening a vault decrypts its body into
// one, so that the body (~31 MiB at 100k entries) shrinks while the entries it holds grow,
// instead of both being alive at the end of decoding (DESIGN.md section 8, peak memory).
#include <cstddef>

namespace twofold {

class DrainableBuffer
{
public:
    // size bytes (contents unspecified); check isValid(): false when the memory could not be had.
    explicit DrainableBuffer(std::size_t size);
    DrainableBuffer(const DrainableBuffer&) = delete;
    DrainableBuffer& operator=(const DrainableBuffer&) = delete;
    // Wipes and frees what is left.
    ~DrainableBuffer();

    bool isValid() const { return m_data != nullptr; }
    unsigned char* data() { return m_data; }
    std::size_t size() const { return m_size; }
    // Wipes bytes [0, upTo) and gives back the whole pages among them (never read them again;
    // a later call with a smaller upTo does nothing). Where the system cannot give back part
    // of a region, the bytes are only wiped.
    void drain(std::size_t upTo);

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;    // bytes asked for
    std::size_t m_mapped = 0;  // bytes reserved (whole pages where pages are used)
    std::size_t m_drained = 0; // bytes from the start already wiped (and given back)
    void* m_handle = nullptr;  // the allocation: the mapping (POSIX) or a SecureBuffer (Windows)
};

} // namespace twofold
