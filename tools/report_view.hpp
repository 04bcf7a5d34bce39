// Wipe, purge and media-check reports as text for people (stdout without --json).
#pragma once

#include <string>
#include <string_view>

#include "messages.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

std::string render_wipe_report(const wipe::WipeReport& report, const Messages& messages);
// The facts a purge's certificate also holds: the drive, its health before the purge, the
// method (its name, as the command names it), the read-back and the time taken (the outcome is
// the line print_error/purge_done says).
std::string render_purge_report(const purge::PurgeReport& report, std::string_view method, const Messages& messages);
std::string render_media_check(const wipe::MediaCheckReport& report, const Messages& messages);

}  // namespace sanitize::cli
