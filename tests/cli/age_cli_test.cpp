// Transcripts of `sanitize keygen|encrypt|decrypt` against the stock `age` binary: what we write
// opens with `age -d | tar -x`, what `tar -c | age -r` writes opens with ours, and a damaged
// file leaves nothing behind.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

std::string make_folder(const TempDir& dir) {
    const std::string folder = dir.file("持ち出し");
    std::filesystem::create_directories(folder + "/空のフォルダ");
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    create_file(folder + "/exact.bin", std::string(64 * 1024 * 2, 'x'));  // two whole chunks
    create_file(folder + "/empty.txt", "");
    return folder;
}

std::string public_key_of(const std::string& identity_file) {
    const std::string text = read_file(identity_file);
    const auto at = text.find("age1");
    REQUIRE(at != std::string::npos);
    return text.substr(at, text.find('\n', at) - at);
}

ProcessResult shell(const std::string& command, const std::string& directory) {
    ProcessOptions options;
    options.working_directory = directory;
    return run_process({"/bin/sh", "-c", command}, options);
}

}  // namespace

TEST_CASE("encrypt writes what stock age and tar open; decrypt opens what they write", "[cli][age]") {
    if (!find_program("age")) {
        WARN("age interop not checked: age is not installed");
        return;
    }
    Office office;
    const std::string folder = make_folder(office.dir);
    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    CHECK(mode_of(identity) == 0600);
    const std::string recipient = public_key_of(identity);

    ProcessResult encrypted = office.run({"encrypt", folder, "-o", office.dir.file("out.tar.age"), "-r", recipient});
    INFO(encrypted.err);
    REQUIRE(encrypted.ok());
    std::filesystem::create_directory(office.dir.file("by_age"));
    ProcessResult opened = shell("age -d -i key.txt out.tar.age | tar -x -C by_age", office.dir.path());
    INFO(opened.err);
    REQUIRE(opened.ok());
    CHECK(read_file(office.dir.file("by_age/持ち出し/報告書.txt")) == "報告書 2026\n");
    CHECK(read_file(office.dir.file("by_age/持ち出し/exact.bin")) == std::string(64 * 1024 * 2, 'x'));
    CHECK(std::filesystem::is_directory(office.dir.file("by_age/持ち出し/空のフォルダ")));

    ProcessResult written = shell("tar -c 持ち出し | age -r " + recipient + " > theirs.tar.age", office.dir.path());
    REQUIRE(written.ok());
    ProcessResult decrypted = office.run({"decrypt", office.dir.file("theirs.tar.age"), "-o", office.dir.file("ours"), "-i", identity});
    INFO(decrypted.err);
    REQUIRE(decrypted.ok());
    CHECK(read_file(office.dir.file("ours/持ち出し/報告書.txt")) == "報告書 2026\n");
    CHECK(read_file(office.dir.file("ours/持ち出し/empty.txt")).empty());
}

TEST_CASE("a passphrase file in armor round-trips; a damaged file leaves nothing", "[cli][age]") {
    Office office;
    const std::string folder = make_folder(office.dir);
    create_file(office.dir.file("pp.txt"), "a long carry-out passphrase\n");
    const std::string armored = office.dir.file("p.tar.age");
    ProcessResult encrypted = office.run({"encrypt", folder, "-o", armored, "--armor", "--passphrase-file", office.dir.file("pp.txt")});
    INFO(encrypted.err);
    REQUIRE(encrypted.ok());
    CHECK(read_file(armored).starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    ProcessResult decrypted = office.run({"decrypt", armored, "-o", office.dir.file("plain"), "--passphrase-file", office.dir.file("pp.txt")});
    INFO(decrypted.err);
    REQUIRE(decrypted.ok());
    CHECK(read_file(office.dir.file("plain/持ち出し/報告書.txt")) == "報告書 2026\n");

    const std::string identity = office.dir.file("key.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    const std::string binary = office.dir.file("b.tar.age");
    REQUIRE(office.run({"encrypt", folder, "-o", binary, "-r", public_key_of(identity)}).ok());
    std::string bytes = read_file(binary);
    bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 1);
    create_file(binary, bytes);
    ProcessResult damaged = office.run({"decrypt", binary, "-o", office.dir.file("never"), "-i", identity});
    CHECK(damaged.exit_code == 4);
    CHECK(contains(damaged.err, "corrupted or was tampered with"));
    CHECK_FALSE(std::filesystem::exists(office.dir.file("never")));
    for (const auto& entry : std::filesystem::directory_iterator(office.dir.path())) {
        CHECK(entry.path().filename().string().find("never") == std::string::npos);  // no staging left
    }
}
