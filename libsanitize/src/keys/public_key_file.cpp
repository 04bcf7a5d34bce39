#include <algorithm>
#include <array>
#include <cstring>

#include <sodium.h>

#include "keys/base64.hpp"
#include "keys/minisign_text.hpp"
#include "sanitize/keys.hpp"

namespace sanitize::keys {

namespace {

// minisign's PubkeyStruct: signature algorithm, key id, Ed25519 public key.
constexpr std::string_view public_key_algorithm = "Ed";
constexpr std::size_t public_blob_bytes = 2 + key_id_bytes + public_key_bytes;

// minisign's encrypted secret key (secret_key_file.cpp): algorithms, salt, limits, key id,
// secret key, checksum. Told apart from a public key so that the error says which file to give.
constexpr std::size_t secret_blob_bytes = 2 + 2 + 2 + crypto_pwhash_scryptsalsa208sha256_SALTBYTES + 8 + 8 +
                                          key_id_bytes + crypto_sign_SECRETKEYBYTES + crypto_generichash_BYTES;

bool is_secret_key_line(std::string_view line) {
    std::array<unsigned char, secret_blob_bytes> blob{};
    return detail::decode_base64_exact(line, blob) && std::memcmp(blob.data(), public_key_algorithm.data(), 2) == 0;
}

Result<PublicKey> decode_public_line(std::string_view line) {
    std::array<unsigned char, public_blob_bytes> blob{};
    if (is_secret_key_line(line)) return make_error(Errc::invalid_argument, Reason::secret_key_given, "public key");
    if (!detail::decode_base64_exact(line, blob)) return detail::malformed("public key base64");
    if (std::memcmp(blob.data(), public_key_algorithm.data(), 2) != 0) return detail::malformed("public key algorithm");
    PublicKey key;
    std::copy_n(blob.begin() + 2, key_id_bytes, key.id.begin());
    std::copy_n(blob.begin() + 2 + key_id_bytes, public_key_bytes, key.key.begin());
    return key;
}

}  // namespace

std::string encode_public_key(const PublicKey& key) {
    std::array<unsigned char, public_blob_bytes> blob{};
    std::copy(public_key_algorithm.begin(), public_key_algorithm.end(), blob.begin());
    std::copy(key.id.begin(), key.id.end(), blob.begin() + 2);
    std::copy(key.key.begin(), key.key.end(), blob.begin() + 2 + key_id_bytes);
    // minisign's own comment names the key id for people looking at the file.
    return detail::comment_line(detail::untrusted_prefix, "minisign public key " + key_id_hex(key.id)) +
           detail::encode_base64(blob) + "\n";
}

Result<std::string> encode_public_key(const PublicKey& key, std::string_view untrusted_comment) {
    if (!detail::is_writable_comment(untrusted_comment, untrusted_comment_max_bytes)) {
        return make_error(Errc::invalid_argument, "untrusted comment");
    }
    std::string file = encode_public_key(key);
    if (untrusted_comment.empty()) return file;
    const std::size_t key_line = file.find('\n') + 1;
    return detail::comment_line(detail::untrusted_prefix, untrusted_comment) + file.substr(key_line);
}

Result<PublicKey> decode_public_key(std::string_view text) {
    // The base64 line alone is what `minisign -P` takes and what people paste into e-mails.
    if (!text.starts_with(detail::untrusted_prefix)) {
        std::array<std::string_view, 1> line;
        if (!detail::split_lines(text, line)) return detail::malformed("public key lines");
        return decode_public_line(line[0]);
    }
    std::array<std::string_view, 2> lines;
    if (!detail::split_lines(text, lines)) return detail::malformed("public key lines");
    if (!detail::comment_of(lines[0], detail::untrusted_prefix, untrusted_comment_max_bytes)) {
        return detail::malformed("public key comment");
    }
    return decode_public_line(lines[1]);
}

}  // namespace sanitize::keys
