// The local headers of a ZIP archive, each held against its central directory record, and the
// rule that the entries fill the file's data area exactly (see zip_layout.hpp for why).
#pragma once

#include <cstdint>
#include <vector>

#include "attach/zip_layout.hpp"

namespace sanitize::attach::detail {

// Sets each entry's data_offset. The entries, each a local header, its data and its data
// descriptor when it has one, must tile [0, directory_offset) in some order. Errors as
// read_zip_layout's.
Result<void> locate_entries(const ZipFile& file, std::vector<ZipEntry>& entries, std::uint64_t directory_offset);

}  // namespace sanitize::attach::detail
