#include <sodium.h>

#include <algorithm>
#include <array>
#include <vector>

#include "keys/base64.hpp"
#include "keys/minisign_text.hpp"
#include "keys/sodium_bytes.hpp"
#include "sanitize/keys.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::keys {

namespace {

// minisign's SigStruct: algorithm, key id, signature. "ED" signs BLAKE2b-512 of the message,
// legacy "Ed" the message itself.
constexpr std::string_view prehashed_algorithm = "ED";
constexpr std::string_view legacy_algorithm = "Ed";
constexpr std::size_t algorithm_bytes = 2;
constexpr std::size_t signature_blob_bytes = algorithm_bytes + key_id_bytes + signature_bytes;

using SignatureBlob = std::array<unsigned char, signature_blob_bytes>;
using Digest = std::array<unsigned char, crypto_generichash_BYTES_MAX>;

struct ParsedSignature {
    bool prehashed = true;
    KeyId key_id{};
    Signature signature{};
    std::string_view trusted_comment;  // into the text that was parsed
    Signature global_signature{};
};

Result<ParsedSignature> parse_signature(std::string_view text) {
    std::array<std::string_view, 4> lines;
    if (!detail::split_lines(text, lines)) return detail::malformed("signature lines");
    if (!detail::comment_of(lines[0], detail::untrusted_prefix, untrusted_comment_max_bytes)) {
        return detail::malformed("signature untrusted comment");
    }
    SignatureBlob blob{};
    if (!detail::decode_base64_exact(lines[1], blob)) return detail::malformed("signature base64");
    ParsedSignature parsed;
    const std::string_view algorithm(reinterpret_cast<const char*>(blob.data()), algorithm_bytes);
    if (algorithm != prehashed_algorithm && algorithm != legacy_algorithm) {
        return detail::malformed("signature algorithm");
    }
    parsed.prehashed = algorithm == prehashed_algorithm;
    std::copy_n(blob.begin() + algorithm_bytes, key_id_bytes, parsed.key_id.begin());
    std::copy_n(blob.begin() + algorithm_bytes + key_id_bytes, signature_bytes, parsed.signature.begin());
    const auto trusted = detail::comment_of(lines[2], detail::trusted_prefix, trusted_comment_max_bytes);
    if (!trusted) return detail::malformed("signature trusted comment");
    parsed.trusted_comment = *trusted;
    if (!detail::decode_base64_exact(lines[3], parsed.global_signature)) {
        return detail::malformed("global signature base64");
    }
    return parsed;
}

Digest prehash(std::span<const std::byte> message) {
    Digest digest{};
    crypto_generichash(digest.data(), digest.size(), detail::sodium_bytes(message), message.size(), nullptr, 0);
    return digest;
}

// What the global signature covers: the signature, then the trusted comment, so that the
// comment cannot be moved to another file's signature or edited.
std::vector<unsigned char> global_message(const Signature& signature, std::string_view trusted_comment) {
    std::vector<unsigned char> covered(signature.begin(), signature.end());
    covered.insert(covered.end(), trusted_comment.begin(), trusted_comment.end());
    return covered;
}

bool verify_message(const ParsedSignature& parsed, const PublicKey& key, std::span<const std::byte> message) {
    if (parsed.prehashed) {
        const Digest digest = prehash(message);
        return crypto_sign_verify_detached(parsed.signature.data(), digest.data(), digest.size(), key.key.data()) == 0;
    }
    return crypto_sign_verify_detached(parsed.signature.data(), detail::sodium_bytes(message), message.size(),
                                       key.key.data()) == 0;
}

}  // namespace

Result<std::string> sign_file(const SecretKey& key, std::span<const std::byte> message,
                              std::string_view trusted_comment, std::string_view untrusted_comment) {
    if (!detail::is_writable_comment(untrusted_comment, untrusted_comment_max_bytes)) {
        return make_error(Errc::invalid_argument, "untrusted comment");
    }
    if (!detail::is_writable_comment(trusted_comment, trusted_comment_max_bytes)) {
        return make_error(Errc::invalid_argument, "trusted comment");
    }
    util::ensure_sodium_initialized();
    const Digest digest = prehash(message);
    Signature signature{};
    crypto_sign_detached(signature.data(), nullptr, digest.data(), digest.size(), key.ed25519_secret().data());
    const std::vector<unsigned char> covered = global_message(signature, trusted_comment);
    Signature global_signature{};
    crypto_sign_detached(global_signature.data(), nullptr, covered.data(), covered.size(),
                         key.ed25519_secret().data());

    SignatureBlob blob{};
    std::copy(prehashed_algorithm.begin(), prehashed_algorithm.end(), blob.begin());
    std::copy(key.id().begin(), key.id().end(), blob.begin() + algorithm_bytes);
    std::copy(signature.begin(), signature.end(), blob.begin() + algorithm_bytes + key_id_bytes);
    return detail::comment_line(detail::untrusted_prefix, untrusted_comment) + detail::encode_base64(blob) + "\n" +
           detail::comment_line(detail::trusted_prefix, trusted_comment) + detail::encode_base64(global_signature) +
           "\n";
}

Result<VerifiedFile> verify_file(const PublicKey& key, std::span<const std::byte> message,
                                 std::string_view signature_text) {
    util::ensure_sodium_initialized();
    Result<ParsedSignature> parsed = parse_signature(signature_text);
    if (!parsed) return parsed.error();
    // Key ids are public: an ordinary comparison leaks nothing.
    if (parsed->key_id != key.id) return make_error(Errc::signature_invalid, "key id " + key_id_hex(parsed->key_id));
    if (!verify_message(*parsed, key, message)) return make_error(Errc::signature_invalid, "signature");
    const std::vector<unsigned char> covered = global_message(parsed->signature, parsed->trusted_comment);
    if (crypto_sign_verify_detached(parsed->global_signature.data(), covered.data(), covered.size(),
                                    key.key.data()) != 0) {
        return make_error(Errc::signature_invalid, "trusted comment");
    }
    return VerifiedFile{parsed->key_id, std::string(parsed->trusted_comment)};
}

Result<KeyId> signature_key_id(std::string_view signature_text) {
    Result<ParsedSignature> parsed = parse_signature(signature_text);
    if (!parsed) return parsed.error();
    return parsed->key_id;
}

}  // namespace sanitize::keys
