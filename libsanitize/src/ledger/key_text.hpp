// A public key as the ledger stores it: the base64 line of a minisign public-key file.
#pragma once

#include <string>
#include <string_view>

#include "sanitize/keys.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

inline std::string public_key_line(const keys::PublicKey& key) {
    const std::string file = keys::encode_public_key(key);
    // The file is "untrusted comment: ...\n<base64>\n": keep the second line only, so that a
    // comment never becomes part of a signed payload.
    const std::size_t start = file.find('\n') + 1;
    const std::size_t end = file.find('\n', start);
    return file.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

inline Result<keys::PublicKey> decode_public_key_line(std::string_view line) {
    if (line.empty() || line.find_first_of("\r\n \t") != std::string_view::npos) {
        return make_error(Errc::malformed_input, "public key line");
    }
    auto key = keys::decode_public_key(line);
    if (!key) return key.error();
    if (public_key_line(*key) != line) return make_error(Errc::malformed_input, "public key line");
    return key;
}

}  // namespace sanitize::ledger::detail
