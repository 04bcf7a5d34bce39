// Identity files as age-keygen writes them, and recipient fingerprints.
#include <sodium.h>

#include <array>
#include <cstring>
#include <ctime>
#include <string>

#include "sanitize/age.hpp"
#include "util/hex.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::crypt {

SecretBuffer keygen_file_text(const X25519Identity& identity, std::chrono::system_clock::time_point created) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(created);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 32> stamp{};
    std::strftime(stamp.data(), stamp.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
    const std::string head = std::string("# created: ") + stamp.data() + "\n# public key: " +
                             identity.recipient().to_string() + "\n";
    const SecretBuffer key = identity.to_string();
    SecretBuffer text(head.size() + key.size() + 1);
    std::memcpy(text.bytes().data(), head.data(), head.size());
    std::memcpy(text.bytes().data() + head.size(), key.bytes().data(), key.size());
    text.bytes()[text.size() - 1] = '\n';
    return text;
}

Result<std::vector<X25519Identity>> parse_identity_file(std::span<const unsigned char> text) {
    std::vector<X25519Identity> identities;
    std::size_t line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const auto* newline = static_cast<const unsigned char*>(std::memchr(text.data(), '\n', text.size()));
        const std::size_t length = newline != nullptr ? static_cast<std::size_t>(newline - text.data()) : text.size();
        std::span<const unsigned char> line = text.first(length);
        text = text.subspan(newline != nullptr ? length + 1 : length);
        if (!line.empty() && line.back() == '\r') line = line.first(line.size() - 1);  // files edited on Windows
        if (line.empty() || line.front() == '#') continue;
        auto identity = X25519Identity::parse(line);
        if (!identity) {
            // detail: the problem in a word a front end words; expected: the line.
            Error error = make_error(Errc::malformed_input, "identity file line " + std::to_string(line_number));
            error.detail = "identity_line";
            error.expected = std::to_string(line_number);
            return error;
        }
        identities.push_back(std::move(*identity));
    }
    if (identities.empty()) {
        Error error = make_error(Errc::malformed_input, "identity file: no identity");
        error.detail = "identity_none";
        return error;
    }
    return identities;
}

std::string recipient_fingerprint(const X25519Recipient& recipient) {
    util::ensure_sodium_initialized();
    const std::string text = recipient.to_string();
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
    return util::to_hex(digest);
}

}  // namespace sanitize::crypt
