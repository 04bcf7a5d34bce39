// sanitize-helper as pkexec starts it: as root, with PKEXEC_UID naming the person, here a
// throw-away account the test creates (no polkit daemon runs in CI). Every refusal must leave
// what it names exactly as it was; a whole loop device that passes the rules is wiped and
// certified into the site's certificate directory.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "loop_device.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t mib = std::uint64_t{1} << 20;

// An account of its own for one test run, removed again at the end.
class ThrowAwayUser {
public:
    ThrowAwayUser() : name_("sanitize-ht-" + std::to_string(::getpid())) {
        created_ = run_process({*find_program("useradd"), "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                                name_})
                       .ok();
        if (created_) uid_ = std::stoul(trim_line(run_process({"/usr/bin/id", "-u", name_}).out));
    }
    ~ThrowAwayUser() {
        if (created_) (void)run_process({*find_program("userdel"), name_});
    }
    ThrowAwayUser(const ThrowAwayUser&) = delete;
    ThrowAwayUser& operator=(const ThrowAwayUser&) = delete;

    bool created() const { return created_; }
    unsigned long uid() const { return uid_; }

private:
    std::string name_;
    bool created_ = false;
    unsigned long uid_ = 0;
};

std::optional<std::string> helper_unavailable() {
    if (auto reason = LoopDevice::unavailable_reason()) return reason;
    if (!find_program("useradd") || !find_program("userdel")) return std::string("useradd is not installed");
    return std::nullopt;
}

// An office whose site file names a certificate directory, and a person to run the helper for.
struct HelperOffice : CliOffice {
    ThrowAwayUser person;
    std::string site_file = dir.file("sanitize.conf");
    std::string certificates = dir.file("certificates");

    HelperOffice() {
        REQUIRE(person.created());
        fs::create_directories(certificates);
        create_file(site_file, "certificate_dir = " + certificates + "\n");
    }

    ProcessResult helper(const std::vector<std::string>& args, const std::string& stdin_text = "") const {
        std::vector<std::string> argv{SANITIZE_HELPER_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        ProcessOptions options;
        options.stdin_text = stdin_text;
        options.extra_env = cli_environment("C");
        options.extra_env.push_back("PKEXEC_UID=" + std::to_string(person.uid()));
        options.extra_env.push_back("SANITIZE_SITE_CONFIG=" + site_file);
        options.working_directory = dir.path();
        return run_process(argv, options);
    }

    // The options the GUI gives for a certified wipe: the ledger, the key, the passphrase on stdin.
    std::vector<std::string> signer() const { return {"--ledger", ledger, "--key", operator_key, "--passphrase-fd", "0"}; }
};

void refused_unchanged(const ProcessResult& result, const std::string& words) {
    INFO(result.err);
    CHECK(result.exit_code == 3);
    CHECK(contains(result.err, words));
}

}  // namespace

TEST_CASE("helper: a regular file, a copy of /etc/shadow, a partition and a mounted disk are refused", "[cli][helper][root]") {
    if (auto reason = helper_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    HelperOffice office;
    const std::string shadow = office.dir.file("shadow");
    fs::copy_file("/etc/shadow", shadow);
    const std::string shadow_before = read_file(shadow);
    const std::string image = office.dir.file("image.img");
    create_file(image, marker_text(mib));

    for (const std::string& file : {shadow, image}) {
        refused_unchanged(office.helper({"wipe", "--yes", "--confirm", file, "--no-ledger", file}), "is not a whole block device");
        refused_unchanged(office.helper({"verify-media", "--expect", "zero", file}), "is not a whole block device");
    }
    CHECK(read_file(shadow) == shadow_before);
    CHECK(contains_marker(read_file(image)));

    const std::uint64_t size = 16 * mib;
    LoopDevice partitioned(LoopOptions{.size_bytes = size, .partscan = true, .prepare = [size](const std::string& path) {
        write_mbr_with_one_partition(path, static_cast<std::uint32_t>(size / 512));
    }});
    const std::string partition = partitioned.partition_path(1);
    REQUIRE(wait_for_path(partition));
    write_and_sync(partition, marker_text(mib));
    refused_unchanged(office.helper({"wipe", "--yes", "--confirm", partitioned.kernel_name() + "p1", "--no-ledger", partition}),
                      "partition");
    CHECK(contains_marker(read_file(partition, mib)));

    auto mkfs = find_program("mkfs.ext4");
    if (!mkfs) {
        WARN("mkfs.ext4 is not installed: the mounted disk was not tried");
        return;
    }
    LoopDevice mounted_disk({.size_bytes = size});
    REQUIRE(run_process({*mkfs, "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", mounted_disk.path()}).ok());
    ScopedMount mount(mounted_disk.path(), {"-o", "ro"});
    const std::string before = read_file(mounted_disk.path());
    refused_unchanged(office.helper({"wipe", "--yes", "--confirm", mounted_disk.kernel_name(), "--no-ledger", mounted_disk.path()}),
                      "is mounted at");
    CHECK((read_file(mounted_disk.path()) == before));
}

TEST_CASE("helper: decrypt, encrypt and attach are refused and write nothing", "[cli][helper][root]") {
    if (auto reason = helper_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    HelperOffice office;
    const std::string out = office.dir.file("out");
    refused_unchanged(office.helper({"decrypt", office.dir.file("any.tar.age"), "-o", out, "-i", office.dir.file("id.txt")}),
                      "the privileged helper does not run 'decrypt'");
    refused_unchanged(office.helper({"encrypt", "/etc", "-o", out, "-r",
                                     "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq"}),
                      "the privileged helper does not run 'encrypt'");
    refused_unchanged(office.helper({"attach", "/etc/shadow", "-o", out}), "the privileged helper does not run 'attach'");
    CHECK_FALSE(fs::exists(out));
    // In the person's language too.
    ProcessResult ja = office.helper({"--lang", "ja", "attach", "/etc/shadow", "-o", out});
    CHECK(ja.exit_code == 3);
    CHECK(contains(ja.err, "特権ヘルパーは「attach」を実行しません"));
}

TEST_CASE("helper: prepare of a folder the person cannot read is refused before the stick is touched", "[cli][helper][root]") {
    if (auto reason = helper_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    HelperOffice office;
    office.open_office();
    // The office directory is root's alone (mkdtemp, 0700): the person cannot look inside.
    const fs::path folder = fs::path(office.dir.path()) / "secret";
    fs::create_directories(folder);
    create_file((folder / "給与.csv").string(), "山田,1000000\n");
    LoopDevice stick({.size_bytes = 64 * mib});
    write_and_sync(stick.path(), marker_text(mib));

    std::vector<std::string> args{"prepare", stick.path(), "--folder", folder.string(), "-r",
                                  "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq", "--classification", "0",
                                  "--no-pdf", "--yes", "--confirm", stick.kernel_name(), "--ledger", office.ledger, "--key",
                                  office.operator_key, "--key-passphrase-fd", "0"};
    ProcessResult result = office.helper(args, std::string(passphrase) + "\n");
    refused_unchanged(result, "cannot be read by the person who asked");
    CHECK(contains_marker(read_file(stick.path(), mib)));
    CHECK(fs::is_empty(office.certificates));
}

TEST_CASE("helper: a whole loop device is wiped and certified into the site's directory only", "[cli][helper][root]") {
    if (auto reason = helper_unavailable()) {
        WARN("skipped: " << *reason);
        return;
    }
    HelperOffice office;
    office.open_office();
    LoopDevice disk({.size_bytes = 16 * mib});
    write_and_sync(disk.path(), marker_text(16 * mib));
    std::vector<std::string> args{"wipe", "--json", "--yes", "--confirm", disk.kernel_name(), "--no-pdf"};
    const std::vector<std::string> signer = office.signer();
    args.insert(args.end(), signer.begin(), signer.end());

    std::vector<std::string> elsewhere = args;
    elsewhere.insert(elsewhere.end(), {"--cert-dir", office.dir.path(), disk.path()});
    refused_unchanged(office.helper(elsewhere, std::string(passphrase) + "\n"),
                      "writes certificates only to the site's certificate directory");
    CHECK(contains_marker(read_file(disk.path(), mib)));

    args.push_back(disk.path());
    ProcessResult wiped = office.helper(args, std::string(passphrase) + "\n");
    INFO(wiped.err);
    REQUIRE(wiped.exit_code == 0);
    CHECK_FALSE(contains_marker(read_file(disk.path())));
    std::size_t certificates = 0;
    for (const auto& entry : fs::directory_iterator(office.certificates)) certificates += entry.path().extension() == ".json";
    CHECK(certificates == 1);
}
