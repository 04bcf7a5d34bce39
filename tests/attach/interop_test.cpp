// What the recipient's tools make of our archives: stock 7z (p7zip-full) and bsdtar
// (libarchive-tools) must list every file as AES-256 without a CRC and extract it byte for byte,
// Japanese names included, and must refuse a wrong password.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "attach/archive_job.hpp"
#include "attach_test_support.hpp"
#include "sanitize/attach.hpp"

using namespace sanitize::attach;
using namespace sanitize::test;
namespace ad = sanitize::attach::detail;

namespace {

struct Made {
    TempDir dir{"sanitize-attach"};
    SampleTree tree = make_sample_tree(dir);
    std::string password = as_string(generate_password());
    fs::path archive = fs::path(dir.path()) / "添付.zip";

    explicit Made(bool hide_names = false, bool force_zip64 = false, Encryption encryption = Encryption::aes256) {
        ArchiveOptions o;
        o.encryption = encryption;
        o.output = archive;
        o.inputs = tree.inputs;
        o.password = as_bytes(password);
        o.hide_names = hide_names;
        ad::ArchiveHooks hooks;
        hooks.force_zip64 = force_zip64;
        auto made = ad::create_archive_with(o, hooks);
        INFO((made ? std::string() : std::string(sanitize::errc_name(made.error().code)) + " " + made.error().context));
        REQUIRE(made);
        disclosure = *made;
    }
    Disclosure disclosure;
};

// Every file and empty folder of the tree, found under `root` with the same bytes.
void check_extracted(const SampleTree& tree, const fs::path& root) {
    for (const auto& [name, content] : tree.files) {
        INFO(name);
        REQUIRE(fs::is_regular_file(root / name));  // the name on disk is the Japanese name
        CHECK(read_bytes(root / name) == content);
    }
    for (const auto& folder : tree.empty_folders) {
        INFO(folder);
        CHECK(fs::is_directory(root / folder));
        CHECK(fs::is_empty(root / folder));
    }
}

// `7z l -slt` as one map of properties per entry, by path.
std::map<std::string, std::map<std::string, std::string>> list_slt(const fs::path& archive, const std::string& pw) {
    ProcessResult r = seven_zip({"l", "-slt", "-p" + pw, archive.string()});
    INFO(r.err);
    REQUIRE(r.ok());
    std::map<std::string, std::map<std::string, std::string>> entries;
    std::istringstream in(r.out.substr(r.out.find("----------")));
    std::string line;
    std::string path;
    while (std::getline(in, line)) {
        const auto eq = line.find(" = ");
        if (eq == std::string::npos) continue;
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 3);
        if (key == "Path") path = value;
        entries[path][key] = value;
    }
    return entries;
}

}  // namespace

TEST_CASE("attach: 7z extracts our archive byte for byte, Japanese names included", "[attach][interop]") {
    Made m;
    const fs::path out = fs::path(m.dir.path()) / "7z-out";
    ProcessResult r = seven_zip({"x", "-p" + m.password, "-o" + out.string(), m.archive.string()});
    INFO(r.out << r.err);
    REQUIRE(r.ok());
    check_extracted(m.tree, out);
}

TEST_CASE("attach: bsdtar extracts our archive byte for byte, Japanese names included", "[attach][interop]") {
    Made m;
    const fs::path out = fs::path(m.dir.path()) / "bsdtar-out";
    fs::create_directories(out);
    ProcessResult r = run_process({"bsdtar", "-x", "-f", m.archive.string(), "-C", out.string(), "--passphrase", m.password});
    INFO(r.out << r.err);
    REQUIRE(r.ok());
    check_extracted(m.tree, out);
}

TEST_CASE("attach: 7z lists every file as AES-256 without a CRC", "[attach][interop]") {
    Made m;
    const auto entries = list_slt(m.archive, m.password);
    std::size_t files = 0;
    for (const auto& [path, props] : entries) {
        if (path.empty() || path == m.archive.string()) continue;  // the archive's own block
        INFO(path);
        if (props.at("Folder") == "+") continue;
        ++files;
        CHECK(props.at("Encrypted") == "+");
        CHECK(props.at("CRC").empty());
        CHECK(props.at("Method").rfind("AES-256 ", 0) == 0);  // WinZip AES, not ZipCrypto
        CHECK(props.at("Characteristics").find("WzAES") != std::string::npos);
    }
    CHECK(files == m.tree.files.size());
    // Known first bytes (PDF, PNG) change nothing: still AE-2.
    CHECK(entries.at("doc.pdf").at("Method") == "AES-256 Deflate");
    CHECK(entries.at("写真.png").at("Method") == "AES-256 Deflate");
    // Data not worth compressing is kept in deflate's stored blocks (see zip_writer.cpp): the
    // packed size is the size plus salt, verifier, MAC and 5 bytes per 64 KiB block.
    auto packed = [&](const std::string& name) { return std::stoull(entries.at(name).at("Packed Size")); };
    auto size = [&](const std::string& name) { return std::stoull(entries.at(name).at("Size")); };
    CHECK(packed("写真.png") >= size("写真.png"));
    CHECK(packed("資料/データ.bin") >= size("資料/データ.bin"));
    CHECK(packed("資料/データ.bin") < size("資料/データ.bin") + size("資料/データ.bin") / 1000);
    CHECK(packed("資料/ログ.txt") < size("資料/ログ.txt") / 5);  // text: really deflated
    CHECK(entries.at("empty.txt").at("Size") == "0");
}

