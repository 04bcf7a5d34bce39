// age recipients as `encrypt` and `prepare` take them: -r values and the lines of -R files.
#pragma once

#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

// Blank lines and "#" comments of -R files are skipped, as age does; a bad one is
// Reason::recipient_spec naming where it came from (path: "-r" or "FILE:LINE").
[[nodiscard]] Result<std::vector<crypt::X25519Recipient>> parse_recipient_options(
    const std::vector<std::string>& recipients, const std::vector<std::string>& recipient_files);

}  // namespace sanitize::cli
