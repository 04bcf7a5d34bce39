// Reading the fields of a protocol line: a field of the wrong type is malformed_input naming it,
// a field that is missing reads as its default (a newer writer may leave out what is empty).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/result.hpp"

namespace sanitize::protocol::detail {

using json = nlohmann::json;

// Collects the first field that did not read; the decoders check it once at the end.
class Fields {
public:
    Fields(const json& object, std::string prefix) : object_(object), prefix_(std::move(prefix)) {}

    std::string text(const char* name);
    std::uint64_t count(const char* name);
    std::int64_t integer(const char* name);
    double number(const char* name);
    bool flag(const char* name);
    std::optional<bool> maybe_flag(const char* name);
    std::optional<std::uint64_t> maybe_count(const char* name);
    std::vector<std::string> texts(const char* name);
    std::vector<device::ByteRange> ranges(const char* name);
    std::chrono::system_clock::time_point time(const char* name);
    const json& object(const char* name);  // an empty object when missing or null
    bool present(const char* name) const;

    void fail(const char* name);
    // Errc::malformed_input naming the first field that did not read, or nothing.
    [[nodiscard]] Result<void> done() const;

private:
    const json* field(const char* name, bool (json::*is)() const noexcept);
    const json& object_;
    std::string prefix_;
    std::string failed_;
};

// "2026-11-22T04:30:00Z" and back, as reports carry times.
std::optional<std::chrono::system_clock::time_point> parse_utc(std::string_view text);

Result<device::DeviceInfo> device_from(const json& object);
Result<device::HiddenAreaReport> hidden_areas_from(const json& object);
Result<device::SmartSummary> smart_from(const json& object);
// An Error read from JSON (a Result<Error> would not know which side it holds).
struct ReadError {
    Error error;
};
Result<ReadError> error_from(const json& object);

}  // namespace sanitize::protocol::detail
