#include <cstdint>

#include "keys/minisign_text.hpp"
#include "sanitize/keys.hpp"

namespace sanitize::keys {

namespace {

constexpr std::string_view hex_digits = "0123456789ABCDEF";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

std::string key_id_hex(const KeyId& id) {
    // minisign prints the id as a little-endian number, so the last byte comes first.
    std::string text;
    text.reserve(2 * id.size());
    for (std::size_t i = id.size(); i-- > 0;) {
        const unsigned byte = id[i];
        text.push_back(hex_digits[byte >> 4U]);
        text.push_back(hex_digits[byte & 0x0fU]);
    }
    return text;
}

Result<KeyId> parse_key_id_hex(std::string_view text) {
    if (text.empty() || text.size() > 2 * key_id_bytes) return make_error(Errc::invalid_argument, "key id length");
    std::uint64_t value = 0;
    for (char c : text) {
        const int digit = hex_value(c);
        if (digit < 0) return make_error(Errc::invalid_argument, "key id digit");
        value = (value << 4) | static_cast<std::uint64_t>(digit);
    }
    KeyId id{};
    detail::store_le64(id, value);
    return id;
}

}  // namespace sanitize::keys
