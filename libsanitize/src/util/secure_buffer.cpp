#include "util/secure_buffer.hpp"

#include <sodium.h>

#include <cstdlib>
#include <mutex>
#include <utility>

namespace sanitize::util {

void ensure_sodium_initialized() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) std::abort();  // no CSPRNG: nothing secure can be done
    });
}

SecureBuffer::SecureBuffer(std::size_t size) : size_(size) {
    ensure_sodium_initialized();
    data_ = static_cast<unsigned char*>(sodium_malloc(size));
    if (data_ == nullptr) std::abort();
}

SecureBuffer::~SecureBuffer() {
    if (data_ != nullptr) sodium_free(data_);  // zeroes before freeing
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr) sodium_free(data_);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

}  // namespace sanitize::util
