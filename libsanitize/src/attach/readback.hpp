// The read-back check: libzip, an implementation independent of our writer, re-opens the
// archive and must find exactly the entries we wrote, each file AES-256 in AE-2 form (no CRC,
// in either header), decrypting with the password to the plaintext's CRC-32. Only then is the
// archive given its name. This is what stands between a writer bug and an e-mail carrying
// readable data.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "attach/zip_writer.hpp"
#include "sanitize/result.hpp"

namespace sanitize::attach::detail {

// Any deviation is Errc::integrity_failure with the entry's name as context. With `inner`
// (hide_names), the decrypted inner ZIP is opened by libzip as well and must hold exactly those
// entries, each reading back to its CRC-32 (up to inner_check_max_bytes, held in memory).
inline constexpr std::uint64_t inner_check_max_bytes = std::uint64_t{256} << 20;
Result<void> check_archive(const std::string& path, const std::vector<WrittenEntry>& expected,
                           std::span<const unsigned char> password, const std::vector<WrittenEntry>* inner = nullptr);

}  // namespace sanitize::attach::detail
