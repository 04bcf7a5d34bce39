// Whole-file reads of keys and certificates, and the no-replace write they are saved with.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "sanitize/files.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace sanitize;

namespace {

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string text_of(const SecretBuffer& secret) {
    return {reinterpret_cast<const char*>(secret.bytes().data()), secret.size()};
}

}  // namespace

TEST_CASE("a secret file is read whole into secret memory, up to its limit", "[files]") {
    test::TempDir dir;
    const fs::path path = fs::path(dir.path()) / "identity.txt";
    const std::string identity = "# created: 2026-11-30\nAGE-SECRET-KEY-1EXAMPLE\n";
    write_text(path, identity);

    auto read = files::read_small_secret_file(path.string(), identity.size());
    REQUIRE(read);
    CHECK(text_of(*read) == identity);

    auto too_large = files::read_small_secret_file(path.string(), identity.size() - 1);
    REQUIRE_FALSE(too_large);
    CHECK(too_large.error().code == Errc::malformed_input);

    write_text(path, "");
    auto empty = files::read_small_secret_file(path.string(), 64);
    REQUIRE(empty);
    CHECK(empty->size() == 0);

    auto missing = files::read_small_secret_file((fs::path(dir.path()) / "nothing").string(), 64);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Errc::not_found);
}

TEST_CASE("write_new_file refuses an existing output as output_exists and keeps it", "[files]") {
    test::TempDir dir;
    const fs::path path = fs::path(dir.path()) / "certificate.pdf";
    write_text(path, "keep me\n");

    Result<void> written = files::write_new_file(path.string(), "new bytes", 0644);
    REQUIRE_FALSE(written);
    // A refusal (exit 3), not a conflict that a second try could resolve.
    CHECK(written.error().code == Errc::conflict);
    CHECK(written.error().reason == Reason::output_exists);
    CHECK(written.error().path == path.string());
    CHECK(fs::file_size(path) == 8);  // still "keep me\n"
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator{}) == 1);  // no temporary left
}
