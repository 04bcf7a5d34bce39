// libFuzzer target: an age identity file (what `decrypt -i` reads: comments, blank lines,
// AGE-SECRET-KEY-1… lines, CRLF). Checked: no crash, only malformed_input refused, and every
// identity read writes back to a text that reads as the same key, with the same recipient.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "sanitize/age.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::crypt;
    auto identities = parse_identity_file(std::span(reinterpret_cast<const unsigned char*>(data), size));
    if (!identities) {
        if (identities.error().code != sanitize::Errc::malformed_input) std::abort();
        return 0;
    }
    if (identities->empty()) std::abort();
    for (const X25519Identity& identity : *identities) {
        const sanitize::SecretBuffer text = identity.to_string();
        auto again = X25519Identity::parse(text.bytes());
        if (!again || again->recipient().public_key() != identity.recipient().public_key()) std::abort();
    }
    return 0;
}
