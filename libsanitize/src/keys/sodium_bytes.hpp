// Messages arrive as std::byte spans; libsodium takes unsigned char pointers and, for an empty
// message, a null pointer is not something to rely on.
#pragma once

#include <cstddef>
#include <span>

namespace sanitize::keys::detail {

inline const unsigned char* sodium_bytes(std::span<const std::byte> message) noexcept {
    static const unsigned char empty[1] = {};
    return message.empty() ? empty : reinterpret_cast<const unsigned char*>(message.data());
}

}  // namespace sanitize::keys::detail
