// The read-back check of prepare_stick: an archive is authenticated to its end with the file
// key kept from encryption, and any change to the bytes, however small, fails it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stop_token>

#include "crypt/payload_check.hpp"
#include "sanitize/age.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;
namespace fs = std::filesystem;

namespace {

SecretBuffer copy_of(const SecretBuffer& key) {
    SecretBuffer copy(key.size());
    std::copy(key.bytes().begin(), key.bytes().end(), copy.bytes().begin());
    return copy;
}

struct Encrypted {
    std::vector<std::uint8_t> bytes;
    SecretBuffer key{file_key_bytes};
};

// A small folder encrypted to a fresh X25519 recipient, its file key kept on the side.
Encrypted encrypt_sample(const TempDir& tmp) {
    const fs::path source = fs::path(tmp.path()) / "資料";
    fs::create_directories(source / "下位");
    std::ofstream(source / "empty.txt").close();
    std::ofstream(source / "下位" / "64k.bin") << std::string(64 * 1024, 'x');
    std::ofstream(source / "メモ.txt") << "hello\n";
    const X25519Recipient recipient = X25519Identity::generate().recipient();
    detail::KeyKeepingRecipient keeper(recipient);
    const std::vector<const Recipient*> recipients{&keeper};
    Encrypted out;
    EncryptFolderOptions options;
    options.source = source;
    options.recipients = recipients;
    auto stats = encrypt_folder(
        options,
        [&out](std::span<const std::uint8_t> bytes) -> Result<void> {
            out.bytes.insert(out.bytes.end(), bytes.begin(), bytes.end());
            return {};
        },
        std::stop_token{});
    REQUIRE(stats);
    auto key = keeper.take_key();
    REQUIRE(key);
    CHECK_FALSE(keeper.take_key());  // handed over once
    out.key = std::move(*key);
    return out;
}

// Fed in uneven pieces, as a pipe delivers them.
Result<void> check(const std::vector<std::uint8_t>& bytes, SecretBuffer key, std::uint64_t* entries = nullptr) {
    detail::PayloadCheck checker(std::move(key));
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t take = std::min<std::size_t>(bytes.size() - at, 7000 + at % 3);
        if (auto fed = checker.write(std::span(bytes).subspan(at, take)); !fed) return fed;
        at += take;
    }
    auto done = checker.finish();
    if (entries != nullptr) *entries = checker.tar_entries();
    return done;
}

}  // namespace

TEST_CASE("payload check: an intact archive passes, to the end of its tar stream", "[crypt][prepare]") {
    TempDir tmp("sanitize-check");
    Encrypted archive = encrypt_sample(tmp);
    std::uint64_t entries = 0;
    REQUIRE(check(archive.bytes, copy_of(archive.key), &entries));
    CHECK(entries == 5);  // the folder, its subfolder and three files
}

TEST_CASE("payload check: one flipped byte in the last chunk fails with integrity_failure", "[crypt][prepare]") {
    TempDir tmp("sanitize-check");
    Encrypted archive = encrypt_sample(tmp);
    std::vector<std::uint8_t> flipped = archive.bytes;
    flipped[flipped.size() - 20] ^= 0x01;
    auto result = check(flipped, copy_of(archive.key));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Errc::integrity_failure);
}

TEST_CASE("payload check: truncation, a header change and another key all fail", "[crypt][prepare]") {
    TempDir tmp("sanitize-check");
    Encrypted archive = encrypt_sample(tmp);
    SECTION("the last bytes missing") {
        std::vector<std::uint8_t> cut(archive.bytes.begin(), archive.bytes.end() - 1);
        auto result = check(cut, copy_of(archive.key));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == Errc::integrity_failure);
    }
    SECTION("a byte of the header's stanza changed") {
        std::vector<std::uint8_t> edited = archive.bytes;
        edited[40] = edited[40] == 'A' ? 'B' : 'A';
        auto result = check(edited, copy_of(archive.key));
        REQUIRE_FALSE(result);
        CHECK((result.error().code == Errc::integrity_failure || result.error().code == Errc::malformed_input));
    }
    SECTION("another file key") {
        SecretBuffer other(file_key_bytes);
        auto result = check(archive.bytes, std::move(other));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == Errc::integrity_failure);
    }
}

TEST_CASE("payload check: an authentic age file that is not a complete tar fails", "[crypt][prepare]") {
    const X25519Recipient recipient = X25519Identity::generate().recipient();
    detail::KeyKeepingRecipient keeper(recipient);
    const std::vector<const Recipient*> recipients{&keeper};
    std::vector<std::uint8_t> bytes;
    auto encryptor = Encryptor::create(recipients, [&bytes](std::span<const std::uint8_t> out) -> Result<void> {
        bytes.insert(bytes.end(), out.begin(), out.end());
        return {};
    });
    REQUIRE(encryptor);
    const std::vector<std::uint8_t> not_tar(3000, 0x41);
    REQUIRE(encryptor->write(not_tar));
    REQUIRE(encryptor->finish());
    auto key = keeper.take_key();
    REQUIRE(key);
    auto result = check(bytes, std::move(*key));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Errc::integrity_failure);
}
