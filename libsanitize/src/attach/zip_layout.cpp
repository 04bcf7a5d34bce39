// The end records and the central directory. The local headers and the tiling of the file by its
// entries are in zip_locals.cpp.
#include "attach/zip_layout.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "attach/zip_locals.hpp"
#include "attach/zip_records.hpp"

namespace sanitize::attach::detail {

namespace {

constexpr std::uint64_t end_record_bytes = 22;
constexpr std::uint64_t max_comment_bytes = 0xFFFF;
constexpr std::uint64_t locator_bytes = 20;
constexpr std::uint64_t zip64_end_min_bytes = 56;
constexpr std::uint64_t central_header_bytes = 46;
constexpr std::uint64_t max_directory_bytes = std::uint64_t{256} << 20;

// The archive's path is the caller's subject already: the context says only what is wrong.
Error malformed(const std::string& what) { return make_error(Errc::malformed_input, what); }
Error contradiction(const std::string& what) { return make_error(Errc::integrity_failure, what); }

struct Directory {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::uint64_t count = 0;
    std::uint64_t end = 0;  // where the records after the directory start
};

// The end record is the one whose comment reaches exactly the end of the file: a signature
// inside a comment, or bytes after the comment, are not an end record.
Result<std::uint64_t> find_end_record(const ZipFile& file) {
    if (file.size() < end_record_bytes) return malformed("not a ZIP");
    const std::uint64_t window = std::min(file.size(), end_record_bytes + max_comment_bytes);
    const std::uint64_t window_start = file.size() - window;
    auto tail = file.read(window_start, window);
    if (!tail) return tail.error();
    for (std::uint64_t at = window - end_record_bytes + 1; at-- > 0;) {
        const std::uint8_t* p = tail->data() + at;
        if (read_le(p, 4) == sig_end && at + end_record_bytes + read_le(p + 20, 2) == window) return window_start + at;
    }
    return malformed("not a ZIP");
}

// One disk only: the fields that name disks must be zero and both entry counts equal.
bool single_disk(std::uint64_t disk, std::uint64_t directory_disk, std::uint64_t count_here, std::uint64_t count) {
    return disk == 0 && directory_disk == 0 && count_here == count;
}

// The ZIP64 end record that the locator just before the end record points to.
Result<Directory> read_zip64_end(const ZipFile& file, std::uint64_t locator_offset) {
    auto locator = file.read(locator_offset, locator_bytes);
    if (!locator) return locator.error();
    const std::uint64_t record_offset = read_le(locator->data() + 8, 8);
    if (read_le(locator->data() + 4, 4) != 0 || read_le(locator->data() + 16, 4) > 1) {
        return malformed("ZIP64 locator: several disks");
    }
    if (record_offset > locator_offset || locator_offset - record_offset < zip64_end_min_bytes) {
        return malformed("ZIP64 locator points outside the file");
    }
    auto record = file.read(record_offset, zip64_end_min_bytes);
    if (!record) return record.error();
    const std::uint8_t* p = record->data();
    if (read_le(p, 4) != sig_zip64_end) return malformed("ZIP64 end record");
    if (!single_disk(read_le(p + 16, 4), read_le(p + 20, 4), read_le(p + 24, 8), read_le(p + 32, 8))) {
        return malformed("ZIP64 end record: several disks");
    }
    // The record's own size field counts what follows its first 12 bytes.
    if (read_le(p + 4, 8) != locator_offset - record_offset - 12) {
        return contradiction("bytes between the ZIP64 end record and its locator");
    }
    return Directory{read_le(p + 48, 8), read_le(p + 40, 8), read_le(p + 32, 8), record_offset};
}

// A 32-bit field agrees with the ZIP64 record when it is saturated (the writer deferred to the
// ZIP64 record) or holds the same value.
bool agrees(std::uint64_t field32, std::uint64_t saturated, std::uint64_t field64) {
    return field32 == saturated || field32 == field64;
}

Result<Directory> find_directory(const ZipFile& file) {
    auto end_offset = find_end_record(file);
    if (!end_offset) return end_offset.error();
    auto end = file.read(*end_offset, end_record_bytes);
    if (!end) return end.error();
    const std::uint8_t* p = end->data();
    if (!single_disk(read_le(p + 4, 2), read_le(p + 6, 2), read_le(p + 8, 2), read_le(p + 10, 2))) {
        return malformed("end record: several disks");
    }
    const Directory plain{read_le(p + 16, 4), read_le(p + 12, 4), read_le(p + 10, 2), *end_offset};
    const bool has_locator = *end_offset >= locator_bytes && [&] {
        auto signature = file.read(*end_offset - locator_bytes, 4);
        return signature && read_le(signature->data(), 4) == sig_zip64_locator;
    }();
    if (!has_locator) {
        if (plain.count == 0xFFFF || plain.size == zip32_limit || plain.offset == zip32_limit) {
            return malformed("ZIP64 locator missing");
        }
        return plain;
    }
    // Read whenever it is there: a reader that follows it must see the entries we check.
    auto zip64 = read_zip64_end(file, *end_offset - locator_bytes);
    if (!zip64) return zip64.error();
    if (!agrees(plain.count, 0xFFFF, zip64->count) || !agrees(plain.size, zip32_limit, zip64->size) ||
        !agrees(plain.offset, zip32_limit, zip64->offset)) {
        return contradiction("the end record and the ZIP64 end record disagree");
    }
    return zip64;
}

Result<std::vector<ZipEntry>> read_directory(const ZipFile& file, const Directory& directory) {
    if (directory.offset > directory.end || directory.size > directory.end - directory.offset) {
        return malformed("central directory outside the file");
    }
    if (directory.offset + directory.size != directory.end) {
        return contradiction("bytes between the central directory and the end records");
    }
    if (directory.size > max_directory_bytes) return malformed("directory too large");
    if (directory.count > directory.size / central_header_bytes) return malformed("central directory");
    auto bytes = file.read(directory.offset, directory.size);
    if (!bytes) return bytes.error();
    std::vector<ZipEntry> entries;
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < directory.count; ++i) {
        if (at + central_header_bytes > bytes->size() || read_le(bytes->data() + at, 4) != sig_central) {
            return malformed("central directory");
        }
        const std::uint8_t* p = bytes->data() + at;
        const auto name_length = static_cast<std::size_t>(read_le(p + 28, 2));
        const auto extra_length = static_cast<std::size_t>(read_le(p + 30, 2));
        const auto comment_length = static_cast<std::size_t>(read_le(p + 32, 2));
        if (at + central_header_bytes + name_length + extra_length + comment_length > bytes->size()) {
            return malformed("central directory");
        }
        if (read_le(p + 34, 2) != 0) return malformed("central directory: several disks");
        ZipEntry entry;
        entry.flags = static_cast<std::uint16_t>(read_le(p + 8, 2));
        entry.method = static_cast<std::uint16_t>(read_le(p + 10, 2));
        entry.crc32 = static_cast<std::uint32_t>(read_le(p + 16, 4));
        entry.compressed_size = read_le(p + 20, 4);
        entry.uncompressed_size = read_le(p + 24, 4);
        entry.local_offset = read_le(p + 42, 4);
        entry.name.assign(reinterpret_cast<const char*>(p + central_header_bytes), name_length);
        read_extra_fields(p + central_header_bytes + name_length, extra_length, HeaderKind::central, entry);
        entries.push_back(std::move(entry));
        at += central_header_bytes + name_length + extra_length + comment_length;
    }
    if (at != bytes->size()) return contradiction("bytes in the central directory after its last entry");
    return entries;
}

}  // namespace

