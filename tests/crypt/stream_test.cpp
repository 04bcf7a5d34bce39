// Encryptor and Decryptor: round trips at chunk boundaries, armor, several recipients, and
// tampering that must be refused with nothing past the damage released.
#include <catch2/catch.hpp>

#include "crypt_test_support.hpp"
#include "sanitize/age.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;

TEST_CASE("age: round trips at and around 64 KiB chunk boundaries, binary and armored", "[crypt][stream]") {
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    for (const bool armor : {false, true}) {
        for (const std::size_t size : {std::size_t{0}, std::size_t{1}, payload_chunk_bytes - 1, payload_chunk_bytes,
                                       payload_chunk_bytes + 1, 3 * payload_chunk_bytes}) {
            const std::string plain = pattern_bytes(size, static_cast<unsigned>(size));
            const std::string file = encrypt_to_string(plain, {&recipient}, armor);
            for (const std::size_t piece : {std::size_t{1000}, std::size_t{1} << 20}) {
                const auto got = decrypt_string(file, {&identity}, piece);
                INFO("size " << size << " armor " << armor << " piece " << piece);
                REQUIRE(got.result);
                CHECK(got.plaintext == plain);
            }
        }
    }
}

TEST_CASE("age: any of several recipients decrypts, a stranger gets wrong_passphrase", "[crypt][stream]") {
    const auto a = X25519Identity::generate();
    const auto b = X25519Identity::generate();
    const auto stranger = X25519Identity::generate();
    const auto ra = a.recipient();
    const auto rb = b.recipient();
    const std::string file = encrypt_to_string("two readers", {&ra, &rb});
    CHECK(decrypt_string(file, {&a}).plaintext == "two readers");
    CHECK(decrypt_string(file, {&b}).plaintext == "two readers");
    const auto got = decrypt_string(file, {&stranger});
    REQUIRE_FALSE(got.result);
    CHECK(got.result.error().code == Errc::wrong_passphrase);
}

TEST_CASE("age: scrypt: round trip, wrong passphrase, and never beside another recipient", "[crypt][stream][scrypt]") {
    const ScryptRecipient recipient(secret_of("合言葉"), 10);
    const std::string file = encrypt_to_string("secret", {&recipient});
    const ScryptIdentity right(secret_of("合言葉"));
    const ScryptIdentity wrong(secret_of("合言葉?"));
    CHECK(decrypt_string(file, {&right}).plaintext == "secret");
    CHECK(decrypt_string(file, {&wrong}).result.error().code == Errc::wrong_passphrase);
    const auto x = X25519Identity::generate().recipient();
    std::string out;
    std::vector<const Recipient*> both = {&recipient, &x};
    auto mixed = Encryptor::create(both, string_sink(out));
    REQUIRE_FALSE(mixed);
    CHECK(mixed.error().code == Errc::invalid_argument);
    // A stanza asking for more work than allowed is refused before any work is done.
    const ScryptIdentity strict(secret_of("合言葉"), 9);
    CHECK(decrypt_string(file, {&strict}).result.error().code == Errc::malformed_input);
}

TEST_CASE("age: the default scrypt work factor is age's 18", "[crypt][scrypt][slow]") {
    const ScryptRecipient recipient(secret_of("pw"));
    const std::string file = encrypt_to_string("x", {&recipient});
    auto header = parse_header(bytes_of(file));
    REQUIRE(header);
    REQUIRE(header->stanzas.size() == 1);
    CHECK(header->stanzas[0].type == "scrypt");
    CHECK(header->stanzas[0].args.at(1) == "18");
}

TEST_CASE("age: truncated, extended and bit-flipped files fail as integrity failures", "[crypt][stream]") {
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    const std::string plain = pattern_bytes(2 * payload_chunk_bytes + 10, 5);
    const std::string file = encrypt_to_string(plain, {&recipient});
    const std::size_t header = parse_header(bytes_of(file))->length;

    SECTION("truncated at a chunk boundary: the chunks before are released, the end is refused") {
        const std::size_t cut = header + 16 + 2 * (payload_chunk_bytes + 16);
        const auto got = decrypt_string(file.substr(0, cut), {&identity});
        REQUIRE_FALSE(got.result);
        CHECK(got.result.error().code == Errc::integrity_failure);
        CHECK(got.plaintext.size() == 2 * payload_chunk_bytes);  // both authenticated as middle chunks
    }
    SECTION("one byte short") {
        CHECK(decrypt_string(file.substr(0, file.size() - 1), {&identity}).result.error().code ==
              Errc::integrity_failure);
    }
    SECTION("one byte more") {
        CHECK(decrypt_string(file + "x", {&identity}).result.error().code == Errc::integrity_failure);
    }
    SECTION("a flipped bit anywhere") {
        for (const std::size_t at : {std::size_t{30}, header - 5, header + 3, header + 20, file.size() - 1}) {
            std::string flipped = file;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x04);
            const auto got = decrypt_string(flipped, {&identity});
            INFO("offset " << at);
            REQUIRE_FALSE(got.result);
            CHECK(got.plaintext.size() <= at);
        }
    }
}

TEST_CASE("age: parse_header names the stanzas so a front end knows to ask for a passphrase", "[crypt][header]") {
    const ScryptRecipient recipient(secret_of("pw"), 10);
    const std::string file = encrypt_to_string("x", {&recipient}, false);
    auto info = parse_header(bytes_of(file));
    REQUIRE(info);
    CHECK(info->stanzas.at(0).type == "scrypt");
    CHECK(file.substr(info->length - 1, 1) == "\n");
    CHECK(parse_header(bytes_of("age-encryption.org/v1\n")).error().code == Errc::malformed_input);
}
