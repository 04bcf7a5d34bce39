// The build's identity, for the front ends' --version and for bug reports.
#pragma once

#include <string_view>

namespace sanitize {

struct BuildInfo {
    std::string_view version;  // the release, "0.1.0" (CMakeLists.txt's project version)
    std::string_view commit;   // "1a2b3c4d5e6f", "1a2b3c4d5e6f-dirty"; empty: built without git
};

// Worked out when the build was configured (cmake/build_commit.cmake).
BuildInfo build_info() noexcept;

}  // namespace sanitize
