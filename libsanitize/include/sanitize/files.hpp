// Small files the front ends and jobs read and write whole: keys, signatures, certificates.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::files {

// The whole file; Errc::not_found when it does not exist, Errc::malformed_input above
// `max_bytes` (a key or certificate that large is not one).
[[nodiscard]] Result<std::string> read_small_file(const std::string& path, std::size_t max_bytes);

// The same for a file that holds a secret in the clear (an age identity): read straight into
// secret memory, never through an ordinary buffer that would be freed unwiped.
[[nodiscard]] Result<SecretBuffer> read_small_secret_file(const std::string& path, std::size_t max_bytes);

// Writes a temporary file in the same directory, syncs it and links it into place, so that a
// reader never sees half a file and an existing file is never replaced (Errc::conflict, also
// when another process created it meanwhile). `mode` as for open(2).
[[nodiscard]] Result<void> write_new_file(const std::string& path, std::string_view bytes, unsigned mode);

// Nothing at `path` yet (not even a dangling link): otherwise Errc::conflict with
// Reason::output_exists and the path. Jobs call it before any work, so that an existing output
// is refused at once rather than after an archive was made for nothing.
[[nodiscard]] Result<void> refuse_existing_output(const std::string& path);

// The SHA-256 of a file's bytes, read in blocks, as 64 lower-case hex digits (the hash a ledger
// record names an archive by).
[[nodiscard]] Result<std::string> sha256_file_hex(const std::string& path);

}  // namespace sanitize::files