void read_extra_fields(const std::uint8_t* extra, std::size_t length, HeaderKind kind, ZipEntry& entry) {
    for (std::size_t at = 0; at + 4 <= length;) {
        const auto id = static_cast<std::uint16_t>(read_le(extra + at, 2));
        const auto size = static_cast<std::size_t>(read_le(extra + at + 2, 2));
        const std::uint8_t* data = extra + at + 4;
        if (at + 4 + size > length) return;
        if (id == extra_winzip_aes && size == 7 && data[2] == 'A' && data[3] == 'E') {
            entry.has_aes_field = true;
            entry.aes_version = static_cast<std::uint16_t>(read_le(data, 2));
            entry.aes_strength = data[4];
            entry.real_method = static_cast<std::uint16_t>(read_le(data + 5, 2));
        }
        const bool local_sizes = kind == HeaderKind::local &&
                                 (entry.uncompressed_size == zip32_limit || entry.compressed_size == zip32_limit);
        if (id == extra_zip64 && local_sizes && size >= 16) {
            entry.uncompressed_size = read_le(data, 8);
            entry.compressed_size = read_le(data + 8, 8);
        } else if (id == extra_zip64 && kind == HeaderKind::central) {
            std::size_t next = 0;
            for (std::uint64_t* field : {&entry.uncompressed_size, &entry.compressed_size, &entry.local_offset}) {
                if (*field != zip32_limit || next + 8 > size) continue;
                *field = read_le(data + next, 8);
                next += 8;
            }
        }
        at += 4 + size;
    }
}

Result<std::vector<std::uint8_t>> ZipFile::read(std::uint64_t offset, std::uint64_t length) const {
    if (offset > size_ || length > size_ - offset) {
        return make_error(Errc::malformed_input, "a record points beyond the end of the file");
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(length));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pread(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return make_error(Errc::io_error, path_, errno);
        if (n == 0) return make_error(Errc::malformed_input, "truncated");  // it shrank meanwhile
        done += static_cast<std::size_t>(n);
    }
    return bytes;
}

Result<std::vector<ZipEntry>> read_zip_layout(const ZipFile& file) {
    auto directory = find_directory(file);
    if (!directory) return directory.error();
    auto entries = read_directory(file, *directory);
    if (!entries) return entries.error();
    if (auto located = locate_entries(file, *entries, directory->offset); !located) return located.error();
    return entries;
}

}  // namespace sanitize::attach::detail
