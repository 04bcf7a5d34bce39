// Extracting a tar stream into a folder. The tar inside an authenticated age file comes from
// whoever encrypted it, so every entry is hostile until shown otherwise: nothing is ever written
// through a symlink or outside the folder, devices and FIFOs are refused, modes are the archive's
// less the umask and never set-uid, set-gid or sticky, and a size limit counts what an entry will
// occupy (a sparse entry's declared size, not the few bytes it stores).
#pragma once

#include <cstdint>
#include <span>

#include "sanitize/age.hpp"

namespace sanitize::crypt::detail {

// Where the tar's bytes come from: decryption hands over only authenticated plaintext; the fuzz
// target hands over raw bytes.
class TarInput {
public:
    virtual ~TarInput() = default;
    // The next bytes of the stream, valid until the next call; empty at its end.
    virtual Result<std::span<const std::uint8_t>> next() = 0;
};

struct TarLimits {
    std::uint64_t max_file_bytes = 0;  // the files' total size; 0: no limit
};

// Extracts every entry under the folder `root` (a descriptor of an empty directory), then
// requires that only zero padding follows the tar's end marker. Errc::refused for a hostile
// entry or the size limit (the entry's name is the context), Errc::malformed_input for a tar
// that does not parse, the input's own errors as they are. On failure, what was extracted stays
// under `root`: the caller removes it.
Result<FolderStats> extract_tar(TarInput& input, int root, const TarLimits& limits);

}  // namespace sanitize::crypt::detail
