// create_archive() with its seams open, so that tests can force the failures that must never
// leave a file behind: a write that fails, or an archive altered between writing and checking.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "sanitize/attach.hpp"

namespace sanitize::attach::detail {

struct ArchiveHooks {
    std::function<bool(std::uint64_t offset)> allow_write;       // false: that write fails (EIO)
    std::function<void(const std::string& temp_path)> before_check;  // may tamper with the file
    bool force_zip64 = false;
};

Result<Disclosure> create_archive_with(const ArchiveOptions& options, const ArchiveHooks& hooks);

}  // namespace sanitize::attach::detail
