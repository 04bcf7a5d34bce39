// libFuzzer target: a whole age file (binary or armored) through the streaming Decryptor, with
// the spec's example X25519 identity so that seeds encrypted to its recipient decrypt and the
// fuzzer explores real payloads. The first byte picks how the rest is cut into writes, so chunk
// boundaries are crossed in every way. Checked: no crash, plaintext never outgrows the input,
// errors only of the decryption kinds.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "sanitize/age.hpp"

namespace {

const sanitize::crypt::X25519Identity& example_identity() {
    static constexpr std::string_view text =
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
    static const auto identity = sanitize::crypt::X25519Identity::parse(
        std::span(reinterpret_cast<const unsigned char*>(text.data()), text.size()));
    if (!identity) std::abort();
    return *identity;
}

bool expected_failure(sanitize::Errc code) {
    using sanitize::Errc;
    return code == Errc::malformed_input || code == Errc::integrity_failure || code == Errc::wrong_passphrase;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::crypt;
    if (size == 0) return 0;
    const std::size_t piece = std::size_t{data[0]} * 521 + 1;
    std::span<const std::uint8_t> file(data + 1, size - 1);
    std::size_t released = 0;
    const Identity* identities[] = {&example_identity()};
    auto decryptor = Decryptor::create(identities, [&](std::span<const std::uint8_t> plain) -> sanitize::Result<void> {
        released += plain.size();
        return {};
    });
    while (!file.empty()) {
        const std::size_t take = std::min(piece, file.size());
        auto written = decryptor.write(file.first(take));
        file = file.subspan(take);
        if (!written) {
            if (!expected_failure(written.error().code)) std::abort();
            return 0;
        }
    }
    auto finished = decryptor.finish();
    if (!finished && !expected_failure(finished.error().code)) std::abort();
    if (released > size) std::abort();
    return 0;
}
