// age recipients as `encrypt` and `prepare` take them: -r values and the lines of -R files.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "ledger_access.hpp"
#include "sanitize/age.hpp"

namespace sanitize::cli {

// Blank lines and "#" comments of -R files are skipped, as age does; a bad one is a usage error
// naming where it came from ("-r" or "FILE:LINE").
Loaded<std::vector<crypt::X25519Recipient>> parse_recipient_options(const std::vector<std::string>& recipients,
                                                                    const std::vector<std::string>& recipient_files,
                                                                    const Context& context);

}  // namespace sanitize::cli
