#include "attach/zip_records.hpp"

#include <algorithm>

namespace sanitize::attach::detail {

namespace {

// "Made by" Unix (3), spec 6.3, so that readers honour the mode bits in the external attributes.
constexpr std::uint16_t version_made_by = (3U << 8) | 63U;
constexpr std::uint16_t flag_encrypted = 1U << 0;
constexpr std::uint16_t flag_descriptor = 1U << 3;
constexpr std::uint16_t flag_utf8 = 1U << 11;
constexpr std::uint16_t aes_vendor_version_ae2 = 2;
constexpr std::uint8_t aes_strength_256 = 3;

void put16(std::vector<std::uint8_t>& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    put16(out, v & 0xFFFFU);
    put16(out, v >> 16);
}
void put64(std::vector<std::uint8_t>& out, std::uint64_t v) {
    put32(out, static_cast<std::uint32_t>(v));
    put32(out, static_cast<std::uint32_t>(v >> 32));
}
std::uint32_t clamp32(std::uint64_t v) { return v >= zip32_limit ? zip32_limit : static_cast<std::uint32_t>(v); }

std::uint16_t version_needed(const EntryRecord& e, bool zip64) {
    if (e.encrypted) return 51;  // WinZip AES entries announce 5.1, as WinZip and 7-Zip write them
    if (zip64) return 45;
    if (e.method == method_deflate || e.zipcrypto || e.name.ends_with('/')) return 20;
    return 10;
}

std::uint16_t flags_of(const EntryRecord& e) {
    std::uint16_t flags = flag_utf8;  // names are always UTF-8; bit 11 tells Windows tools so
    if (e.encrypted || e.zipcrypto) flags |= flag_encrypted;
    if (e.data_descriptor) flags |= flag_descriptor;
    return flags;
}

void append_aes_extra(std::vector<std::uint8_t>& out, const EntryRecord& e) {
    put16(out, extra_winzip_aes);
    put16(out, 7);
    put16(out, aes_vendor_version_ae2);
    out.push_back('A');
    out.push_back('E');
    out.push_back(aes_strength_256);
    put16(out, e.method);
}

// The fields common to local and central headers, from "version needed" to the extra length.
void append_common(std::vector<std::uint8_t>& out, const EntryRecord& e, bool zip64, std::uint32_t crc,
                   std::uint32_t csize, std::uint32_t usize, std::size_t extra_length) {
    put16(out, version_needed(e, zip64));
    put16(out, flags_of(e));
    put16(out, e.encrypted ? method_winzip_aes : e.method);
    put16(out, e.dos_time);
    put16(out, e.dos_date);
    put32(out, crc);
    put32(out, csize);
    put32(out, usize);
    put16(out, static_cast<std::uint32_t>(e.name.size()));
    put16(out, static_cast<std::uint32_t>(extra_length));
}

}  // namespace

DosTime dos_time_from(std::time_t t) {
    std::tm local{};
    if (localtime_r(&t, &local) == nullptr) return {0, (1U << 5) | 1U};  // 1980-01-01
    const int year = std::clamp(local.tm_year + 1900, 1980, 2107);
    DosTime out;
    out.time = static_cast<std::uint16_t>((local.tm_hour << 11) | (local.tm_min << 5) | (local.tm_sec / 2));
    out.date = static_cast<std::uint16_t>(((year - 1980) << 9) | ((local.tm_mon + 1) << 5) | local.tm_mday);
    return out;
}

void append_local_header(std::vector<std::uint8_t>& out, const EntryRecord& e) {
    const std::size_t extra = (e.local_zip64 ? 20U : 0U) + (e.encrypted ? 11U : 0U);
    put32(out, sig_local);
    const bool sizes_later = e.data_descriptor;
    const std::uint64_t csize = sizes_later ? 0 : e.compressed_size;
    const std::uint64_t usize = sizes_later ? 0 : e.uncompressed_size;
    // With a data descriptor, CRC and sizes are zero here and follow the data.
    const std::uint32_t crc = sizes_later ? 0 : e.crc32;
    if (e.local_zip64) {
        append_common(out, e, true, crc, zip32_limit, zip32_limit, extra);
    } else {
        append_common(out, e, false, crc, static_cast<std::uint32_t>(csize), static_cast<std::uint32_t>(usize), extra);
    }
    out.insert(out.end(), e.name.begin(), e.name.end());
    if (e.local_zip64) {
        put16(out, extra_zip64);
        put16(out, 16);
        put64(out, usize);
        put64(out, csize);
    }
    if (e.encrypted) append_aes_extra(out, e);
}

void append_data_descriptor(std::vector<std::uint8_t>& out, const EntryRecord& e) {
    put32(out, sig_descriptor);
    put32(out, e.crc32);
    if (e.local_zip64) {
        put64(out, e.compressed_size);
        put64(out, e.uncompressed_size);
    } else {
        put32(out, static_cast<std::uint32_t>(e.compressed_size));
        put32(out, static_cast<std::uint32_t>(e.uncompressed_size));
    }
}

void append_central_header(std::vector<std::uint8_t>& out, const EntryRecord& e) {
    // ZIP64 extra: only the fields whose 32-bit slot overflows, in the order the format fixes.
    std::vector<std::uint8_t> zip64;
    if (e.uncompressed_size >= zip32_limit) put64(zip64, e.uncompressed_size);
    if (e.compressed_size >= zip32_limit) put64(zip64, e.compressed_size);
    if (e.local_offset >= zip32_limit) put64(zip64, e.local_offset);
    const std::size_t extra = (zip64.empty() ? 0U : 4U + zip64.size()) + (e.encrypted ? 11U : 0U);
    put32(out, sig_central);
    put16(out, version_made_by);
    append_common(out, e, !zip64.empty(), e.crc32, clamp32(e.compressed_size), clamp32(e.uncompressed_size), extra);
    put16(out, 0);  // comment length
    put16(out, 0);  // disk number
    put16(out, 0);  // internal attributes
    const bool folder = e.name.ends_with('/');
    put32(out, (e.unix_mode << 16) | (folder ? 0x10U : 0U));  // 0x10: the MS-DOS folder bit
    put32(out, clamp32(e.local_offset));
    out.insert(out.end(), e.name.begin(), e.name.end());
    if (!zip64.empty()) {
        put16(out, extra_zip64);
        put16(out, static_cast<std::uint32_t>(zip64.size()));
        out.insert(out.end(), zip64.begin(), zip64.end());
    }
    if (e.encrypted) append_aes_extra(out, e);
}

void append_end_records(std::vector<std::uint8_t>& out, std::uint64_t entry_count, std::uint64_t directory_offset,
                        std::uint64_t directory_size, bool force_zip64) {
    const bool zip64 = force_zip64 || entry_count >= 0xFFFFU || directory_offset >= zip32_limit ||
                       directory_size >= zip32_limit;
    if (zip64) {
        const std::uint64_t zip64_end_offset = directory_offset + directory_size;
        put32(out, sig_zip64_end);
        put64(out, 44);  // size of the rest of this record
        put16(out, version_made_by);
        put16(out, 45);
        put32(out, 0);
        put32(out, 0);
        put64(out, entry_count);
        put64(out, entry_count);
        put64(out, directory_size);
        put64(out, directory_offset);
        put32(out, sig_zip64_locator);
        put32(out, 0);
        put64(out, zip64_end_offset);
        put32(out, 1);
    }
    const std::uint32_t count16 = entry_count >= 0xFFFFU || zip64 ? 0xFFFFU : static_cast<std::uint32_t>(entry_count);
    put32(out, sig_end);
    put16(out, 0);
    put16(out, 0);
    put16(out, count16);
    put16(out, count16);
    put32(out, zip64 ? zip32_limit : clamp32(directory_size));
    put32(out, zip64 ? zip32_limit : clamp32(directory_offset));
    put16(out, 0);  // comment length
}

}  // namespace sanitize::attach::detail
