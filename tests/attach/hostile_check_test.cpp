// `attach --check` against crafted archives (issue 20, item 17): each one is first shown to be
// hostile (stock 7-Zip extracts the hidden plaintext from it), then the check must refuse it.
// Also: offsets beyond what a file can hold are malformed input, and a tiny file cannot make the
// check allocate the directory size it claims.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "attach_test_support.hpp"
#include "hostile_zips.hpp"
#include "sanitize/attach.hpp"

using namespace sanitize::test;
using sanitize::Errc;

namespace {

const std::string password = "Hq7#vR2m!xTz9@";

fs::path write_archive(const TempDir& dir, const std::string& name, const zip::Bytes& bytes) {
    const fs::path path = fs::path(dir.path()) / name;
    write_bytes(path, std::string(bytes.begin(), bytes.end()));
    return path;
}

sanitize::Result<sanitize::attach::ArchiveCheck> check(const fs::path& archive) {
    return sanitize::attach::check_archive(archive, as_bytes(password));
}

// Whether stock 7z takes the hidden plaintext out of the archive: what makes it hostile.
bool seven_zip_extracts_hidden_text(const TempDir& dir, const fs::path& archive) {
    const fs::path out = fs::path(dir.path()) / ("7z-" + archive.stem().string());
    (void)seven_zip({"x", "-y", "-p" + password, "-o" + out.string(), archive.string()});
    for (const auto& entry : fs::recursive_directory_iterator(out)) {
        if (entry.is_regular_file() && read_bytes(entry.path()) == zip::hidden_text) return true;
    }
    return false;
}

std::string describe(const sanitize::Error& error) {
    return std::string(sanitize::errc_name(error.code)) + " " + error.context;
}

// Peak resident memory of this process since the last reset_peak_memory(), in bytes.
std::uint64_t peak_memory() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmHWM:")) return std::stoull(line.substr(6)) * 1024;
    }
    FAIL("no VmHWM in /proc/self/status");
    return 0;
}
void reset_peak_memory() {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";  // Linux >= 4.0: the peak becomes the current resident size
}

}  // namespace

TEST_CASE("attach --check: the honest archive the crafted ones start from passes", "[attach][hostile]") {
    TempDir dir("sanitize-hostile-zip");
    const fs::path archive = write_archive(dir, "honest.zip", zip::honest_archive(password));
    auto checked = check(archive);
    INFO((checked ? std::string() : describe(checked.error())));
    REQUIRE(checked);
    CHECK(checked->entries == 2);
}

TEST_CASE("attach --check: crafted archives that 7-Zip extracts plaintext from are refused", "[attach][hostile]") {
    struct Case {
        const char* name;
        zip::Bytes bytes;
    };
    const Case cases[] = {
        {"zip64-zero-end-fields.zip", zip::zip64_with_zero_end_fields(password)},
        {"folder-hiding-plaintext.zip", zip::folder_hiding_plaintext(password)},
        {"unlisted-plaintext-first.zip", zip::unlisted_plaintext_first(password)},
    };
    for (const Case& c : cases) {
        SECTION(c.name) {
            TempDir dir("sanitize-hostile-zip");
            const fs::path archive = write_archive(dir, c.name, c.bytes);
            if (find_program("7z")) {
                CHECK(seven_zip_extracts_hidden_text(dir, archive));
            } else {
                WARN("not shown to be hostile: 7z is not installed");
            }
            auto checked = check(archive);
            REQUIRE_FALSE(checked);
            INFO(describe(checked.error()));
            // The records contradict each other or leave bytes to no entry: tampering, exit 4.
            CHECK(checked.error().code == Errc::integrity_failure);
        }
    }
}

TEST_CASE("attach --check: an archive without entries is not called protected", "[attach][hostile]") {
    TempDir dir("sanitize-hostile-zip");
    zip::Bytes empty;
    sanitize::attach::detail::append_end_records(empty, 0, 0, 0);
    auto checked = check(write_archive(dir, "empty.zip", empty));
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == Errc::refused);
}

TEST_CASE("attach --check: an offset of 2^63 or more is malformed input, not an I/O error", "[attach][hostile]") {
    TempDir dir("sanitize-hostile-zip");
    std::vector<zip::Entry> entries = zip::protected_entries(password);
    zip::Bytes out;
    zip::append_locals(out, entries);
    entries.front().record.local_offset = std::uint64_t{1} << 63;  // through the ZIP64 extra field
    zip::append_directory(out, entries);
    auto checked = check(write_archive(dir, "far-offset.zip", out));
    REQUIRE_FALSE(checked);
    INFO(describe(checked.error()));
    CHECK(checked.error().code == Errc::malformed_input);

    zip::Bytes far_directory;
    sanitize::attach::detail::append_end_records(far_directory, 1, std::uint64_t{1} << 63, 46, true);
    checked = check(write_archive(dir, "far-directory.zip", far_directory));
    REQUIRE_FALSE(checked);
    INFO(describe(checked.error()));
    CHECK(checked.error().code == Errc::malformed_input);
}

TEST_CASE("attach --check: a tiny file does not make the check allocate the directory it claims", "[attach][hostile]") {
    TempDir dir("sanitize-hostile-zip");
    constexpr std::uint64_t claimed = std::uint64_t{255} << 20;  // under the 256 MiB cap on directories
    zip::Bytes tiny;
    sanitize::attach::detail::append_end_records(tiny, 1, 0, claimed);
    const fs::path archive = write_archive(dir, "tiny.zip", tiny);
    reset_peak_memory();
    const std::uint64_t before = peak_memory();
    auto checked = check(archive);
    const std::uint64_t grown = peak_memory() - before;
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == Errc::malformed_input);
    CHECK(grown < claimed / 4);
}
