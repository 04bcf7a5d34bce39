// libFuzzer target: the age header parser over arbitrary bytes. Whatever parses must parse the
// same again from its own length alone, and a failure is always malformed_input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "sanitize/age.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::crypt;
    const std::span<const std::uint8_t> bytes(data, size);
    auto header = parse_header(bytes);
    if (!header) {
        if (header.error().code != sanitize::Errc::malformed_input) std::abort();
        return 0;
    }
    if (header->length > size || header->stanzas.empty()) std::abort();
    auto again = parse_header(bytes.first(header->length));
    if (!again || again->length != header->length || again->stanzas != header->stanzas) std::abort();
    return 0;
}
