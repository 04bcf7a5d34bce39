// encrypt_folder / decrypt_to_folder: round trips, and failures that leave nothing behind.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stop_token>

#include "crypt_test_support.hpp"
#include "sanitize/age.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

Result<FolderStats> decrypt(const fs::path& input, const fs::path& target, std::vector<const Identity*> ids) {
    DecryptFolderOptions options{input, target, ids, 0, {}};
    return decrypt_to_folder(options, {});
}

}  // namespace

TEST_CASE("age: a folder round-trips: Japanese names, empty files and folders, symlinks, modes", "[crypt][folder]") {
    TempDir tmp("sanitize-crypt");
    const fs::path source = fs::path(tmp.path()) / "持ち出し";
    make_sample_tree(source);
    const auto a = X25519Identity::generate();
    const auto b = X25519Identity::generate();
    const auto ra = a.recipient();
    const auto rb = b.recipient();
    std::vector<const Recipient*> recipients = {&ra, &rb};
    for (const bool armor : {false, true}) {
        const fs::path output = fs::path(tmp.path()) / (armor ? "out.tar.age.asc" : "out.tar.age");
        std::uint64_t last_progress = 0;
        EncryptFolderOptions options{source, recipients, armor, [&](const FolderProgress& p) { last_progress = p.bytes_done; }, false};
        auto written = encrypt_folder(options, output, {});
        REQUIRE(written);
        CHECK(written->entries == 12);
        CHECK(last_progress == written->file_bytes);
        if (armor) CHECK(read_file(output).starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"));
        const fs::path target = fs::path(tmp.path()) / (armor ? "back_armored" : "back");
        auto read = decrypt(output, target, {&b});
        REQUIRE(read);
        CHECK(read->entries == written->entries);
        CHECK(tree_of(target / "持ち出し") == tree_of(source));
        CHECK((fs::status(target / "持ち出し/sub/deeper/small.bin").permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    }
}

TEST_CASE("age: an empty folder and a passphrase round-trip", "[crypt][folder][scrypt]") {
    TempDir tmp("sanitize-crypt");
    const fs::path source = fs::path(tmp.path()) / "empty";
    fs::create_directories(source);
    const ScryptRecipient recipient(secret_of("pass"), 10);
    std::vector<const Recipient*> recipients = {&recipient};
    REQUIRE(encrypt_folder({source, recipients, false, {}}, fs::path(tmp.path()) / "e.age", {}));
    const ScryptIdentity identity(secret_of("pass"));
    REQUIRE(decrypt(fs::path(tmp.path()) / "e.age", fs::path(tmp.path()) / "t", {&identity}));
    CHECK(fs::is_directory(fs::path(tmp.path()) / "t/empty"));
    CHECK(fs::is_empty(fs::path(tmp.path()) / "t/empty"));
}

TEST_CASE("age: tampered archives are refused and nothing is left behind", "[crypt][folder]") {
    TempDir tmp("sanitize-crypt");
    const fs::path source = fs::path(tmp.path()) / "src";
    make_sample_tree(source);
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    std::vector<const Recipient*> recipients = {&recipient};
    const fs::path good = fs::path(tmp.path()) / "good.age";
    REQUIRE(encrypt_folder({source, recipients, false, {}}, good, {}));
    const std::string bytes = read_file(good);
    const fs::path work = fs::path(tmp.path()) / "work";
    fs::create_directories(work);

    auto check_refused = [&](const std::string& file, Errc code) {
        write_file(work / "in.age", file);
        auto got = decrypt(work / "in.age", work / "out", {&identity});
        REQUIRE_FALSE(got);
        CHECK(got.error().code == code);
        CHECK(names_in(work) == std::vector<std::string>{"in.age"});  // no target, no staging
    };
    SECTION("bit flips in the header, the first chunk and the last") {
        for (const std::size_t at : {std::size_t{40}, std::size_t{300}, bytes.size() / 2, bytes.size() - 3}) {
            std::string flipped = bytes;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
            INFO("offset " << at);
            write_file(work / "in.age", flipped);
            auto got = decrypt(work / "in.age", work / "out", {&identity});
            REQUIRE_FALSE(got);
            CHECK(names_in(work) == std::vector<std::string>{"in.age"});
        }
    }
    SECTION("truncated") { check_refused(bytes.substr(0, bytes.size() - 100), Errc::integrity_failure); }
    SECTION("truncated at a chunk boundary") {
        const std::size_t header = parse_header(bytes_of(bytes))->length;
        check_refused(bytes.substr(0, header + 16 + 2 * (payload_chunk_bytes + 16)), Errc::integrity_failure);
    }
    SECTION("extended") { check_refused(bytes + std::string(1, '\0'), Errc::integrity_failure); }
    SECTION("the wrong identity") {
        const auto other = X25519Identity::generate();
        write_file(work / "in.age", bytes);
        auto got = decrypt(work / "in.age", work / "out", {&other});
        CHECK(got.error().code == Errc::wrong_passphrase);
        CHECK(names_in(work) == std::vector<std::string>{"in.age"});
    }
}

TEST_CASE("age: an existing target is refused, a stop request cancels, both leave nothing", "[crypt][folder]") {
    TempDir tmp("sanitize-crypt");
    const fs::path source = fs::path(tmp.path()) / "src";
    make_sample_tree(source);
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    std::vector<const Recipient*> recipients = {&recipient};
    std::stop_source stop;
    stop.request_stop();
    auto cancelled = encrypt_folder({source, recipients, false, {}}, fs::path(tmp.path()) / "c.age", stop.get_token());
    CHECK(cancelled.error().code == Errc::cancelled);
    CHECK_FALSE(fs::exists(fs::path(tmp.path()) / "c.age"));

    REQUIRE(encrypt_folder({source, recipients, false, {}}, fs::path(tmp.path()) / "a.age", {}));
    fs::create_directories(fs::path(tmp.path()) / "exists");
    CHECK(decrypt(fs::path(tmp.path()) / "a.age", fs::path(tmp.path()) / "exists", {&identity}).error().code ==
          Errc::refused);
    std::vector<const Identity*> ids = {&identity};
    auto stopped = decrypt_to_folder({fs::path(tmp.path()) / "a.age", fs::path(tmp.path()) / "t", ids, 0, {}},
                                     stop.get_token());
    CHECK(stopped.error().code == Errc::cancelled);
    CHECK_FALSE(fs::exists(fs::path(tmp.path()) / "t"));
    auto limited = decrypt_to_folder({fs::path(tmp.path()) / "a.age", fs::path(tmp.path()) / "t", ids, 1000, {}}, {});
    CHECK(limited.error().code == Errc::refused);
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"a.age", "exists", "src"});
}

TEST_CASE("age: a folder with a symlink pointing out of it is refused when encrypting", "[crypt][folder]") {
    TempDir tmp("sanitize-crypt");
    const fs::path source = fs::path(tmp.path()) / "src";
    fs::create_directories(source);
    fs::create_symlink("/etc/passwd", source / "abs");
    const auto recipient = X25519Identity::generate().recipient();
    std::vector<const Recipient*> recipients = {&recipient};
    auto got = encrypt_folder({source, recipients, false, {}}, fs::path(tmp.path()) / "o.age", {});
    REQUIRE_FALSE(got);
    CHECK(got.error().code == Errc::refused);
    CHECK(got.error().context.find("abs") != std::string::npos);
    CHECK_FALSE(fs::exists(fs::path(tmp.path()) / "o.age"));
}
