#include "version_text.hpp"

#include "sanitize/version.hpp"

namespace sanitize::cli {

std::string version_text(const Messages& messages) {
    const BuildInfo build = build_info();
    if (build.commit.empty()) return messages.format(Msg::version_no_commit, "sanitize", build.version);
    return messages.format(Msg::version_line, "sanitize", build.version, build.commit);
}

}  // namespace sanitize::cli
