// Our own small ZIP writer. libzip writes AE-2 too, but at ~70 MB/s (it runs AES one 16-byte
// block per call) and through its own temporary file; libarchive writes AE-1 (plaintext CRC)
// and falls back to a plain ZIP without error when its encryption option is missing. Writing
// ZIP by hand is a few hundred lines; what stays with libraries is what they do well: zlib's
// deflate, OpenSSL's AES/HMAC/PBKDF2, and libzip as the independent reader of the check.
#pragma once

#include <cstdint>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "attach/inputs.hpp"
#include "attach/streams.hpp"
#include "sanitize/attach.hpp"

namespace sanitize::attach::detail {

// The single entry of a hide_names archive: a neutral name that says nothing of the contents.
inline constexpr std::string_view hidden_entry_name = "contents.zip";

struct WriteSettings {
    std::span<const unsigned char> password;
    Compression compression = Compression::automatic;
    int deflate_level = 6;
    bool hide_names = false;
    bool force_zip64 = false;  // tests: ZIP64 end records even for a small archive
    bool legacy_zipcrypto = false;  // traditional encryption instead of AES (asked for explicitly)
    std::stop_token stop;
};

// What the read-back check must find, entry by entry, in archive order.
struct WrittenEntry {
    std::string name;
    bool encrypted = false;    // false only for folders
    std::uint32_t crc32 = 0;   // of the plaintext; known to us, never stored for AE-2
    std::uint64_t size = 0;
    std::uint64_t local_offset = 0;  // where its local header starts in the archive
    bool legacy = false;       // ZipCrypto rather than AES (then `encrypted` is true as well)
};

struct WrittenArchive {
    std::vector<WrittenEntry> entries;
    std::vector<WrittenEntry> inner_entries;  // hide_names: what the inner ZIP holds
    std::uint64_t content_bytes = 0;  // the input files' bytes
};

Result<WrittenArchive> write_archive(FileSink& sink, const std::vector<InputEntry>& inputs,
                                     const WriteSettings& settings);

}  // namespace sanitize::attach::detail
