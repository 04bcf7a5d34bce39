// Shortcuts for driving the wipe engine in tests.
#pragma once

#include <algorithm>
#include <stop_token>
#include <string>

#include "fault_device.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::test {

inline sanitize::wipe::WipeOptions options(const std::string& method, const std::string& verify, bool blank = false) {
    sanitize::wipe::WipeOptions o;
    o.method = sanitize::wipe::parse_method(method).value();
    o.verify = sanitize::wipe::parse_verify(verify).value();
    o.blank = blank;
    o.workers = 3;                // more workers than cores: exercises the shared chunk counter
    o.chunk_bytes = 64 * 1024;    // many chunks on a small device
    return o;
}

inline sanitize::wipe::WipeReport wipe(sanitize::device::Device& device, const std::string& method,
                                       const std::string& verify, bool blank = false,
                                       const sanitize::wipe::Callbacks& callbacks = {}, std::stop_token stop = {}) {
    return sanitize::wipe::run_wipe(device, options(method, verify, blank), callbacks, stop);
}

inline bool all_bytes_are(const sanitize::test::FaultDevice& device, std::uint8_t value) {
    const auto& bytes = device.contents();
    return std::all_of(bytes.begin(), bytes.end(), [&](std::byte b) { return b == std::byte{value}; });
}

}  // namespace sanitize::test
