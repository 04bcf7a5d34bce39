// What sanitize-helper lets through, decided on the CLI's own parse of a command line and on
// media described in memory: nothing here runs a command or opens a device.
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "app.hpp"
#include "helper_admission.hpp"
#include "helper_log.hpp"
#include "messages.hpp"

using namespace sanitize;
using namespace sanitize::cli;

namespace {

// Inspection only: the facts a test gives for each path.
class DescribedMedia final : public jobs::MediaAccess {
public:
    void add(device::DeviceInfo info) { infos_[info.path] = std::move(info); }

    Result<device::DeviceInfo> inspect(const std::string& path) override {
        const auto found = infos_.find(path);
        if (found == infos_.end()) return make_error(Errc::not_found, "inspect " + path, ENOENT);
        return found->second;
    }
    Result<std::unique_ptr<device::Device>> open(const device::DeviceInfo& info, const device::OpenOptions&) override {
        return make_error(Errc::internal, "admission opened " + info.path);
    }
    Result<std::unique_ptr<device::CommandChannel>> command_channel(const device::DeviceInfo& info, bool) override {
        return make_error(Errc::internal, "admission asked the firmware of " + info.path);
    }

private:
    std::map<std::string, device::DeviceInfo> infos_;
};

device::DeviceInfo disk(const std::string& path) {
    device::DeviceInfo info;
    info.path = path;
    info.canonical_path = path;
    info.kernel_name = path.substr(path.rfind('/') + 1);
    info.kind = device::TargetKind::block_device;
    info.size_bytes = 1 << 30;
    info.transport = "usb";
    info.serial = "SERIAL-" + info.kernel_name;
    return info;
}

struct Admitted {
    Result<void> result;
    Invocation invocation;
};

Admitted admit(std::vector<std::string> args, const HelperSite& site = {"/srv/certificates"}) {
    static const Messages messages(Lang::en);
    DescribedMedia media;
    media.add(disk("/dev/sdx"));
    device::DeviceInfo image;
    image.path = image.canonical_path = "/tmp/shadow-copy";
    image.kind = device::TargetKind::regular_file;
    image.size_bytes = 1024;
    media.add(image);
    device::DeviceInfo partition = disk("/dev/sdx1");
    partition.is_partition = true;
    media.add(partition);
    device::DeviceInfo mounted = disk("/dev/sdy");
    mounted.mountpoints = {"/media/stick"};
    media.add(mounted);

    args.insert(args.begin(), "sanitize-helper");
    std::vector<const char*> argv;
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    ParseResult parsed = parse_command_line(static_cast<int>(argv.size()), argv.data(), messages, config::Settings{});
    REQUIRE(parsed.invocation);
    Result<void> result = admit_request(*parsed.invocation, site, media);
    return {std::move(result), std::move(*parsed.invocation)};
}

Reason refusal(const Admitted& admitted) {
    REQUIRE_FALSE(admitted.result);
    CHECK(admitted.result.error().code == Errc::refused);
    return admitted.result.error().reason;
}

}  // namespace

TEST_CASE("helper: only wipe, prepare, purge and verify-media are admitted", "[helper]") {
    CHECK(refusal(admit({"decrypt", "archive.tar.age", "-o", "/etc/systemd/system-generators", "-i", "key.txt"})) ==
          Reason::helper_command);
    CHECK(refusal(admit({"encrypt", "/etc", "-o", "etc.tar.age", "-r", "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq"})) ==
          Reason::helper_command);
    CHECK(refusal(admit({"attach", "/etc/shadow", "-o", "out.zip"})) == Reason::helper_command);
    CHECK(refusal(admit({"ledger", "verify"})) == Reason::helper_command);
    CHECK(refusal(admit({"devices"})) == Reason::helper_command);
    const Admitted wipe = admit({"wipe", "--yes", "--confirm", "SERIAL-sdx", "/dev/sdx"});
    CHECK(wipe.result);
    CHECK(admit({"verify-media", "--expect", "zero", "/dev/sdx"}).result);
}

