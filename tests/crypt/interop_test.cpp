// Interoperability with the stock age and age-keygen binaries (age 1.1 on Debian 12), both
// ways, through tar as a receiver would use them. age reads passphrases from the terminal only,
// so the scrypt tests run it under `script`, which gives it a pseudo-terminal and forwards our
// stdin to it: the passphrase really is typed, there is no environment-variable shortcut.
// When age, age-keygen, tar or script is missing the tests warn and pass.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>

#include "crypt_test_support.hpp"
#include "run_process.hpp"
#include "sanitize/age.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;
namespace fs = std::filesystem;

namespace {

bool tools_present() {
    for (const char* tool : {"age", "age-keygen", "tar", "sh"}) {
        if (!find_program(tool)) {
            WARN("skipped: " << tool << " not installed");
            return false;
        }
    }
    return true;
}

// Single quotes for sh; test paths hold no quote.
std::string q(const fs::path& path) { return "'" + path.string() + "'"; }

ProcessResult sh(const std::string& command, const std::string& input = {}) {
    ProcessOptions options;
    options.stdin_text = input;
    return run_process({"sh", "-c", command}, options);
}

struct AgeKey {
    fs::path file;
    std::string recipient;
};

AgeKey age_keygen(const TempDir& tmp, const std::string& name) {
    const fs::path file = fs::path(tmp.path()) / name;
    ProcessResult made = run_process({"age-keygen", "-o", file.string()});
    INFO(made.err);
    REQUIRE(made.ok());
    ProcessResult pub = run_process({"age-keygen", "-y", file.string()});
    REQUIRE(pub.ok());
    return {file, pub.out.substr(0, pub.out.find('\n'))};
}

std::vector<X25519Identity> identities_from(const fs::path& file) {
    const std::string text = read_file(file);
    auto parsed = parse_identity_file(bytes_of(text));
    REQUIRE(parsed);
    return std::move(*parsed);
}

}  // namespace

TEST_CASE("age: what we encrypt, age -d | tar -x reads (X25519, several recipients, armor)", "[crypt][interop]") {
    if (!tools_present()) return;
    TempDir tmp("sanitize-age-interop");
    const fs::path source = fs::path(tmp.path()) / "持ち出し";
    make_sample_tree(source);
    const AgeKey theirs = age_keygen(tmp, "theirs.txt");
    const auto ours = X25519Identity::generate();
    write_file(fs::path(tmp.path()) / "ours.txt", [&] {
        const SecretBuffer text = keygen_file_text(ours, std::chrono::system_clock::now());
        return std::string(reinterpret_cast<const char*>(text.bytes().data()), text.size());
    }());
    const auto their_recipient = X25519Recipient::parse(theirs.recipient);
    REQUIRE(their_recipient);
    const auto our_recipient = ours.recipient();
    std::vector<const Recipient*> recipients = {&*their_recipient, &our_recipient};
    for (const bool armor : {false, true}) {
        const fs::path output = fs::path(tmp.path()) / (armor ? "a.age" : "b.age");
        REQUIRE(encrypt_folder({source, recipients, armor, {}}, output, {}));
        for (const fs::path& key : {theirs.file, fs::path(tmp.path()) / "ours.txt"}) {
            const fs::path dest = fs::path(tmp.path()) / ("dest-" + std::to_string(armor) + key.stem().string());
            fs::create_directories(dest);
            ProcessResult got = sh("age -d -i " + q(key) + " " + q(output) + " | tar -x -C " + q(dest));
            INFO(got.err);
            REQUIRE(got.ok());
            CHECK(got.err.empty());  // plain UTF-8 pax records: nothing for GNU tar to warn about
            CHECK(tree_of(dest / "持ち出し") == tree_of(source));
        }
    }
}

TEST_CASE("age: what tar -c | age -r writes, we decrypt (X25519, several recipients, armor)", "[crypt][interop]") {
    if (!tools_present()) return;
    TempDir tmp("sanitize-age-interop");
    const fs::path source = fs::path(tmp.path()) / "報告";
    make_sample_tree(source);
    const AgeKey one = age_keygen(tmp, "one.txt");
    const AgeKey two = age_keygen(tmp, "two.txt");
    auto identities = identities_from(two.file);
    std::vector<const Identity*> ids = {&identities.front()};
    for (const std::string armor : {"", "-a "}) {
        const fs::path output = fs::path(tmp.path()) / (armor.empty() ? "b.age" : "a.age");
        ProcessResult made = sh("tar -c -C " + q(tmp.path()) + " 報告 | age " + armor + "-r " + one.recipient + " -r " +
                                two.recipient + " -o " + q(output));
        INFO(made.err);
        REQUIRE(made.ok());
        const fs::path target = fs::path(tmp.path()) / (armor.empty() ? "t-binary" : "t-armor");
        auto got = decrypt_to_folder({output, target, ids, 0, {}}, {});
        INFO((got ? std::string() : got.error().context));
        REQUIRE(got);
        CHECK(tree_of(target / "報告") == tree_of(source));
    }
}

TEST_CASE("age: passphrases both ways: age -p into ours, ours into age -d", "[crypt][interop][scrypt][slow]") {
    if (!tools_present()) return;
    if (!find_program("script")) {
        WARN("skipped: script (util-linux) not installed, age reads passphrases only from a terminal");
        return;
    }
    TempDir tmp("sanitize-age-interop");
    const fs::path source = fs::path(tmp.path()) / "src";
    make_sample_tree(source);
    const std::string pass = "correct horse 山";
    REQUIRE(sh("tar -c -C " + q(tmp.path()) + " -f " + q(fs::path(tmp.path()) / "in.tar") + " src").ok());

    // age -p asks twice, on the terminal that script provides.
    ProcessResult made = sh("script -q -e -c \"age -p -o " + q(fs::path(tmp.path()) / "p.age") + " " +
                                q(fs::path(tmp.path()) / "in.tar") + "\" /dev/null",
                            pass + "\n" + pass + "\n");
    INFO(made.out << made.err);
    REQUIRE(made.ok());
    const ScryptIdentity identity(secret_of(pass));
    std::vector<const Identity*> ids = {&identity};
    auto got = decrypt_to_folder({fs::path(tmp.path()) / "p.age", fs::path(tmp.path()) / "t", ids, 0, {}}, {});
    REQUIRE(got);
    CHECK(tree_of(fs::path(tmp.path()) / "t/src") == tree_of(source));

    const ScryptRecipient recipient(secret_of(pass));  // age's default work factor, 18
    std::vector<const Recipient*> recipients = {&recipient};
    REQUIRE(encrypt_folder({source, recipients, false, {}}, fs::path(tmp.path()) / "ours.age", {}));
    ProcessResult opened = sh("script -q -e -c \"age -d -o " + q(fs::path(tmp.path()) / "ours.tar") + " " +
                                  q(fs::path(tmp.path()) / "ours.age") + "\" /dev/null",
                              pass + "\n");
    INFO(opened.out << opened.err);
    REQUIRE(opened.ok());
    const fs::path dest = fs::path(tmp.path()) / "dest";
    fs::create_directories(dest);
    REQUIRE(sh("tar -x -C " + q(dest) + " -f " + q(fs::path(tmp.path()) / "ours.tar")).ok());
    CHECK(tree_of(dest / "src") == tree_of(source));
}
