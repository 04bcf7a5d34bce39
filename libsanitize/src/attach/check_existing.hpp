// check_archive() on an archive already open, for the fuzz target that feeds it bytes in memory.
#pragma once

#include <span>

#include "attach/zip_layout.hpp"
#include "sanitize/attach.hpp"

namespace sanitize::attach::detail {

Result<ArchiveCheck> check_open_archive(const ZipFile& file, std::span<const unsigned char> password);

}  // namespace sanitize::attach::detail
