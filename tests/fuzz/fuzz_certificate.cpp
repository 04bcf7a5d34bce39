// libFuzzer target: parse_certificate and parse_trusted_comment over arbitrary bytes. Whatever
// parses must also write back and read back as the same value (the writer and the parser hold
// the same rules), and a trusted comment that parses is already in its one written form.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sanitize/cert.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::cert;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto certificate = parse_certificate(text);
    if (!certificate && certificate.error().code != sanitize::Errc::malformed_input) std::abort();
    if (certificate) {
        auto written = serialize_certificate(*certificate);
        if (!written) std::abort();
        auto reread = parse_certificate(*written);
        if (!reread || !(*reread == *certificate)) std::abort();
    }
    auto comment = parse_trusted_comment(text);
    if (!comment && comment.error().code != sanitize::Errc::malformed_input) std::abort();
    if (comment && trusted_comment_text(*comment) != text) std::abort();
    return 0;
}
