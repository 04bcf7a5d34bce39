#include "sanitize/secret.hpp"
#include "util/sodium_init.hpp"

#include <sodium.h>

#include <cstdlib>
#include <mutex>
#include <utility>

namespace sanitize {

SecretBuffer::SecretBuffer(std::size_t size) : size_(size) {
    util::ensure_sodium_initialized();
    data_ = static_cast<unsigned char*>(sodium_malloc(size));
    if (data_ == nullptr) std::abort();
}

void SecretBuffer::shrink(std::size_t length) noexcept {
    if (length >= size_) return;
    sodium_memzero(data_ + length, size_ - length);
    size_ = length;
}

SecretBuffer::~SecretBuffer() {
    if (data_ != nullptr) sodium_free(data_);  // zeroes before freeing
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr) sodium_free(data_);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

}  // namespace sanitize
