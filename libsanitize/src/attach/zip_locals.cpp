#include "attach/zip_locals.hpp"

#include <algorithm>
#include <numeric>

#include "attach/zip_records.hpp"

namespace sanitize::attach::detail {

namespace {

constexpr std::uint64_t local_header_bytes = 30;
constexpr std::uint16_t flag_encrypted = 1U << 0;
constexpr std::uint16_t flag_descriptor = 1U << 3;

Error malformed(const ZipEntry& entry, const std::string& what) {
    return make_error(Errc::malformed_input, entry.name + ": " + what);
}
Error contradiction(const ZipEntry& entry, const std::string& what) {
    return make_error(Errc::integrity_failure, entry.name + ": " + what);
}
Error unaccounted(std::uint64_t offset) {
    return make_error(Errc::integrity_failure, "bytes at offset " + std::to_string(offset) + " belong to no listed entry");
}

bool has_extra_field(const std::vector<std::uint8_t>& extra, std::uint16_t wanted) {
    for (std::size_t at = 0; at + 4 <= extra.size();) {
        if (read_le(extra.data() + at, 2) == wanted) return true;
        at += 4 + read_le(extra.data() + at + 2, 2);
    }
    return false;
}

struct LocalHeader {
    ZipEntry fields;          // as the local header states them
    bool zip64_sizes = false; // a ZIP64 field: a data descriptor's sizes are 8 bytes each
    std::uint64_t length = 0; // fixed part, name and extra field
};

// `limit`: where the entries' area ends (the central directory).
Result<LocalHeader> read_local_header(const ZipFile& file, const ZipEntry& entry, std::uint64_t limit) {
    if (entry.local_offset >= limit || limit - entry.local_offset < local_header_bytes) {
        return malformed(entry, "local header outside the archive's entries");
    }
    auto fixed = file.read(entry.local_offset, local_header_bytes);
    if (!fixed) return fixed.error();
    const std::uint8_t* p = fixed->data();
    if (read_le(p, 4) != sig_local) return malformed(entry, "local header");
    const std::uint64_t name_length = read_le(p + 26, 2);
    const std::uint64_t extra_length = read_le(p + 28, 2);
    LocalHeader header;
    header.length = local_header_bytes + name_length + extra_length;
    if (limit - entry.local_offset < header.length) return malformed(entry, "local header outside the archive's entries");
    auto variable = file.read(entry.local_offset + local_header_bytes, name_length + extra_length);
    if (!variable) return variable.error();
    ZipEntry& local = header.fields;
    local.flags = static_cast<std::uint16_t>(read_le(p + 6, 2));
    local.method = static_cast<std::uint16_t>(read_le(p + 8, 2));
    local.crc32 = static_cast<std::uint32_t>(read_le(p + 14, 4));
    local.compressed_size = read_le(p + 18, 4);
    local.uncompressed_size = read_le(p + 22, 4);
    local.name.assign(variable->begin(), variable->begin() + static_cast<std::ptrdiff_t>(name_length));
    const std::vector<std::uint8_t> extra(variable->begin() + static_cast<std::ptrdiff_t>(name_length), variable->end());
    read_extra_fields(extra.data(), extra.size(), HeaderKind::local, local);
    header.zip64_sizes = has_extra_field(extra, extra_zip64);
    return header;
}

// A value the local header may leave at zero when a data descriptor carries it.
bool deferred_or_equal(bool deferred, std::uint64_t local, std::uint64_t central) {
    return local == central || (deferred && local == 0);
}

// What a reader of local headers sees must be what the directory lists.
Result<void> compare(const ZipEntry& central, const LocalHeader& header) {
    const ZipEntry& local = header.fields;
    if (local.name != central.name) return contradiction(central, "its local header names another file");
    if ((local.flags & flag_encrypted) != (central.flags & flag_encrypted) || local.method != central.method ||
        local.has_aes_field != central.has_aes_field || local.aes_version != central.aes_version ||
        local.aes_strength != central.aes_strength || local.real_method != central.real_method) {
        return contradiction(central, "its local header and the directory disagree on the encryption");
    }
    const bool deferred = (local.flags & flag_descriptor) != 0;
    if (!deferred_or_equal(deferred, local.crc32, central.crc32) ||
        !deferred_or_equal(deferred, local.compressed_size, central.compressed_size) ||
        !deferred_or_equal(deferred, local.uncompressed_size, central.uncompressed_size)) {
        return contradiction(central, "its local header and the directory disagree on the sizes");
    }
    return {};
}

// The data descriptor after an entry's data: an optional signature, the CRC, both sizes.
Result<std::uint64_t> descriptor_length(const ZipFile& file, const ZipEntry& entry, bool zip64_sizes,
                                        std::uint64_t at, std::uint64_t limit) {
    const std::uint64_t width = zip64_sizes ? 8 : 4;
    auto signature = file.read(at, std::min<std::uint64_t>(4, limit - at));
    if (!signature) return signature.error();
    const bool signed_form = signature->size() == 4 && read_le(signature->data(), 4) == sig_descriptor &&
                             entry.crc32 != sig_descriptor;
    const std::uint64_t length = (signed_form ? 4 : 0) + 4 + 2 * width;
    if (limit - at < length) return malformed(entry, "data descriptor outside the archive's entries");
    auto bytes = file.read(at, length);
    if (!bytes) return bytes.error();
    const std::uint8_t* p = bytes->data() + (signed_form ? 4 : 0);
    const int n = static_cast<int>(width);
    if (read_le(p, 4) != entry.crc32 || read_le(p + 4, n) != entry.compressed_size ||
        read_le(p + 4 + width, n) != entry.uncompressed_size) {
        return contradiction(entry, "its data descriptor and the directory disagree");
    }
    return length;
}

// Sets data_offset; returns where the entry ends.
Result<std::uint64_t> locate(const ZipFile& file, ZipEntry& entry, std::uint64_t limit) {
    auto header = read_local_header(file, entry, limit);
    if (!header) return header.error();
    if (auto same = compare(entry, *header); !same) return same.error();
    entry.data_offset = entry.local_offset + header->length;
    if (entry.compressed_size > limit - entry.data_offset) return contradiction(entry, "its data overlaps what follows");
    const std::uint64_t data_end = entry.data_offset + entry.compressed_size;
    if ((header->fields.flags & flag_descriptor) == 0) return data_end;
    auto descriptor = descriptor_length(file, entry, header->zip64_sizes, data_end, limit);
    if (!descriptor) return descriptor.error();
    return data_end + *descriptor;
}

}  // namespace

Result<void> locate_entries(const ZipFile& file, std::vector<ZipEntry>& entries, std::uint64_t directory_offset) {
    for (const ZipEntry& entry : entries) {
        if (entry.local_offset >= directory_offset) return malformed(entry, "local header outside the archive's entries");
    }
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return entries[a].local_offset < entries[b].local_offset; });
    std::uint64_t covered = 0;  // every byte below it belongs to an entry already located
    for (const std::size_t index : order) {
        ZipEntry& entry = entries[index];
        if (entry.local_offset > covered) return unaccounted(covered);
        if (entry.local_offset < covered) return contradiction(entry, "overlaps the entry before it");
        auto end = locate(file, entry, directory_offset);
        if (!end) return end.error();
        covered = *end;
    }
    if (covered != directory_offset) return unaccounted(covered);
    return {};
}

}  // namespace sanitize::attach::detail
