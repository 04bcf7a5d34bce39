// create_archive() as the library promises it: refusals, the disclosure data, and the trap of
// an unencrypted or partial archive, which must never be left behind whatever fails.
#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <stop_token>
#include <string>

#include "attach/archive_job.hpp"
#include "attach_test_support.hpp"
#include "sanitize/attach.hpp"

using namespace sanitize::attach;
using namespace sanitize::test;
using sanitize::Errc;
namespace ad = sanitize::attach::detail;

namespace {

const std::string pass = "vK3#-pQ9!-zR2&-Xm4=";

struct Setup {
    TempDir dir{"sanitize-attach"};
    SampleTree tree = make_sample_tree(dir);
    fs::path out = fs::path(dir.path()) / "out" / "送付.zip";
    Setup() { fs::create_directories(out.parent_path()); }
    ArchiveOptions options() const {
        ArchiveOptions o;
        o.output = out;
        o.inputs = tree.inputs;
        o.password = as_bytes(pass);
        return o;
    }
    // Whatever failed, the output folder holds nothing: no archive, no temporary file.
    std::set<std::string> output_folder() const {
        std::set<std::string> names;
        for (const auto& e : fs::directory_iterator(out.parent_path())) names.insert(e.path().filename().string());
        return names;
    }
};

std::string sha256_of(const fs::path& path) {
    const std::string bytes = read_bytes(path);
    std::array<unsigned char, 32> digest{};
    unsigned int len = 0;
    REQUIRE(EVP_Digest(bytes.data(), bytes.size(), digest.data(), &len, EVP_sha256(), nullptr) == 1);
    return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

}  // namespace

TEST_CASE("attach: an archive is made and its disclosure data describes it", "[attach][archive]") {
    Setup s;
    auto made = create_archive(s.options());
    INFO((made ? std::string() : std::string(sanitize::errc_name(made.error().code)) + " " + made.error().context));
    REQUIRE(made);
    CHECK(fs::exists(s.out));
    CHECK(s.output_folder() == std::set<std::string>{"送付.zip"});
    CHECK(made->archive_bytes == fs::file_size(s.out));
    CHECK(std::string(reinterpret_cast<const char*>(made->sha256.data()), 32) == sha256_of(s.out));
    // Six files, two folders (資料/ and 空のフォルダ/).
    CHECK(made->entry_count == 8);
    std::uint64_t content = 0;
    for (const auto& [name, bytes] : s.tree.files) content += bytes.size();
    CHECK(made->content_bytes == content);
    CHECK(made->encryption == Encryption::aes256);
    CHECK_FALSE(made->names_hidden);
    // The archive is smaller than its inputs: the text was deflated.
    CHECK(made->archive_bytes < content);
}

TEST_CASE("attach: a failing write never leaves an archive or a temporary file", "[attach][archive][trap]") {
    Setup s;
    for (std::uint64_t fail_at : {std::uint64_t{0}, std::uint64_t{1} << 20, std::uint64_t{3} << 20}) {
        ad::ArchiveHooks hooks;
        hooks.allow_write = [fail_at](std::uint64_t offset) { return offset < fail_at; };
        auto made = ad::create_archive_with(s.options(), hooks);
        REQUIRE_FALSE(made);
        CHECK(made.error().code == Errc::io_error);
        CHECK(s.output_folder().empty());
    }
}

TEST_CASE("attach: an archive that fails the read-back check is removed", "[attach][archive][trap]") {
    Setup s;
    ad::ArchiveHooks hooks;
    SECTION("replaced by a plain ZIP: the check refuses it") {
        // The worst outcome: a valid ZIP without encryption under the name the user expects.
        hooks.before_check = [&](const std::string& temp) {
            const fs::path plain = fs::path(s.dir.path()) / "plain.zip";
            ProcessResult r = run_process({"7z", "a", "-tzip", plain.string(), s.tree.inputs[0].string()});
            REQUIRE(r.ok());
            fs::copy_file(plain, temp, fs::copy_options::overwrite_existing);
        };
    }
    SECTION("a ciphertext byte flipped: the MAC refuses it") {
        hooks.before_check = [](const std::string& temp) {
            const int fd = ::open(temp.c_str(), O_RDWR);
            REQUIRE(fd >= 0);
            char c = 0;
            REQUIRE(::pread(fd, &c, 1, 200) == 1);  // inside the first entry's data
            c = static_cast<char>(c ^ 0x40);
            REQUIRE(::pwrite(fd, &c, 1, 200) == 1);
            ::close(fd);
        };
    }
    SECTION("truncated") {
        hooks.before_check = [](const std::string& temp) { REQUIRE(::truncate(temp.c_str(), 1000) == 0); };
    }
    auto made = ad::create_archive_with(s.options(), hooks);
    REQUIRE_FALSE(made);
    CHECK(made.error().code == Errc::integrity_failure);
    CHECK(s.output_folder().empty());
}

TEST_CASE("attach: the unfinished archive has no name a crash could leave behind", "[attach][archive]") {
    // O_TMPFILE: until the check passed, the archive is an unnamed file; SIGKILL at that point
    // leaves the output folder as it was. (File systems without O_TMPFILE use a hidden name.)
    Setup s;
    ad::ArchiveHooks hooks;
    std::set<std::string> seen_during_check{"(not called)"};
    hooks.before_check = [&](const std::string&) { seen_during_check = s.output_folder(); };
    auto made = ad::create_archive_with(s.options(), hooks);
    REQUIRE(made);
    CHECK(seen_during_check.empty());
    CHECK(s.output_folder() == std::set<std::string>{s.out.filename().string()});
}

TEST_CASE("attach: refusals leave nothing behind", "[attach][archive]") {
    Setup s;
    ArchiveOptions o = s.options();
    Errc want = Errc::internal;
    SECTION("an empty password") {
        o.password = {};
        want = Errc::invalid_argument;
    }
    SECTION("a password with a NUL") {
        static const std::string with_nul("abc\0def", 7);
        o.password = as_bytes(with_nul);
        want = Errc::invalid_argument;
    }
    SECTION("no inputs") {
        o.inputs.clear();
        want = Errc::invalid_argument;
    }
    SECTION("two inputs with one name") {
        write_bytes(fs::path(s.dir.path()) / "other" / "doc.pdf", "x");
        o.inputs.push_back(fs::path(s.dir.path()) / "other" / "doc.pdf");
        want = Errc::invalid_argument;
    }
    SECTION("a symbolic link is not followed") {
        // Even to a file of our own: a link is never followed into the attachment.
        write_bytes(fs::path(s.dir.path()) / "elsewhere.txt", "not chosen");
        fs::create_symlink(fs::path(s.dir.path()) / "elsewhere.txt", s.tree.root / "資料" / "link");
        want = Errc::unsupported_target;
    }
    SECTION("a missing input") {
        o.inputs.push_back(s.tree.root / "nothing-here");
        want = Errc::not_found;
    }
    SECTION("a stop requested before the start") {
        std::stop_source stop;
        stop.request_stop();
        o.stop = stop.get_token();
        want = Errc::cancelled;
    }
    auto made = ad::create_archive_with(o, {});
    REQUIRE_FALSE(made);
    CHECK(made.error().code == want);
    CHECK(s.output_folder().empty());
}

TEST_CASE("attach: an existing output is kept unless replacing is asked for", "[attach][archive]") {
    Setup s;
    write_bytes(s.out, "precious");
    auto made = create_archive(s.options());
    REQUIRE_FALSE(made);
    CHECK(made.error().code == Errc::conflict);
    CHECK(read_bytes(s.out) == "precious");
    CHECK(s.output_folder().size() == 1);
    ArchiveOptions o = s.options();
    o.replace_existing = true;
    REQUIRE(create_archive(o));
    CHECK(read_bytes(s.out) != "precious");
    CHECK(s.output_folder().size() == 1);  // the hidden name used for replacing is gone
}

TEST_CASE("attach: a stop requested mid-way leaves nothing behind", "[attach][archive][trap]") {
    Setup s;
    std::stop_source stop;
    ArchiveOptions o = s.options();
    o.stop = stop.get_token();
    ad::ArchiveHooks hooks;
    // Past the first MiB on disk, the operator presses Ctrl-C.
    hooks.allow_write = [&stop](std::uint64_t offset) {
        if (offset >= (std::uint64_t{1} << 20)) stop.request_stop();
        return true;
    };
    auto made = ad::create_archive_with(o, hooks);
    REQUIRE_FALSE(made);
    CHECK(made.error().code == Errc::cancelled);
    CHECK(s.output_folder().empty());
}

TEST_CASE("attach: neither the password nor known plaintext appears in the archive", "[attach][archive]") {
    Setup s;
    REQUIRE(create_archive(s.options()));
    const std::string archive = read_bytes(s.out);
    CHECK(archive.find(pass) == std::string::npos);
    CHECK(archive.find("%PDF-1.7") == std::string::npos);
    CHECK(archive.find("\x89PNG") == std::string::npos);
    CHECK(archive.find("持ち出し記録") == std::string::npos);
    // The names are in the clear (ZIP encrypts data, not the directory): that is hide_names' job.
    CHECK(archive.find("報告書_2024年度.txt") != std::string::npos);
}

TEST_CASE("attach: hide_names keeps every name out of the archive's bytes", "[attach][archive]") {
    Setup s;
    ArchiveOptions o = s.options();
    o.hide_names = true;
    auto made = create_archive(o);
    REQUIRE(made);
    CHECK(made->names_hidden);
    CHECK(made->entry_count == 8);
    const std::string archive = read_bytes(s.out);
    for (const char* name : {"報告書", "写真", "doc.pdf", "empty.txt", "資料", "空のフォルダ"}) {
        INFO(name);
        CHECK(archive.find(name) == std::string::npos);
    }
}
