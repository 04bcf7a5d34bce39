// Canonical JSON and the event hash: the bytes that are signed must have exactly one form.
#include <catch2/catch.hpp>

#include "ledger/canonical_json.hpp"
#include "ledger/event_hash.hpp"

using sanitize::Errc;
using sanitize::ledger::detail::canonicalize;

TEST_CASE("canonical JSON sorts keys and drops insignificant whitespace", "[ledger][json]") {
    auto text = canonicalize(" { \"b\" : [1, 2, {\"z\": true, \"a\": null}],\n \"a\": \"x\" } ");
    REQUIRE(text);
    CHECK(*text == R"({"a":"x","b":[1,2,{"a":null,"z":true}]})");
}

TEST_CASE("canonical JSON keeps Japanese text byte for byte and does not normalise", "[ledger][json]") {
    // "が" precomposed (U+304C) and decomposed (U+304B U+3099) stay as given.
    const std::string payload = "{\"name\":\"情報資産管理台帳 が が\"}";
    auto text = canonicalize(payload);
    REQUIRE(text);
    CHECK(*text == payload);
}

TEST_CASE("canonical JSON orders keys by their UTF-8 bytes", "[ledger][json]") {
    auto text = canonicalize(R"({"資産":1,"b":2,"B":3,"":4})");
    REQUIRE(text);
    CHECK(*text == "{\"\":4,\"B\":3,\"b\":2,\"資産\":1}");
}

TEST_CASE("canonical JSON escapes only what JSON requires", "[ledger][json]") {
    auto text = canonicalize(R"({"s":"tab\t nl\n quote\" back\\ ctl\u0001 slash\/ del)" "\x7f" R"("})");
    REQUIRE(text);
    CHECK(*text == "{\"s\":\"tab\\t nl\\n quote\\\" back\\\\ ctl\\u0001 slash/ del\x7f\"}");
}

TEST_CASE("canonical JSON rejects duplicate keys, floats, bad UTF-8 and trailing bytes", "[ledger][json]") {
    const char* const rejected[] = {
        R"({"a":1,"a":2})", R"({"o":{"k":1,"k":1}})", R"({"f":1.5})", R"({"f":1e3})",
        "{\"s\":\"\xff\"}", "{\"s\":\"\xe6\x83\"}", R"({"s":"\ud800"})", R"({"a":1} x)",
        R"({"a":1,})", R"({"big":123456789012345678901234567890})", "",
    };
    for (const char* input : rejected) {
        INFO(input);
        auto text = canonicalize(input);
        REQUIRE_FALSE(text);
        CHECK(text.error().code == Errc::malformed_input);
    }
}

TEST_CASE("canonical JSON limits nesting", "[ledger][json]") {
    std::string deep(40, '[');
    deep += std::string(40, ']');
    CHECK_FALSE(canonicalize(deep));
    std::string fine(20, '[');
    fine += std::string(20, ']');
    CHECK(canonicalize(fine));
}

TEST_CASE("canonical JSON keeps 64-bit integers exact", "[ledger][json]") {
    auto text = canonicalize(R"({"max":18446744073709551615,"min":-9223372036854775808,"zero":-0})");
    REQUIRE(text);
    CHECK(*text == R"({"max":18446744073709551615,"min":-9223372036854775808,"zero":0})");
}

TEST_CASE("the event hash follows the documented layout", "[ledger][hash]") {
    using namespace sanitize::ledger;
    Hash prev{};
    prev.fill(0x11);
    const sanitize::keys::KeyId actor{1, 2, 3, 4, 5, 6, 7, 8};
    const Hash hash = detail::event_hash(
        {prev, 2, "2025-04-01T00:00:00Z", "audit.note", actor, "{\"text\":\"監査メモ\"}"});
    // Computed independently with Python's hashlib.blake2b(digest_size=32) over the same layout
    // (docs/ledger.md): a verifier in another language can reproduce it.
    CHECK(detail::to_hex(hash) == "1d109a6c1bf903dea0b8fb0d20172d67435f031415f80d4137a06e81a7ee5aa1");
}

TEST_CASE("hex decoding takes exactly the right length", "[ledger][hash]") {
    using sanitize::ledger::detail::from_hex;
    CHECK(from_hex<16>(std::string(32, 'a')));
    CHECK(from_hex<16>(std::string(32, 'A')));
    CHECK_FALSE(from_hex<16>(std::string(31, 'a')));
    CHECK_FALSE(from_hex<16>(std::string(32, 'g')));
}
