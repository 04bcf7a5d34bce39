// The age v1 header grammar and nothing else: parsing, serialising, the MAC input.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"

namespace sanitize::crypt::detail {

inline constexpr std::string_view version_line = "age-encryption.org/v1\n";
inline constexpr std::size_t header_max_bytes = 1 << 20;  // far above any real header

struct Header {
    std::vector<Stanza> stanzas;
    std::array<std::uint8_t, 32> mac{};
    std::size_t mac_input_length = 0;  // bytes covered by the MAC: up to and including "---"
    std::size_t length = 0;            // the whole header, final LF included
};

// nullopt: the bytes end before the header does (feed more). Errc::malformed_input when they
// cannot be the start of a valid header, whatever follows.
Result<std::optional<Header>> parse_header_prefix(std::span<const std::uint8_t> bytes);

// The header text up to and including "---", the MAC input; then the full header is that plus
// " " + base64(mac) + "\n".
std::string marshal_without_mac(std::span<const Stanza> stanzas);

}  // namespace sanitize::crypt::detail
