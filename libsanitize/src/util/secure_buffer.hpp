// A move-only buffer for secrets, in sodium_malloc memory: guard pages, never swapped out
// (mlock), zeroed when freed, so a key never lingers in a core dump or a reused heap block.
#pragma once

#include <cstddef>
#include <span>

namespace sanitize::util {

class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);  // aborts when the allocation fails
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    std::span<unsigned char> bytes() noexcept { return {data_, size_}; }
    std::span<const unsigned char> bytes() const noexcept { return {data_, size_}; }
    std::size_t size() const noexcept { return size_; }

private:
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

// sodium_init() once per process; every user of libsodium calls this first.
void ensure_sodium_initialized();

}  // namespace sanitize::util
