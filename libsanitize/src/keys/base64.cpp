#include "keys/base64.hpp"

#include <sodium.h>

namespace sanitize::keys::detail {

std::string encode_base64(std::span<const unsigned char> bytes) {
    constexpr int variant = sodium_base64_VARIANT_ORIGINAL;
    // The encoded length counts the terminating NUL that sodium_bin2base64 writes.
    std::string text(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), variant);
    text.pop_back();
    return text;
}

bool decode_base64_exact(std::string_view text, std::span<unsigned char> out) {
    std::size_t decoded = 0;
    // No b64_end: libsodium then fails unless the whole text was consumed, and it rejects
    // missing padding and non-zero padding bits by itself.
    const int rc = sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &decoded, nullptr,
                                     sodium_base64_VARIANT_ORIGINAL);
    return rc == 0 && decoded == out.size();
}

}  // namespace sanitize::keys::detail
