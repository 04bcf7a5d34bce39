// libFuzzer target: the strict armor decoder. What decodes must encode to armor that decodes to
// the same bytes; a failure is always malformed_input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sanitize/age.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::crypt;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto decoded = armor_decode(text);
    if (!decoded) {
        if (decoded.error().code != sanitize::Errc::malformed_input) std::abort();
        return 0;
    }
    auto again = armor_decode(armor_encode(*decoded));
    if (!again || *again != *decoded) std::abort();
    return 0;
}
