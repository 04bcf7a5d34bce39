// Wipe and media-check reports as text for people (stdout without --json).
#pragma once

#include <string>

#include "messages.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

std::string render_wipe_report(const wipe::WipeReport& report, const Messages& messages);
std::string render_media_check(const wipe::MediaCheckReport& report, const Messages& messages);

}  // namespace sanitize::cli