TEST_CASE("helper: image files, partitions and mounted disks are refused", "[helper]") {
    const Admitted shadow = admit({"wipe", "--yes", "--confirm", "/tmp/shadow-copy", "/tmp/shadow-copy"});
    CHECK(refusal(shadow) == Reason::not_whole_disk);
    CHECK(shadow.result.error().device == "/tmp/shadow-copy");
    CHECK(refusal(admit({"verify-media", "--expect", "zero", "/tmp/shadow-copy"})) == Reason::not_whole_disk);
    CHECK(refusal(admit({"wipe", "--yes", "--confirm", "SERIAL-sdx1", "/dev/sdx1"})) == Reason::partition);
    CHECK(refusal(admit({"verify-media", "--expect", "zero", "/dev/sdx1"})) == Reason::partition);
    CHECK(refusal(admit({"purge", "-m", "nvme-format", "--yes", "--confirm", "SERIAL-sdy", "/dev/sdy"})) == Reason::mounted);
    // Every target is looked at: the refusal of one names the other's too.
    const Admitted both = admit({"wipe", "--yes", "--confirm", "SERIAL-sdx1", "--confirm", "SERIAL-sdy", "/dev/sdx1", "/dev/sdy"});
    CHECK(refusal(both) == Reason::partition);
    REQUIRE(both.result.error().also.size() == 1);
    CHECK(both.result.error().also[0].reason == Reason::mounted);
}

TEST_CASE("helper: files root would read or write for the person are refused", "[helper]") {
    const Admitted recipients = admit({"prepare", "/dev/sdx", "--folder", "/home/a/report", "-R", "/etc/shadow"});
    CHECK(refusal(recipients) == Reason::helper_option);
    CHECK(recipients.result.error().detail == "--recipients-file");
    CHECK(refusal(admit({"wipe", "--passphrase-file", "/root/pass", "/dev/sdx"})) == Reason::helper_option);
    CHECK(refusal(admit({"wipe", "--checkpoint-dir", "/etc/cron.d", "/dev/sdx"})) == Reason::helper_option);
    CHECK(refusal(admit({"prepare", "/dev/sdx", "--folder", "/home/a/r", "-p", "--key-passphrase-file", "/root/p"})) ==
          Reason::helper_option);
}

TEST_CASE("helper: certificates go to the site's directory only", "[helper]") {
    const Admitted given = admit({"wipe", "--cert-dir", "/etc/cron.d", "/dev/sdx"});
    CHECK(refusal(given) == Reason::helper_certificate_dir);
    CHECK(given.result.error().expected == "/srv/certificates");
    CHECK(refusal(admit({"wipe", "/dev/sdx"}, HelperSite{})) == Reason::helper_no_certificate_dir);
    const Admitted defaulted = admit({"wipe", "/dev/sdx"});
    REQUIRE(defaulted.result);
    CHECK(defaulted.invocation.wipe.cert_dir == "/srv/certificates");
    const Admitted same = admit({"prepare", "/dev/sdx", "--folder", "/home/a/r", "--cert-dir", "/srv/certificates"});
    REQUIRE(same.result);
    CHECK(same.invocation.prepare.cert_dir == "/srv/certificates");
    // Nothing to certify, nothing to configure.
    CHECK(admit({"wipe", "--no-ledger", "/dev/sdx"}, HelperSite{}).result);
    CHECK(admit({"verify-media", "--expect", "zero", "/dev/sdx"}, HelperSite{}).result);
}

TEST_CASE("helper: a journal entry is one line that names the person and what they asked", "[helper]") {
    HelperLogEntry entry{HelperEvent::request, 1001, "wipe", {"/dev/sdb", "/dev/sdc"}, {}};
    CHECK(helper_log_line(entry) == "request uid=1001 command=wipe targets=/dev/sdb,/dev/sdc");
    entry = {HelperEvent::refused, 1001, "prepare", {"/dev/sdb", "/home/a/報告\nrefused uid=0"}, "folder_not_readable"};
    CHECK(helper_log_line(entry) ==
          "refused uid=1001 command=prepare targets=/dev/sdb,/home/a/報告\\x0arefused uid=0 outcome=folder_not_readable");
    CHECK(helper_log_line({HelperEvent::ended, 0, {}, {}, "exit 0"}) == "ended uid=0 command=- outcome=exit 0");
}
