// A heap buffer aligned for O_DIRECT: the kernel rejects direct I/O from a buffer that is not
// aligned to the logical sector size (we align to max(page, physical sector)).
#pragma once

#include <cstddef>
#include <memory>
#include <span>

namespace sanitize::wipe {

class AlignedBuffer {
public:
    AlignedBuffer(std::size_t size, std::size_t alignment);  // aborts when memory is exhausted
    std::span<std::byte> bytes() noexcept { return {data_.get(), size_}; }
    std::span<const std::byte> bytes() const noexcept { return {data_.get(), size_}; }
    std::size_t size() const noexcept { return size_; }

private:
    struct Free {
        void operator()(std::byte* p) const noexcept;
    };
    std::unique_ptr<std::byte, Free> data_;
    std::size_t size_;
};

}  // namespace sanitize::wipe
