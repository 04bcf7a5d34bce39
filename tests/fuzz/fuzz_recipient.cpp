// libFuzzer target: a recipient string (`encrypt -r age1…`, a line of `-R FILE`). Checked: no
// crash, only malformed_input refused, and a recipient that parses writes back as the same text
// in lower case, which parses to the same key.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "sanitize/age.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::crypt;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto recipient = X25519Recipient::parse(text);
    if (!recipient) {
        if (recipient.error().code != sanitize::Errc::malformed_input) std::abort();
        return 0;
    }
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (recipient->to_string() != lower) std::abort();
    auto again = X25519Recipient::parse(recipient->to_string());
    if (!again || again->public_key() != recipient->public_key()) std::abort();
    if (recipient_fingerprint(*recipient).size() != 64) std::abort();
    return 0;
}
