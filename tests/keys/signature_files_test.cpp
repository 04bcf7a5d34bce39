#include <catch2/catch.hpp>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <string>
#include <tuple>
#include <vector>

#include "keys_test_support.hpp"
#include "sanitize/keys.hpp"

using sanitize::Errc;
using namespace sanitize::keys;
using namespace sanitize::test;

namespace {

constexpr std::string_view message = "{\"certificate\":\"2024-0001\",\"outcome\":\"success\"}\n";
constexpr std::string_view trusted = "certificate:2024-0001\tledger:42";

std::string signed_file(const KeyPair& pair, std::string_view text = message, std::string_view comment = trusted) {
    auto file = sign_file(pair.secret_key, bytes_of(text), comment);
    REQUIRE(file);
    return *file;
}

void check_error(const PublicKey& key, std::string_view text, const std::string& file, Errc expected) {
    INFO(file);
    auto verified = verify_file(key, bytes_of(text), file);
    REQUIRE_FALSE(verified);
    CHECK(verified.error().code == expected);
}

// A legacy "Ed" signature file (minisign -l): the signature covers the message itself.
std::string legacy_file(const KeyPair& pair, std::string_view text, std::string_view comment) {
    const unsigned char* secret = pair.secret_key.ed25519_secret().data();
    std::array<unsigned char, 74> blob{'E', 'd'};
    std::copy(pair.secret_key.id().begin(), pair.secret_key.id().end(), blob.begin() + 2);
    crypto_sign_detached(blob.data() + 10, nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                         secret);
    std::string covered(reinterpret_cast<const char*>(blob.data() + 10), 64);
    covered.append(comment);
    std::array<unsigned char, 64> global{};
    crypto_sign_detached(global.data(), nullptr, reinterpret_cast<const unsigned char*>(covered.data()), covered.size(),
                         secret);
    return "untrusted comment: legacy\n" + base64_of(blob) + "\ntrusted comment: " + std::string(comment) + "\n" +
           base64_of(global) + "\n";
}

}  // namespace

TEST_CASE("a signed file verifies and returns its trusted comment and key id") {
    const KeyPair pair = generate_key_pair();
    const std::string file = signed_file(pair);
    CHECK(line_of(file, 0) == "untrusted comment: signature from sanitize secret key");
    CHECK(line_of(file, 2) == "trusted comment: " + std::string(trusted));
    CHECK(line_of(file, 1).substr(0, 2) == "RU");  // base64 of "ED": minisign's prehashed algorithm
    auto verified = verify_file(pair.public_key, bytes_of(message), file);
    REQUIRE(verified);
    CHECK(verified->key_id == pair.public_key.id);
    CHECK(verified->trusted_comment == trusted);
    auto id = signature_key_id(file);
    REQUIRE(id);
    CHECK(*id == pair.public_key.id);
}

TEST_CASE("empty messages, empty comments and the longest comments sign and verify") {
    const KeyPair pair = generate_key_pair();
    const std::string longest_trusted(trusted_comment_max_bytes, 't');
    const std::string longest_untrusted(untrusted_comment_max_bytes, 'u');
    for (auto [text, comment, untrusted] : {std::tuple<std::string_view, std::string_view, std::string_view>{"", "", ""},
                                            {message, longest_trusted, longest_untrusted}}) {
        auto file = sign_file(pair.secret_key, bytes_of(text), comment, untrusted);
        REQUIRE(file);
        auto verified = verify_file(pair.public_key, bytes_of(text), *file);
        REQUIRE(verified);
        CHECK(verified->trusted_comment == comment);
    }
}

TEST_CASE("comments that minisign could not read back are invalid_argument when signing") {
    const KeyPair pair = generate_key_pair();
    for (const std::string& bad : {std::string("a\nb"), std::string("a\rb"), std::string("a\0b", 3)}) {
        auto in_trusted = sign_file(pair.secret_key, bytes_of(message), bad);
        REQUIRE_FALSE(in_trusted);
        CHECK(in_trusted.error().code == Errc::invalid_argument);
        auto in_untrusted = sign_file(pair.secret_key, bytes_of(message), trusted, bad);
        REQUIRE_FALSE(in_untrusted);
        CHECK(in_untrusted.error().code == Errc::invalid_argument);
    }
    CHECK_FALSE(sign_file(pair.secret_key, bytes_of(message), std::string(trusted_comment_max_bytes + 1, 't')));
    CHECK_FALSE(sign_file(pair.secret_key, bytes_of(message), trusted, std::string(untrusted_comment_max_bytes + 1, 'u')));
}

TEST_CASE("a changed message, signature or trusted comment is signature_invalid") {
    const KeyPair pair = generate_key_pair();
    const std::string file = signed_file(pair);
    std::string changed_message(message);
    changed_message[5] ^= 0x01;
    check_error(pair.public_key, changed_message, file, Errc::signature_invalid);
    check_error(pair.public_key, std::string(message) + " ", file, Errc::signature_invalid);
    check_error(pair.public_key, message, replace_line(file, 1, flip_base64_char(line_of(file, 1), 40)),
                Errc::signature_invalid);
    check_error(pair.public_key, message, replace_line(file, 2, "trusted comment: certificate:2024-0002\tledger:42"),
                Errc::signature_invalid);
    check_error(pair.public_key, message, replace_line(file, 2, line_of(file, 2) + " "), Errc::signature_invalid);
    check_error(pair.public_key, message, replace_line(file, 3, flip_base64_char(line_of(file, 3), 30)),
                Errc::signature_invalid);
}

