// Safety rules, confirmation, and the JSON form of the facts: pure functions of a DeviceInfo.

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sanitize/device.hpp"

using namespace sanitize;
using namespace sanitize::device;

namespace {

DeviceInfo plain_disk() {
    DeviceInfo info;
    info.path = "/dev/disk/by-id/usb-Stick";
    info.canonical_path = "/dev/sdb";
    info.kernel_name = "sdb";
    info.kind = TargetKind::block_device;
    info.size_bytes = 8ull << 30;
    info.transport = "usb";
    return info;
}

std::size_t count_reason(const std::vector<Refusal>& found, RefusalReason reason) {
    return static_cast<std::size_t>(std::count_if(found.begin(), found.end(),
                                                  [reason](const Refusal& r) { return r.reason == reason; }));
}

}  // namespace

TEST_CASE("an idle whole disk may be wiped", "[device][safety]") {
    CHECK(refusals(plain_disk()).empty());
}

TEST_CASE("every broken rule is a refusal with its detail", "[device][safety]") {
    DeviceInfo info = plain_disk();
    info.mountpoints = {"/media/a", "/media/b"};
    info.holders = {"dm-0"};
    info.is_swap = true;
    info.holds_system = true;
    info.is_partition = true;
    info.read_only = true;
    const auto found = refusals(info);
    CHECK(found.size() == 7);
    CHECK(found.front().reason == RefusalReason::system_disk);  // the most serious first
    CHECK(count_reason(found, RefusalReason::mounted) == 2);
    CHECK(count_reason(found, RefusalReason::has_holders) == 1);
    CHECK(count_reason(found, RefusalReason::swap) == 1);
    CHECK(count_reason(found, RefusalReason::partition) == 1);
    CHECK(count_reason(found, RefusalReason::read_only) == 1);
    auto mounted = std::find_if(found.begin(), found.end(),
                                [](const Refusal& r) { return r.reason == RefusalReason::mounted; });
    CHECK(mounted->detail == "/media/a");
    auto held = std::find_if(found.begin(), found.end(),
                             [](const Refusal& r) { return r.reason == RefusalReason::has_holders; });
    CHECK(held->detail == "dm-0");
}

TEST_CASE("the confirmation token is the serial, else the kernel name, else the path", "[device][safety]") {
    DeviceInfo info = plain_disk();
    CHECK(confirmation_token(info) == "sdb");
    info.serial = "4C530001230611116073";
    CHECK(confirmation_token(info) == "4C530001230611116073");

    DeviceInfo image;
    image.path = "disk.img";
    image.canonical_path = "/srv/images/disk.img";
    image.kind = TargetKind::regular_file;
    CHECK(confirmation_token(image) == "disk.img");
}

TEST_CASE("confirmation ignores surrounding blanks and nothing else", "[device][safety]") {
    DeviceInfo info = plain_disk();
    info.serial = "WD-WCC6Y0000000";
    CHECK(confirmation_matches(info, "WD-WCC6Y0000000"));
    CHECK(confirmation_matches(info, "  WD-WCC6Y0000000\n"));
    CHECK(confirmation_matches(info, "\tWD-WCC6Y0000000\r\n"));
    CHECK_FALSE(confirmation_matches(info, "wd-wcc6y0000000"));
    CHECK_FALSE(confirmation_matches(info, "WD-WCC6Y000000"));
    CHECK_FALSE(confirmation_matches(info, "WD-WCC6Y0000000x"));
    CHECK_FALSE(confirmation_matches(info, "sdb"));
    CHECK_FALSE(confirmation_matches(info, ""));
}

TEST_CASE("an empty token confirms nothing", "[device][safety]") {
    DeviceInfo nothing;  // no serial, no kernel name, no path
    CHECK_FALSE(confirmation_matches(nothing, ""));
    CHECK_FALSE(confirmation_matches(nothing, "  \n"));
}

TEST_CASE("to_json carries every fact, unknown as null", "[device][json]") {
    DeviceInfo info = plain_disk();
    info.removable = true;
    info.partitions = {"sdb1", "sdb2"};
    info.mountpoints = {"/media/x y"};
    const auto json = nlohmann::json::parse(to_json(info));
    CHECK(json.at("path") == "/dev/disk/by-id/usb-Stick");
    CHECK(json.at("canonical_path") == "/dev/sdb");
    CHECK(json.at("kernel_name") == "sdb");
    CHECK(json.at("kind") == "block_device");
    CHECK(json.at("size_bytes") == 8ull << 30);
    CHECK(json.at("logical_sector_bytes") == 512);
    CHECK(json.at("physical_sector_bytes") == 512);
    CHECK(json.at("rotational").is_null());
    CHECK(json.at("removable") == true);
    CHECK(json.at("transport") == "usb");
    CHECK(json.at("partitions") == nlohmann::json::array({"sdb1", "sdb2"}));
    CHECK(json.at("mountpoints").at(0) == "/media/x y");
    CHECK(json.at("holders").empty());
    for (const char* key : {"vendor", "model", "serial", "serial_source", "wwn", "backing_file", "read_only",
                            "is_partition", "is_swap", "holds_system"}) {
        CHECK(json.contains(key));
    }
    DeviceInfo image;
    image.kind = TargetKind::regular_file;
    CHECK(nlohmann::json::parse(to_json(image)).at("kind") == "regular_file");
}

TEST_CASE("to_json survives bytes that are not UTF-8", "[device][json]") {
    DeviceInfo info = plain_disk();
    info.serial = "AB\xff\xfe" "CD";
    info.model = std::string("nul\0inside", 10);
    std::string text;
    REQUIRE_NOTHROW(text = to_json(info));
    const auto json = nlohmann::json::parse(text);  // throws on invalid UTF-8
    CHECK(json.at("serial") == "AB\xEF\xBF\xBD\xEF\xBF\xBD" "CD");
    CHECK(json.at("model").get<std::string>().size() == 10);
}
