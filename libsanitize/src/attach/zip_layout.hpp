// Where every byte of a ZIP archive belongs, for `attach --check`. Extractors differ in which
// records they believe: 7-Zip and bsdtar follow a ZIP64 end record whatever the 32-bit one says,
// take names from local headers, and extract entries that no directory record lists. A check is
// only as good as its agreement with all of them, so here the records must agree and cover the
// file: the ZIP64 end record is read whenever its locator is there, each local header must match
// its directory record, and the entries, the directory and the end records must tile the file
// from its first byte to its last, without gap or overlap.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::attach::detail {

// An archive opened for reading, with its size: every offset and length taken from the file's
// own records is checked against that size before it reaches pread or sizes a buffer, so a
// crafted number is malformed input, never an I/O error or a large allocation.
class ZipFile {
public:
    ZipFile(int fd, std::uint64_t size, std::string path) : fd_(fd), size_(size), path_(std::move(path)) {}
    std::uint64_t size() const noexcept { return size_; }
    const std::string& path() const noexcept { return path_; }
    // Errc::malformed_input when [offset, offset + length) is not inside the file.
    Result<std::vector<std::uint8_t>> read(std::uint64_t offset, std::uint64_t length) const;

private:
    int fd_;
    std::uint64_t size_;
    std::string path_;
};

struct ZipEntry {
    std::string name;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;
    std::uint32_t crc32 = 0;
    std::uint64_t uncompressed_size = 0;
    std::uint64_t compressed_size = 0;
    std::uint64_t local_offset = 0;
    std::uint64_t data_offset = 0;  // the first byte after the local header
    // From the WinZip AES field, when there is one (the local header's matches it).
    bool has_aes_field = false;
    std::uint16_t aes_version = 0;  // 1: AE-1 (CRC kept), 2: AE-2
    std::uint8_t aes_strength = 0;  // 3: AES-256
    std::uint16_t real_method = 0;
    friend bool operator==(const ZipEntry&, const ZipEntry&) = default;
};

// The WinZip AES field, and the 64-bit values of the saturated 32-bit fields from the ZIP64
// field: in a central header only those, in the order uncompressed size, compressed size, local
// offset; in a local header both sizes, whichever is saturated (APPNOTE 4.5.3).
enum class HeaderKind { central, local };
void read_extra_fields(const std::uint8_t* extra, std::size_t length, HeaderKind kind, ZipEntry& entry);

// The entries in directory order. Errc::malformed_input for a file that is not a ZIP or whose
// records are cut short or point outside it (the context says which); Errc::integrity_failure
// for records that disagree (the end records, a local header and its directory record, a data
// descriptor), bytes that no record accounts for, and entries that overlap.
Result<std::vector<ZipEntry>> read_zip_layout(const ZipFile& file);

}  // namespace sanitize::attach::detail
