// Steps that several commands share.
#pragma once

#include <string>
#include <string_view>

#include "context.hpp"
#include "exit_codes.hpp"
#include "sanitize/device.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

// Prints `error: {subject}: {words}` and the hint for the code; returns the code's exit code.
ExitCode report_error(const Context& context, const Error& error, std::string_view subject);

// device::inspect with the error printed; with --verbose also the facts that were found.
ExitCode inspect_target(const std::string& path, const Context& context, device::DeviceInfo& info);

// How a target is named in progress lines and messages: the path the operator typed.
std::string target_label(const device::DeviceInfo& info);

}  // namespace sanitize::cli
