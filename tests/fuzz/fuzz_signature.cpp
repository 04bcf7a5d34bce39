// libFuzzer target: signature_key_id and verify_file over arbitrary signature text, against the
// fixed message and public key that signed the seed corpus (so seeds reach the signature checks).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "sanitize/keys.hpp"

namespace {

constexpr std::string_view message = "fuzz message\n";
constexpr std::string_view public_key_file =
    "untrusted comment: minisign public key BA8264E68C1F3A98\n"
    "RWSYOh+M5mSCuvO4/rzcaJqLPq+LTypVYzOWWxf/c2QLmstizl7emT9w\n";

const sanitize::keys::PublicKey& public_key() {
    static const sanitize::keys::PublicKey key = sanitize::keys::decode_public_key(public_key_file).value();
    return key;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::keys;
    using sanitize::Errc;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto id = signature_key_id(text);
    auto verified = verify_file(public_key(), std::as_bytes(std::span(message.data(), message.size())), text);
    // Both parse the same grammar: they must agree on what is malformed.
    if (!id && (id.error().code != Errc::malformed_input || verified || verified.error().code != Errc::malformed_input)) {
        std::abort();
    }
    if (verified && (!id || *id != public_key().id || verified->key_id != *id)) std::abort();
    if (!verified && verified.error().code != Errc::malformed_input && verified.error().code != Errc::signature_invalid) {
        std::abort();
    }
    return 0;
}