TEST_CASE("the untrusted comment is not covered: editing it keeps the signature valid") {
    const KeyPair pair = generate_key_pair();
    const std::string file = replace_line(signed_file(pair), 0, "untrusted comment: anything at all");
    CHECK(verify_file(pair.public_key, bytes_of(message), file));
}

TEST_CASE("another key's public key is signature_invalid, naming the signer's key id") {
    const KeyPair signer = generate_key_pair();
    const KeyPair other = generate_key_pair();
    const std::string file = signed_file(signer);
    auto verified = verify_file(other.public_key, bytes_of(message), file);
    REQUIRE_FALSE(verified);
    CHECK(verified.error().code == Errc::signature_invalid);
    CHECK(verified.error().context == "key id " + key_id_hex(signer.public_key.id));
    // Same id, different key: the id is a hint, the key decides.
    PublicKey impostor = other.public_key;
    impostor.id = signer.public_key.id;
    check_error(impostor, message, file, Errc::signature_invalid);
}

TEST_CASE("a legacy \"Ed\" signature over the raw message verifies") {
    const KeyPair pair = generate_key_pair();
    const std::string file = legacy_file(pair, message, trusted);
    auto verified = verify_file(pair.public_key, bytes_of(message), file);
    REQUIRE(verified);
    CHECK(verified->trusted_comment == trusted);
    check_error(pair.public_key, std::string(message) + "x", file, Errc::signature_invalid);
    // Relabelled as prehashed, the same signature no longer matches what it covers.
    std::vector<unsigned char> blob = decode_base64(line_of(file, 1), 74);
    blob[1] = 'D';
    check_error(pair.public_key, message, replace_line(file, 1, base64_of(blob)), Errc::signature_invalid);
}

TEST_CASE("a signature file accepts CRLF line ends and a missing final line break") {
    const KeyPair pair = generate_key_pair();
    const std::string file = signed_file(pair);
    std::string crlf;
    for (std::size_t i = 0; i < 4; ++i) crlf += line_of(file, i) + "\r\n";
    auto verified = verify_file(pair.public_key, bytes_of(message), crlf);
    REQUIRE(verified);
    CHECK(verified->trusted_comment == trusted);  // without the "\r", as minisign reads it
    CHECK(verify_file(pair.public_key, bytes_of(message), file.substr(0, file.size() - 1)));
}

TEST_CASE("malformed signature files are malformed_input for verify_file and signature_key_id") {
    const KeyPair pair = generate_key_pair();
    const std::string file = signed_file(pair);
    const std::string sig = line_of(file, 1);
    const std::string global = line_of(file, 3);
    std::vector<unsigned char> blob = decode_base64(sig, 74);
    blob[1] = 'X';
    std::string non_canonical = sig;  // 74 bytes leave 2 padding bits in the character before "="
    non_canonical[non_canonical.size() - 2] = static_cast<char>(non_canonical[non_canonical.size() - 2] + 1);
    const std::vector<std::string> malformed = {
        "",
        line_of(file, 0) + "\n" + sig + "\n" + line_of(file, 2) + "\n",  // three lines
        file + "extra\n",
        file + "\n",
        replace_line(file, 0, "comment: x"),
        replace_line(file, 2, "comment: x"),
        replace_line(file, 2, std::string_view("trusted comment: nul\0here", 25)),
        replace_line(file, 1, sig.substr(0, sig.size() - 4)),
        replace_line(file, 1, sig + "AAAA"),
        replace_line(file, 1, base64_of(blob)),  // unknown algorithm
        replace_line(file, 1, non_canonical),
        replace_line(file, 3, global.substr(0, global.size() - 4)),
        replace_line(file, 3, global + " "),
        replace_line(file, 0, "untrusted comment: " + std::string(untrusted_comment_max_bytes + 1, 'u')),
        replace_line(file, 2, "trusted comment: " + std::string(trusted_comment_max_bytes + 1, 't')),
    };
    for (const std::string& text : malformed) {
        check_error(pair.public_key, message, text, Errc::malformed_input);
        auto id = signature_key_id(text);
        REQUIRE_FALSE(id);
        CHECK(id.error().code == Errc::malformed_input);
    }
}

TEST_CASE("detached signatures verify with the right key and message only") {
    const KeyPair pair = generate_key_pair();
    const KeyPair other = generate_key_pair();
    const Signature signature = sign_detached(pair.secret_key, bytes_of(message));
    CHECK(verify_detached(pair.public_key, bytes_of(message), signature));
    CHECK(signature == sign_detached(pair.secret_key, bytes_of(message)));  // Ed25519 is deterministic
    CHECK_FALSE(verify_detached(other.public_key, bytes_of(message), signature));
    CHECK_FALSE(verify_detached(pair.public_key, bytes_of(std::string(message) + "x"), signature));
    Signature flipped = signature;
    flipped[10] ^= 0x01;
    CHECK_FALSE(verify_detached(pair.public_key, bytes_of(message), flipped));
    CHECK(verify_detached(pair.public_key, {}, sign_detached(pair.secret_key, {})));
}
