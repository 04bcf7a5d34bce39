// libFuzzer target: decode_secret_key over arbitrary text with a fixed passphrase. The seed
// corpus holds a throwaway key encrypted with that passphrase at libsodium's lowest scrypt cost,
// and the limit below keeps every run that cheap: a file asking for more is rejected unread.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "sanitize/keys.hpp"

namespace {

constexpr std::string_view passphrase = "fuzz passphrase";
constexpr sanitize::keys::KdfCost limit{32768, 16777216};

std::span<const unsigned char> passphrase_bytes() {
    return {reinterpret_cast<const unsigned char*>(passphrase.data()), passphrase.size()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::keys;
    using sanitize::Errc;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto key = decode_secret_key(text, passphrase_bytes(), limit);
    if (!key) {
        const Errc code = key.error().code;
        if (code != Errc::malformed_input && code != Errc::wrong_passphrase && code != Errc::refused) std::abort();
        return 0;
    }
    // A key that decoded must survive a round trip through a file of our own.
    auto encoded = encode_secret_key(*key, passphrase_bytes(), limit);
    if (!encoded) std::abort();
    auto again = decode_secret_key(*encoded, passphrase_bytes(), limit);
    if (!again || again->id() != key->id() || !(again->public_key() == key->public_key())) std::abort();
    return 0;
}
