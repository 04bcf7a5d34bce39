#include "wipe/aligned_buffer.hpp"

#include <cstdlib>
#include <cstring>

namespace sanitize::wipe {

AlignedBuffer::AlignedBuffer(std::size_t size, std::size_t alignment) : size_(size) {
    void* memory = nullptr;
    if (posix_memalign(&memory, alignment, size == 0 ? alignment : size) != 0) std::abort();
    std::memset(memory, 0, size);  // touch the pages now, not in the timed loop
    data_.reset(static_cast<std::byte*>(memory));
}

void AlignedBuffer::Free::operator()(std::byte* p) const noexcept { std::free(p); }

}  // namespace sanitize::wipe
