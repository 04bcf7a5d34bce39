// What `sanitize --version` prints: the version and the commit of the build.
#pragma once

#include <string>

#include "messages.hpp"

namespace sanitize::cli {

// "sanitize 0.1.0 (commit 1a2b3c4d5e6f)", or that the commit is unknown (built without git).
std::string version_text(const Messages& messages);

}  // namespace sanitize::cli
