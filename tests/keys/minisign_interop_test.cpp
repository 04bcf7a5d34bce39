// Interoperability with the stock minisign binary (0.11 on Debian 12), both ways. minisign reads
// passphrases with fgets from stdin when stdin is not a terminal, one line per prompt, so the
// tests feed them as "pass\n" (twice for -G, which asks again).
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "keys_test_support.hpp"
#include "run_process.hpp"
#include "sanitize/keys.hpp"
#include "temp_dir.hpp"

using sanitize::Errc;
using namespace sanitize::keys;
using namespace sanitize::test;

namespace {

// Binary on purpose: a NUL, high bytes and no final line break.
constexpr char message_bytes[] = "deletion certificate\0\xff\xfe body";
const std::string message(message_bytes, sizeof message_bytes - 1);
constexpr std::string_view trusted = "certificate:2024-0001\tledger:42";
// UTF-8, as an operator in a Japanese office may well choose.
constexpr std::string_view pass = "山田の合言葉 2024";

ProcessResult run_minisign(const std::string& minisign, std::vector<std::string> args, std::string stdin_text = {}) {
    args.insert(args.begin(), minisign);
    ProcessOptions options;
    options.stdin_text = std::move(stdin_text);
    return run_process(args, options);
}

struct OurKeyFiles {
    KeyPair pair;
    std::string public_path;
    std::string secret_path;
};

OurKeyFiles write_our_key(const TempDir& dir, KdfCost cost) {
    OurKeyFiles files{generate_key_pair(), dir.file("our.pub"), dir.file("our.key")};
    write_text(files.public_path, encode_public_key(files.pair.public_key));
    write_text(files.secret_path, encode_secret_key(files.pair.secret_key, passphrase(pass), cost).value());
    return files;
}

// minisign signs with a key made here; verify_file takes minisign's signature and its comment.
void check_minisign_signs_with_our_key(const std::string& minisign, KdfCost cost) {
    TempDir dir("sanitize-keys");
    const OurKeyFiles key = write_our_key(dir, cost);
    write_text(dir.file("m"), message);
    // -p makes minisign check that the public key file matches the secret key before it writes.
    ProcessResult signed_ = run_minisign(minisign, {"-S", "-s", key.secret_path, "-p", key.public_path, "-m",
                                                    dir.file("m"), "-t", std::string(trusted)},
                                         std::string(pass) + "\n");
    INFO(signed_.err);
    REQUIRE(signed_.ok());
    auto verified = verify_file(key.pair.public_key, bytes_of(message), read_text(dir.file("m.minisig")));
    REQUIRE(verified);
    CHECK(verified->trusted_comment == trusted);
    CHECK(verified->key_id == key.pair.public_key.id);
    CHECK(run_minisign(minisign, {"-V", "-p", key.public_path, "-m", dir.file("m")}).ok());
}

}  // namespace

