// Identities and recipients: Bech32 texts, age-keygen's file format, fingerprints.
#include <catch2/catch.hpp>

#include <string>

#include "crypt_test_support.hpp"
#include "sanitize/age.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;

namespace {
std::string text_of(const SecretBuffer& buffer) {
    return {reinterpret_cast<const char*>(buffer.bytes().data()), buffer.size()};
}
}  // namespace

TEST_CASE("age: the spec's example identity gives the spec's example recipient", "[crypt][keys]") {
    auto identity = X25519Identity::parse(
        bytes_of("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"));
    REQUIRE(identity);
    CHECK(identity->recipient().to_string() == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj");
    CHECK(text_of(identity->to_string()) ==
          "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX");
}

TEST_CASE("age: recipients parse back, foreign and broken texts are malformed", "[crypt][keys]") {
    const auto recipient = X25519Identity::generate().recipient();
    auto back = X25519Recipient::parse(recipient.to_string());
    REQUIRE(back);
    CHECK(back->public_key() == recipient.public_key());
    CHECK(X25519Recipient::parse("age1pq1abc").error().code == Errc::malformed_input);
    std::string broken = recipient.to_string();
    broken.back() = broken.back() == 'q' ? 'p' : 'q';
    CHECK_FALSE(X25519Recipient::parse(broken));
}

TEST_CASE("age: keygen text has age-keygen's three lines and parses as an identity file", "[crypt][keys]") {
    const auto identity = X25519Identity::generate();
    const SecretBuffer text = keygen_file_text(identity, std::chrono::system_clock::from_time_t(1700000000));
    const std::string s = text_of(text);
    CHECK(s.starts_with("# created: 2023-11-14T22:13:20Z\n# public key: " + identity.recipient().to_string() +
                        "\nAGE-SECRET-KEY-1"));
    CHECK(s.ends_with("\n"));
    auto parsed = parse_identity_file(text.bytes());
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 1);
    CHECK(parsed->front().recipient().public_key() == identity.recipient().public_key());
    CHECK(parse_identity_file(bytes_of("# only a comment\n")).error().code == Errc::malformed_input);
    CHECK(parse_identity_file(bytes_of("nonsense\n")).error().context == "identity file line 1");
}

TEST_CASE("age: a fingerprint is the hex SHA-256 of the recipient text", "[crypt][keys]") {
    auto recipient = X25519Recipient::parse("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj");
    REQUIRE(recipient);
    const std::string fp = recipient_fingerprint(*recipient);
    CHECK(fp.size() == 64);
    CHECK(fp == recipient_fingerprint(*X25519Recipient::parse(recipient->to_string())));
}
