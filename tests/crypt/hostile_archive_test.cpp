// Hostile archives, built with libarchive and properly encrypted, so that only the extractor's
// rules stand between them and the disk: each is refused, naming the entry, and nothing is
// written inside or outside the target.
#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

#include "crypt_test_support.hpp"
#include "sanitize/age.hpp"
#include "tar_builder.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;
namespace fs = std::filesystem;

namespace {

using EntrySpec = TarMember;

void check_refused(const std::vector<EntrySpec>& entries, const std::string& bad_name) {
    TempDir tmp("sanitize-hostile");
    const fs::path work = fs::path(tmp.path()) / "a" / "b";
    fs::create_directories(work);
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    write_file(work / "in.age", encrypt_to_string(make_tar(entries), {&recipient}));
    std::vector<const Identity*> ids = {&identity};
    auto got = decrypt_to_folder({work / "in.age", work / "out", ids, 0, {}}, {});
    INFO("entry " << bad_name);
    REQUIRE_FALSE(got);
    CHECK((got.error().code == Errc::refused || got.error().code == Errc::malformed_input));
    CHECK(got.error().context.find(bad_name) != std::string::npos);
    // Nothing new anywhere under the temp dir: only the input remains.
    std::vector<std::string> all;
    for (const auto& entry : fs::recursive_directory_iterator(tmp.path())) {
        all.push_back(fs::relative(entry.path(), tmp.path()).string());
    }
    std::sort(all.begin(), all.end());
    CHECK(all == std::vector<std::string>{"a", "a/b", "a/b/in.age"});
}

}  // namespace

TEST_CASE("age: path traversal with .. is refused", "[crypt][hostile]") {
    check_refused({{"ok/", AE_IFDIR, "", "", ""}, {"ok/../../escaped", AE_IFREG, "x", "", ""}}, "ok/../../escaped");
    check_refused({{"../escaped", AE_IFREG, "x", "", ""}}, "../escaped");
}

TEST_CASE("age: absolute paths are refused", "[crypt][hostile]") {
    TempDir outside("sanitize-hostile-abs");
    const std::string victim = outside.file("written");
    check_refused({{victim, AE_IFREG, "x", "", ""}}, victim);
    CHECK_FALSE(fs::exists(victim));
}

TEST_CASE("age: symlinks leaving the target are refused, and nothing is written through a link", "[crypt][hostile]") {
    check_refused({{"d/", AE_IFDIR, "", "", ""}, {"d/up", AE_IFLNK, "", "../../outside", ""}}, "d/up");
    check_refused({{"abs", AE_IFLNK, "", "/etc", ""}}, "abs");
    check_refused({{"self", AE_IFLNK, "", ".", ""}, {"chain", AE_IFLNK, "", "self/..", ""}}, "chain");
    check_refused({{"s", AE_IFLNK, "", "d", ""}, {"d/", AE_IFDIR, "", "", ""}, {"s/f", AE_IFREG, "x", "", ""}}, "s/f");
}

TEST_CASE("age: device nodes, FIFOs and hard links outside are refused", "[crypt][hostile]") {
    check_refused({{"null", AE_IFCHR, "", "", ""}}, "null");
    check_refused({{"fifo", AE_IFIFO, "", "", ""}}, "fifo");
    check_refused({{"h", AE_IFREG, "", "", "../../etc/passwd"}}, "h");
    check_refused({{"h", AE_IFREG, "", "", "missing"}}, "h");
}

TEST_CASE("age: a duplicate entry is refused rather than overwriting", "[crypt][hostile]") {
    check_refused({{"f", AE_IFREG, "one", "", ""}, {"f", AE_IFREG, "two", "", ""}}, "f");
}
