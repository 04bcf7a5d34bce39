// A move-only buffer for secrets (keys, passphrases), in sodium_malloc memory: guard pages,
// never swapped out (mlock), zeroed when freed, so a secret never lingers in a core dump or a
// reused heap block. Front ends read passphrases straight into one, never into std::string.
#pragma once

#include <cstddef>
#include <span>

namespace sanitize {

class SecretBuffer {
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size);  // aborts when the allocation fails
    ~SecretBuffer();
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    std::span<unsigned char> bytes() noexcept { return {data_, size_}; }
    std::span<const unsigned char> bytes() const noexcept { return {data_, size_}; }
    std::size_t size() const noexcept { return size_; }
    // The first `length` bytes stay, the rest is wiped and no longer counted (a passphrase
    // shorter than the buffer it was read into).
    void shrink(std::size_t length) noexcept;

private:
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

// Keeps the whole process out of core dumps, for good: not dumpable (no core file, and other
// processes of the same user can neither ptrace it nor read /proc/PID/mem) and RLIMIT_CORE 0.
// Front ends call it first thing in main: a SecretBuffer is wiped, but the copies that a GUI
// toolkit, a terminal library or a pipe buffer makes of what the user typed are not.
void disable_core_dumps() noexcept;

}  // namespace sanitize
