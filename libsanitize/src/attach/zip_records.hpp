// The ZIP format's records as bytes (PKWARE APPNOTE 6.3, WinZip AE extra field): local and
// central headers, data descriptors, the end records with their ZIP64 forms. Pure functions over
// an EntryRecord; knows nothing of files, compression or keys.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

namespace sanitize::attach::detail {

inline constexpr std::uint16_t method_store = 0;
inline constexpr std::uint16_t method_deflate = 8;
inline constexpr std::uint16_t method_winzip_aes = 99;
inline constexpr std::uint16_t extra_winzip_aes = 0x9901;
inline constexpr std::uint16_t extra_zip64 = 0x0001;
inline constexpr std::uint32_t zip32_limit = 0xFFFFFFFFU;
// Record signatures (APPNOTE 4.3).
inline constexpr std::uint32_t sig_local = 0x04034b50;
inline constexpr std::uint32_t sig_central = 0x02014b50;
inline constexpr std::uint32_t sig_descriptor = 0x08074b50;
inline constexpr std::uint32_t sig_end = 0x06054b50;
inline constexpr std::uint32_t sig_zip64_end = 0x06064b50;
inline constexpr std::uint32_t sig_zip64_locator = 0x07064b50;

// An unsigned little-endian field of n bytes (n <= 8), as every ZIP record stores its numbers.
inline std::uint64_t read_le(const std::uint8_t* p, int n) {
    std::uint64_t value = 0;
    for (int i = n - 1; i >= 0; --i) value = (value << 8) | p[i];
    return value;
}

struct EntryRecord {
    std::string name;  // UTF-8, '/'-separated, folders end in '/'
    bool encrypted = false;      // WinZip AES-256, AE-2
    bool zipcrypto = false;      // traditional PKWARE encryption instead (legacy, on request)
    bool data_descriptor = false;// sizes and CRC follow the data (streamed inner ZIP)
    bool local_zip64 = false;    // the local header carries a ZIP64 extra (decided up front)
    std::uint16_t method = method_store;  // the real compression, even when encrypted
    std::uint16_t dos_time = 0;
    std::uint16_t dos_date = 0;
    std::uint32_t crc32 = 0;     // stays 0 for AE-2: the point of AE-2
    std::uint64_t compressed_size = 0;
    std::uint64_t uncompressed_size = 0;
    std::uint64_t local_offset = 0;
    std::uint32_t unix_mode = 0;  // st_mode, into the external attributes
};

struct DosTime {
    std::uint16_t time = 0;
    std::uint16_t date = 0;
};
// Local time, as every ZIP reader shows it; clamped to the format's 1980..2107.
DosTime dos_time_from(std::time_t t);

void append_local_header(std::vector<std::uint8_t>& out, const EntryRecord& entry);
void append_data_descriptor(std::vector<std::uint8_t>& out, const EntryRecord& entry);
void append_central_header(std::vector<std::uint8_t>& out, const EntryRecord& entry);
// End of central directory, preceded by the ZIP64 end record and locator when the count, the
// directory's size or its offset need them (or when forced, for tests).
void append_end_records(std::vector<std::uint8_t>& out, std::uint64_t entry_count, std::uint64_t directory_offset,
                        std::uint64_t directory_size, bool force_zip64 = false);

}  // namespace sanitize::attach::detail
