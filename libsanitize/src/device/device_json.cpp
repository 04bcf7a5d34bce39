// to_json(DeviceInfo): the facts as `sanitize devices --json` and reports show them.

#include <nlohmann/json.hpp>

#include "sanitize/device.hpp"

namespace sanitize::device {
namespace {

// Ordered: the fields read in the order of DeviceInfo, identity first.
using json = nlohmann::ordered_json;

// Unknown stays unknown: null, not a guessed false.
json optional_bool(const std::optional<bool>& value) {
    return value ? json(*value) : json(nullptr);
}

const char* kind_name(TargetKind kind) {
    switch (kind) {
    case TargetKind::block_device:
        return "block_device";
    case TargetKind::regular_file:
        return "regular_file";
    }
    return "unknown";
}

}  // namespace

std::string to_json(const DeviceInfo& info) {
    const json object = {
        {"path", info.path},
        {"canonical_path", info.canonical_path},
        {"kernel_name", info.kernel_name},
        {"kind", kind_name(info.kind)},
        {"size_bytes", info.size_bytes},
        {"logical_sector_bytes", info.logical_sector_bytes},
        {"physical_sector_bytes", info.physical_sector_bytes},
        {"rotational", optional_bool(info.rotational)},
        {"removable", optional_bool(info.removable)},
        {"transport", info.transport},
        {"vendor", info.vendor},
        {"model", info.model},
        {"serial", info.serial},
        {"serial_source", info.serial_source},
        {"wwn", info.wwn},
        {"backing_file", info.backing_file},
        {"read_only", info.read_only},
        {"is_partition", info.is_partition},
        {"partitions", info.partitions},
        {"mountpoints", info.mountpoints},
        {"holders", info.holders},
        {"is_swap", info.is_swap},
        {"holds_system", info.holds_system},
    };
    // Serials and paths are bytes from the device or the file system, not necessarily UTF-8:
    // invalid sequences become U+FFFD instead of throwing.
    return object.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace sanitize::device