TEST_CASE("a key made by minisign -G loads here and what it signs here passes minisign -V", "[interop][slow]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    TempDir dir("sanitize-keys");
    const std::string pub = dir.file("ms.pub");
    const std::string sec = dir.file("ms.key");
    const std::string line = std::string(pass) + "\n";
    ProcessResult made = run_minisign(*minisign, {"-G", "-p", pub, "-s", sec}, line + line);
    INFO(made.out << made.err);
    REQUIRE(made.ok());

    const std::string public_text = read_text(pub);
    auto public_key = decode_public_key(public_text);
    REQUIRE(public_key);
    // minisign 0.11 prints the id without leading zeros ("%lX"), later versions with 16 digits.
    const std::string comment_prefix = "untrusted comment: minisign public key ";
    REQUIRE(line_of(public_text, 0).starts_with(comment_prefix));
    auto printed_id = parse_key_id_hex(line_of(public_text, 0).substr(comment_prefix.size()));
    REQUIRE(printed_id);
    CHECK(*printed_id == public_key->id);
    CHECK(line_of(encode_public_key(*public_key), 1) == line_of(public_text, 1));

    auto wrong = decode_secret_key(read_text(sec), passphrase("山田の合言葉 2025"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == Errc::wrong_passphrase);
    auto secret = decode_secret_key(read_text(sec), passphrase(pass));
    REQUIRE(secret);
    CHECK(secret->public_key() == *public_key);

    write_text(dir.file("m"), message);
    write_text(dir.file("m.minisig"), sign_file(*secret, bytes_of(message), trusted).value());
    // -H: minisign insists on the prehashed algorithm, which is what we write.
    ProcessResult verified = run_minisign(*minisign, {"-V", "-H", "-p", pub, "-m", dir.file("m")});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
    CHECK(verified.out.find("Trusted comment: " + std::string(trusted) + "\n") != std::string::npos);
    CHECK(run_minisign(*minisign, {"-V", "-P", line_of(public_text, 1), "-m", dir.file("m")}).ok());
}

TEST_CASE("a key made here signs with minisign -S and verify_file accepts the result", "[interop]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    check_minisign_signs_with_our_key(*minisign, light_cost);
}

TEST_CASE("a key made here with minisign's default scrypt cost signs with minisign -S", "[interop][slow]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    check_minisign_signs_with_our_key(*minisign, KdfCost{});
}

TEST_CASE("minisign refuses a wrong passphrase for a key made here", "[interop]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    TempDir dir("sanitize-keys");
    const OurKeyFiles key = write_our_key(dir, light_cost);
    write_text(dir.file("m"), message);
    ProcessResult refused = run_minisign(*minisign, {"-S", "-s", key.secret_path, "-m", dir.file("m")}, "wrong\n");
    CHECK_FALSE(refused.ok());
    CHECK(refused.err.find("Wrong password for that key") != std::string::npos);
}

TEST_CASE("minisign's default trusted comment and its legacy signatures verify here", "[interop]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    TempDir dir("sanitize-keys");
    const OurKeyFiles key = write_our_key(dir, light_cost);
    write_text(dir.file("m"), message);
    const std::string line = std::string(pass) + "\n";
    REQUIRE(run_minisign(*minisign, {"-S", "-s", key.secret_path, "-m", dir.file("m")}, line).ok());
    auto verified = verify_file(key.pair.public_key, bytes_of(message), read_text(dir.file("m.minisig")));
    REQUIRE(verified);
    CHECK(verified->trusted_comment.starts_with("timestamp:"));
    CHECK(verified->trusted_comment.ends_with("\tfile:m\thashed"));

    REQUIRE(run_minisign(*minisign, {"-S", "-l", "-s", key.secret_path, "-m", dir.file("m"), "-x", dir.file("legacy"),
                                     "-t", std::string(trusted)},
                         line)
                .ok());
    const std::string legacy = read_text(dir.file("legacy"));
    CHECK(line_of(legacy, 1).substr(0, 2) == "RW");  // base64 of "Ed"
    auto legacy_verified = verify_file(key.pair.public_key, bytes_of(message), legacy);
    REQUIRE(legacy_verified);
    CHECK(legacy_verified->trusted_comment == trusted);
}

TEST_CASE("a flipped byte in message, signature or trusted comment fails minisign -V and verify_file", "[interop]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    TempDir dir("sanitize-keys");
    const OurKeyFiles key = write_our_key(dir, light_cost);
    const std::string file = sign_file(key.pair.secret_key, bytes_of(message), trusted).value();
    std::string flipped_message = message;
    flipped_message[3] ^= 0x20;
    std::string flipped_comment(trusted);
    flipped_comment[12] ^= 0x01;
    struct Case {
        const char* what;
        std::string message;
        std::string signature;
        bool valid;
    };
    const std::vector<Case> cases = {
        {"untouched", message, file, true},
        {"message", flipped_message, file, false},
        {"signature", message, replace_line(file, 1, flip_base64_char(line_of(file, 1), 40)), false},
        {"trusted comment", message, replace_line(file, 2, "trusted comment: " + flipped_comment), false},
        {"global signature", message, replace_line(file, 3, flip_base64_char(line_of(file, 3), 20)), false},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        write_text(dir.file("m"), c.message);
        write_text(dir.file("m.minisig"), c.signature);
        CHECK(run_minisign(*minisign, {"-V", "-p", key.public_path, "-m", dir.file("m")}).ok() == c.valid);
        auto verified = verify_file(key.pair.public_key, bytes_of(c.message), c.signature);
        CHECK(verified.has_value() == c.valid);
        if (!verified) CHECK(verified.error().code == Errc::signature_invalid);
    }
}

TEST_CASE("minisign names the same key ids as key_id_hex when the key does not match", "[interop]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    TempDir dir("sanitize-keys");
    const OurKeyFiles key = write_our_key(dir, light_cost);
    const KeyPair other = generate_key_pair();
    write_text(dir.file("other.pub"), encode_public_key(other.public_key));
    write_text(dir.file("m"), message);
    write_text(dir.file("m.minisig"), sign_file(key.pair.secret_key, bytes_of(message), trusted).value());
    ProcessResult mismatch = run_minisign(*minisign, {"-V", "-p", dir.file("other.pub"), "-m", dir.file("m")});
    INFO(mismatch.err);
    CHECK_FALSE(mismatch.ok());
    // "Signature key id in <file> is <ID>\nbut the key id in the public key is <ID>\n"; minisign
    // 0.11 drops leading zeros, so the ids are compared as numbers.
    const std::size_t first_at = mismatch.err.find(" is ");
    const std::size_t second_at = mismatch.err.find("public key is ");
    REQUIRE(first_at != std::string::npos);
    REQUIRE(second_at != std::string::npos);
    auto signer_id = parse_key_id_hex(line_of(mismatch.err.substr(first_at + 4), 0));
    auto other_id = parse_key_id_hex(line_of(mismatch.err.substr(second_at + 14), 0));
    REQUIRE(signer_id);
    REQUIRE(other_id);
    CHECK(*signer_id == key.pair.public_key.id);
    CHECK(*other_id == other.public_key.id);
    // A key id with a leading zero digit, as minisign 0.11 prints it, parses to the same id.
    const std::string padded = key_id_hex(key.pair.public_key.id);
    const std::string unpadded = padded.substr(std::min(padded.find_first_not_of('0'), padded.size() - 1));
    CHECK(parse_key_id_hex(unpadded).value() == key.pair.public_key.id);
}

TEST_CASE("an unencrypted key from minisign -G -W is refused", "[interop]") {
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("skipped: minisign not installed");
        return;
    }
    TempDir dir("sanitize-keys");
    REQUIRE(run_minisign(*minisign, {"-G", "-W", "-p", dir.file("w.pub"), "-s", dir.file("w.key")}).ok());
    auto key = decode_secret_key(read_text(dir.file("w.key")), passphrase(""));
    REQUIRE_FALSE(key);
    CHECK(key.error().code == Errc::refused);
}