TEST_CASE("attach: a wrong password fails in 7z and bsdtar", "[attach][interop]") {
    Made m;
    const fs::path out = fs::path(m.dir.path()) / "wrong";
    ProcessResult seven = seven_zip({"x", "-pnot-the-password", "-o" + out.string(), m.archive.string()});
    CHECK_FALSE(seven.ok());
    fs::create_directories(out / "b");
    ProcessResult bsd = run_process({"bsdtar", "-x", "-f", m.archive.string(), "-C", (out / "b").string(),
                                     "--passphrase", "not-the-password"});
    CHECK_FALSE(bsd.ok());
}

TEST_CASE("attach: hide_names: without the password no real name is readable", "[attach][interop]") {
    Made m(true);
    // No -p: what anyone who intercepts the mail sees.
    ProcessOptions no_input;
    ProcessResult listed = run_process({"7z", "l", m.archive.string()}, no_input);
    INFO(listed.out << listed.err);
    REQUIRE(listed.ok());
    CHECK(listed.out.find("contents.zip") != std::string::npos);
    for (const auto& [name, content] : m.tree.files) {
        const std::string leaf = fs::path(name).filename().string();
        CHECK(listed.out.find(leaf) == std::string::npos);
    }
    CHECK(listed.out.find("資料") == std::string::npos);

    const auto entries = list_slt(m.archive, m.password);
    CHECK(entries.at("contents.zip").at("Method") == "AES-256 Deflate");
    CHECK(entries.at("contents.zip").at("CRC").empty());

    // With the password: the inner ZIP, and in it every file.
    const fs::path out = fs::path(m.dir.path()) / "outer";
    ProcessResult outer = seven_zip({"x", "-p" + m.password, "-o" + out.string(), m.archive.string()});
    REQUIRE(outer.ok());
    const fs::path files = fs::path(m.dir.path()) / "files";
    ProcessResult inner = seven_zip({"x", "-o" + files.string(), (out / "contents.zip").string()});
    INFO(inner.out << inner.err);
    REQUIRE(inner.ok());
    check_extracted(m.tree, files);
    // bsdtar reads the inner ZIP as well (it has data descriptors: sizes after the data).
    const fs::path files2 = fs::path(m.dir.path()) / "files2";
    fs::create_directories(files2);
    ProcessResult bsd = run_process({"bsdtar", "-x", "-f", (out / "contents.zip").string(), "-C", files2.string()});
    INFO(bsd.err);
    REQUIRE(bsd.ok());
    check_extracted(m.tree, files2);
}

TEST_CASE("attach: ZIP64 end records are read by 7z and bsdtar", "[attach][interop]") {
    Made m(false, true);
    const fs::path out = fs::path(m.dir.path()) / "z64";
    ProcessResult r = seven_zip({"x", "-p" + m.password, "-o" + out.string(), m.archive.string()});
    INFO(r.out << r.err);
    REQUIRE(r.ok());
    check_extracted(m.tree, out);
    const fs::path out2 = fs::path(m.dir.path()) / "z64b";
    fs::create_directories(out2);
    ProcessResult b = run_process({"bsdtar", "-x", "-f", m.archive.string(), "-C", out2.string(), "--passphrase", m.password});
    INFO(b.err);
    REQUIRE(b.ok());
    check_extracted(m.tree, out2);
}

TEST_CASE("attach: legacy ZipCrypto only on request, recorded, and readable by 7z and bsdtar", "[attach][interop]") {
    Made m(false, false, Encryption::legacy_zipcrypto);
    CHECK(m.disclosure.encryption == Encryption::legacy_zipcrypto);
    const auto entries = list_slt(m.archive, m.password);
    for (const auto& [name, content] : m.tree.files) {
        INFO(name);
        CHECK(entries.at(name).at("Encrypted") == "+");
        CHECK(entries.at(name).at("Method").rfind("ZipCrypto", 0) == 0);
    }
    const fs::path out = fs::path(m.dir.path()) / "zc";
    ProcessResult r = seven_zip({"x", "-p" + m.password, "-o" + out.string(), m.archive.string()});
    INFO(r.out << r.err);
    REQUIRE(r.ok());
    check_extracted(m.tree, out);
    const fs::path out2 = fs::path(m.dir.path()) / "zcb";
    fs::create_directories(out2);
    ProcessResult b = run_process({"bsdtar", "-x", "-f", m.archive.string(), "-C", out2.string(), "--passphrase", m.password});
    INFO(b.err);
    REQUIRE(b.ok());
    check_extracted(m.tree, out2);
    ProcessResult wrong = seven_zip({"t", "-pnot-it", m.archive.string()});
    CHECK_FALSE(wrong.ok());
}

TEST_CASE("attach: the default is AES, never ZipCrypto", "[attach][interop]") {
    Made m;
    CHECK(m.disclosure.encryption == Encryption::aes256);
    for (const auto& [path, props] : list_slt(m.archive, m.password)) {
        const auto method = props.find("Method");
        if (method != props.end()) CHECK(method->second.find("ZipCrypto") == std::string::npos);
    }
}
