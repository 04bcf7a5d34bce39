// Field reading for the protocol's decoders, and the device facts every report embeds.
#include "protocol/json_fields.hpp"

#include <ctime>

namespace sanitize::protocol::detail {
namespace {

const json& empty_object() {
    static const json empty = json::object();
    return empty;
}

}  // namespace

const json* Fields::field(const char* name, bool (json::*is)() const noexcept) {
    const auto found = object_.find(name);
    if (found == object_.end() || found->is_null()) return nullptr;
    if (!((*found).*is)()) {
        fail(name);
        return nullptr;
    }
    return &*found;
}

bool Fields::present(const char* name) const {
    const auto found = object_.find(name);
    return found != object_.end() && !found->is_null();
}

void Fields::fail(const char* name) {
    if (failed_.empty()) failed_ = prefix_ + name;
}

Result<void> Fields::done() const {
    if (failed_.empty()) return {};
    Error error = make_error(Errc::malformed_input, "protocol field " + failed_);
    error.detail = failed_;
    return error;
}

std::string Fields::text(const char* name) {
    const json* value = field(name, &json::is_string);
    return value ? value->get<std::string>() : std::string();
}

std::uint64_t Fields::count(const char* name) {
    const json* value = field(name, &json::is_number_unsigned);
    return value ? value->get<std::uint64_t>() : 0;
}

std::int64_t Fields::integer(const char* name) {
    const json* value = field(name, &json::is_number_integer);
    return value ? value->get<std::int64_t>() : 0;
}

double Fields::number(const char* name) {
    const json* value = field(name, &json::is_number);
    return value ? value->get<double>() : 0.0;
}

bool Fields::flag(const char* name) {
    const json* value = field(name, &json::is_boolean);
    return value ? value->get<bool>() : false;
}

std::optional<bool> Fields::maybe_flag(const char* name) {
    const json* value = field(name, &json::is_boolean);
    return value ? std::optional<bool>(value->get<bool>()) : std::nullopt;
}

std::optional<std::uint64_t> Fields::maybe_count(const char* name) {
    const json* value = field(name, &json::is_number_unsigned);
    return value ? std::optional<std::uint64_t>(value->get<std::uint64_t>()) : std::nullopt;
}

std::vector<std::string> Fields::texts(const char* name) {
    std::vector<std::string> list;
    const json* value = field(name, &json::is_array);
    if (value == nullptr) return list;
    for (const json& item : *value) {
        if (!item.is_string()) {
            fail(name);
            return {};
        }
        list.push_back(item.get<std::string>());
    }
    return list;
}

std::vector<device::ByteRange> Fields::ranges(const char* name) {
    std::vector<device::ByteRange> list;
    const json* value = field(name, &json::is_array);
    if (value == nullptr) return list;
    for (const json& item : *value) {
        Fields range(item, "");
        if (!item.is_object()) {
            fail(name);
            return {};
        }
        list.push_back({range.count("offset"), range.count("length")});
        if (!range.done()) fail(name);
    }
    return list;
}

std::chrono::system_clock::time_point Fields::time(const char* name) {
    const std::string value = text(name);
    if (value.empty()) return {};
    std::optional<std::chrono::system_clock::time_point> parsed = parse_utc(value);
    if (!parsed) fail(name);
    return parsed.value_or(std::chrono::system_clock::time_point{});
}

const json& Fields::object(const char* name) {
    const json* value = field(name, &json::is_object);
    return value ? *value : empty_object();
}

std::optional<std::chrono::system_clock::time_point> parse_utc(std::string_view text) {
    std::tm parts{};
    const std::string copy(text);
    const char* end = ::strptime(copy.c_str(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    if (end == nullptr || *end != '\0') return std::nullopt;
    return std::chrono::system_clock::from_time_t(::timegm(&parts));
}

Result<device::DeviceInfo> device_from(const json& object) {
    Fields f(object, "device.");
    device::DeviceInfo info;
    info.path = f.text("path");
    info.canonical_path = f.text("canonical_path");
    info.kernel_name = f.text("kernel_name");
    info.kind = f.text("kind") == "block_device" ? device::TargetKind::block_device : device::TargetKind::regular_file;
    info.size_bytes = f.count("size_bytes");
    info.logical_sector_bytes = static_cast<std::uint32_t>(f.count("logical_sector_bytes"));
    info.physical_sector_bytes = static_cast<std::uint32_t>(f.count("physical_sector_bytes"));
    info.rotational = f.maybe_flag("rotational");
    info.removable = f.maybe_flag("removable");
    info.transport = f.text("transport");
    info.vendor = f.text("vendor");
    info.model = f.text("model");
    info.serial = f.text("serial");
    info.serial_source = f.text("serial_source");
    info.wwn = f.text("wwn");
    info.backing_file = f.text("backing_file");
    info.read_only = f.flag("read_only");
    info.is_partition = f.flag("is_partition");
    info.partitions = f.texts("partitions");
    info.mountpoints = f.texts("mountpoints");
    info.holders = f.texts("holders");
    info.is_swap = f.flag("is_swap");
    info.holds_system = f.flag("holds_system");
    if (Result<void> read = f.done(); !read) return read.error();
    return info;
}

namespace {

device::HiddenArea area_from(Fields& parent, const char* name) {
    const json& object = parent.object(name);
    Fields f(object, std::string("hidden_areas.") + name + ".");
    const std::string state = f.text("state");
    device::HiddenArea area{device::HiddenState::unknown, f.text("reason")};
    for (device::HiddenState s : {device::HiddenState::detected, device::HiddenState::none,
                                  device::HiddenState::not_applicable, device::HiddenState::unknown}) {
        if (device::hidden_state_name(s) == state) area.state = s;
    }
    if (!f.done()) parent.fail(name);
    return area;
}

}  // namespace

Result<device::HiddenAreaReport> hidden_areas_from(const json& object) {
    Fields f(object, "hidden_areas.");
    device::HiddenAreaReport report;
    report.hpa = area_from(f, "hpa");
    report.dco = area_from(f, "dco");
    report.ama = area_from(f, "ama");
    report.accessible_sectors = f.maybe_count("accessible_sectors");
    report.native_sectors = f.maybe_count("native_sectors");
    report.dco_sectors = f.maybe_count("dco_sectors");
    report.commands_sent = f.texts("commands_sent");
    report.reset = f.flag("reset");
    if (f.present("before_reset")) {
        Fields before(f.object("before_reset"), "hidden_areas.before_reset.");
        report.before_reset = device::HiddenAreaStates{area_from(before, "hpa"), area_from(before, "dco"), area_from(before, "ama")};
        if (!before.done()) f.fail("before_reset");
    }
    if (Result<void> read = f.done(); !read) return read.error();
    return report;
}

Result<device::SmartSummary> smart_from(const json& object) {
    Fields f(object, "smart.");
    device::SmartSummary summary;
    const std::string state = f.text("state");
    for (device::SmartState s : {device::SmartState::read, device::SmartState::not_applicable, device::SmartState::unavailable}) {
        if (device::smart_state_name(s) == state) summary.state = s;
    }
    summary.reason = f.text("reason");
    summary.passed = f.maybe_flag("passed");
    for (const auto& [name, value] : f.object("attributes").items()) {
        if (!value.is_number_unsigned()) f.fail("attributes");
        else summary.attributes.push_back({name, value.get<std::uint64_t>()});
    }
    if (Result<void> read = f.done(); !read) return read.error();
    return summary;
}

Result<ReadError> error_from(const json& object) {
    Fields f(object, "error.");
    Error error;
    const std::optional<Errc> code = parse_errc(f.text("code"));
    if (!code) f.fail("code");
    error.code = code.value_or(Errc::internal);
    error.context = f.text("context");
    error.sys_errno = static_cast<int>(f.integer("errno"));
    // A reason this build does not know (a newer helper's) reads as none: the code still says enough.
    error.reason = parse_reason(f.text("reason")).value_or(Reason::none);
    error.device = f.text("device");
    error.path = f.text("path");
    error.offset = f.maybe_count("offset");
    error.detail = f.text("detail");
    error.expected = f.text("expected");
    error.bytes = f.maybe_count("bytes");
    if (const auto also = object.find("also"); also != object.end() && also->is_array()) {
        for (const json& other : *also) {
            Result<ReadError> read = error_from(other);
            if (!read) return read.error();
            error.also.push_back(std::move(read->error));
        }
    }
    if (Result<void> read = f.done(); !read) return read.error();
    return ReadError{std::move(error)};
}

}  // namespace sanitize::protocol::detail
