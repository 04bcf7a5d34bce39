// libFuzzer target: decode_public_key over arbitrary text. What decodes must encode back to a
// file that decodes to the same key.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sanitize/keys.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::keys;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto key = decode_public_key(text);
    if (!key) {
        if (key.error().code != sanitize::Errc::malformed_input) std::abort();
        return 0;
    }
    auto again = decode_public_key(encode_public_key(*key));
    if (!again || !(*again == *key)) std::abort();
    return 0;
}
