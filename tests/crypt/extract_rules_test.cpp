// What `decrypt` makes on disk from a tar that anyone who knows the recipient can write (issue 14,
// item 4): modes less the umask and never set-uid, set-gid or sticky; a size limit that sparse
// entries cannot slip past; a staging directory that is not reopened through a link; a target
// that appears during extraction is kept, not replaced. Each leaves nothing behind on failure.
#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "crypt/decrypt_hooks.hpp"
#include "crypt_test_support.hpp"
#include "sanitize/age.hpp"
#include "tar_builder.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;
namespace fs = std::filesystem;

namespace {

// An age file holding `members`, in a work folder of its own, decrypted into work/out.
struct Decryption {
    TempDir tmp{"sanitize-extract"};
    fs::path work = fs::path(tmp.path()) / "work";
    fs::path target = work / "out";
    X25519Identity identity = X25519Identity::generate();
    std::vector<const Identity*> identities{&identity};

    explicit Decryption(const std::vector<TarMember>& members) {
        const X25519Recipient recipient = identity.recipient();
        write_file(work / "in.age", encrypt_to_string(make_tar(members), {&recipient}));
    }

    Result<FolderStats> run(std::uint64_t max_file_bytes = 0, const detail::DecryptHooks& hooks = {}) {
        return detail::decrypt_to_folder_with({work / "in.age", target, identities, max_file_bytes, {}}, hooks, {});
    }

    // Everything under the temp dir, relative to it.
    std::vector<std::string> everything() const {
        std::vector<std::string> all;
        for (const auto& entry : fs::recursive_directory_iterator(tmp.path()))
            all.push_back(fs::relative(entry.path(), tmp.path()).string());
        std::sort(all.begin(), all.end());
        return all;
    }
};

mode_t mode_of(const fs::path& path) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

// Sets the umask for one scope (the tests run one at a time; nothing else creates files then).
struct ScopedUmask {
    mode_t previous;
    explicit ScopedUmask(mode_t mask) : previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(previous); }
};

}  // namespace

TEST_CASE("decrypt: modes are the archive's less the umask, never set-uid, set-gid or sticky", "[crypt][hostile]") {
    const std::vector<TarMember> members = {
        {.path = "open.txt", .data = "x", .perm = 0777},
        {.path = "setuid", .data = "x", .perm = 04777},
        {.path = "setgid", .data = "x", .perm = 02775},
        {.path = "private.txt", .data = "x", .perm = 0600},
        {.path = "shared/", .type = AE_IFDIR, .perm = 0777},
        {.path = "sticky/", .type = AE_IFDIR, .perm = 01777},
        {.path = "setgid-folder/", .type = AE_IFDIR, .perm = 02775},
    };
    for (const mode_t mask : {mode_t{022}, mode_t{077}}) {
        INFO("umask " << std::oct << mask);
        const ScopedUmask umask(mask);
        Decryption d(members);
        auto got = d.run();
        REQUIRE(got);
        const mode_t rwx = 0777 & ~mask;
        CHECK(mode_of(d.target / "open.txt") == rwx);
        CHECK(mode_of(d.target / "setuid") == rwx);
        CHECK(mode_of(d.target / "setgid") == (0775 & ~mask));
        CHECK(mode_of(d.target / "private.txt") == 0600);
        CHECK(mode_of(d.target / "shared") == rwx);
        CHECK(mode_of(d.target / "sticky") == rwx);
        CHECK(mode_of(d.target / "setgid-folder") == (0775 & ~mask));
    }
}

TEST_CASE("decrypt: a sparse entry counts its declared size against the limit", "[crypt][hostile]") {
    constexpr std::int64_t declared = std::int64_t{64} << 30;  // 64 GiB, a few bytes stored
    Decryption d({{.path = "small.txt", .data = "fits"}, {.path = "huge.img", .data = "data", .sparse_size = declared}});
    auto got = d.run(std::uint64_t{1} << 20);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == Errc::refused);
    CHECK(got.error().context == "size limit: huge.img");
    CHECK(d.everything() == std::vector<std::string>{"work", "work/in.age"});

    // Within the limit the same entry is extracted with its holes, at its declared size.
    Decryption fits({TarMember{.path = "sparse.img", .data = "data", .sparse_size = 1 << 20}});
    auto extracted = fits.run(std::uint64_t{1} << 20);
    REQUIRE(extracted);
    CHECK(extracted->file_bytes == std::uint64_t{1} << 20);
    CHECK(fs::file_size(fits.target / "sparse.img") == std::uint64_t{1} << 20);
    CHECK(read_file(fits.target / "sparse.img").substr(0, 4) == "data");
}

TEST_CASE("decrypt: a link put in place of the staging directory is not followed", "[crypt][hostile]") {
    Decryption d({TarMember{.path = "report.txt", .data = "confidential"}});
    const fs::path elsewhere = fs::path(d.tmp.path()) / "elsewhere";
    fs::create_directories(elsewhere);
    detail::DecryptHooks hooks;
    hooks.staging_created = [&](const fs::path& staging) {
        fs::remove(staging);
        fs::create_directory_symlink(elsewhere, staging);
    };
    auto got = d.run(0, hooks);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == Errc::refused);
    CHECK(fs::is_empty(elsewhere));  // nothing written through the link
    CHECK(d.everything() == std::vector<std::string>{"elsewhere", "work", "work/in.age"});
}

TEST_CASE("decrypt: a target that appears during extraction is kept, not replaced", "[crypt][hostile]") {
    Decryption d({TarMember{.path = "report.txt", .data = "confidential"}});
    detail::DecryptHooks hooks;
    // An empty folder is what rename(2) would silently replace.
    hooks.before_rename = [&] { fs::create_directory(d.target); };
    auto got = d.run(0, hooks);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == Errc::refused);
    CHECK(fs::is_directory(d.target));
    CHECK(fs::is_empty(d.target));
    CHECK(d.everything() == std::vector<std::string>{"work", "work/in.age", "work/out"});
}
