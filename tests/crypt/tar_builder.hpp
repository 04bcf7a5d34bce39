// Tars in memory, written by libarchive in the pax format, for the tests of what `decrypt`
// extracts from a tar that anyone holding the recipient can write.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace sanitize::test {

struct TarMember {
    std::string path{};
    unsigned type = AE_IFREG;
    std::string data{};
    std::string link{};       // symlink target
    std::string hard_link{};  // hard link target
    unsigned perm = 0644;
    std::int64_t sparse_size = -1;  // >= 0: a sparse file of this size holding `data` at its start
};

// pax, not pax-restricted: sparse members get GNU sparse 1.0 records.
inline std::string make_tar(const std::vector<TarMember>& members) {
    std::string tar;
    archive_write_callback* append = [](archive*, void* context, const void* buffer, std::size_t length) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(buffer), length);
        return static_cast<la_ssize_t>(length);
    };
    archive* a = archive_write_new();
    archive_write_set_format_pax(a);
    REQUIRE(archive_write_open(a, &tar, nullptr, append, nullptr) == ARCHIVE_OK);
    for (const TarMember& m : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.c_str());
        archive_entry_set_filetype(e, m.type);
        archive_entry_set_perm(e, m.perm);
        if (!m.link.empty()) archive_entry_set_symlink(e, m.link.c_str());
        if (!m.hard_link.empty()) archive_entry_set_hardlink(e, m.hard_link.c_str());
        if (m.type == AE_IFCHR) archive_entry_set_rdev(e, 0x0103);
        const auto stored = static_cast<la_int64_t>(m.data.size());
        archive_entry_set_size(e, m.sparse_size >= 0 ? m.sparse_size : stored);
        if (m.sparse_size >= 0) archive_entry_sparse_add_entry(e, 0, stored);
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        if (!m.data.empty()) archive_write_data(a, m.data.data(), m.data.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return tar;
}

}  // namespace sanitize::test
