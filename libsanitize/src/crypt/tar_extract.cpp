#include "crypt/tar_extract.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "crypt/folder_common.hpp"

namespace sanitize::crypt::detail {
namespace {

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};

Error refused(const std::string& what, const std::string& entry) {
    return make_error(Errc::refused, what + ": " + entry);
}

// The process's umask, read without changing it (umask(2) can only be read by setting it, which
// races with other threads creating files): Linux has shown it in /proc/self/status since 4.7.
// Where it cannot be read, 077: nobody but the owner gets a permission the umask might deny.
mode_t process_umask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (!line.starts_with("Umask:")) continue;
        try {
            return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8) & 0777);
        } catch (const std::exception&) {
            break;
        }
    }
    return 077;
}

// libarchive's read callback: the input's bytes, and its error kept for the caller.
struct Feed {
    TarInput* input = nullptr;
    std::optional<Error> error;
};

la_ssize_t read_callback(archive* a, void* context, const void** buffer) {
    auto* feed = static_cast<Feed*>(context);
    Result<std::span<const std::uint8_t>> bytes = feed->input->next();
    if (!bytes) {
        feed->error = bytes.error();
        archive_set_error(a, EIO, "input");
        return -1;
    }
    *buffer = bytes->data();
    return static_cast<la_ssize_t>(bytes->size());
}

// A name as UTF-8 when libarchive can give it so (a pax "path" record), else as the header's
// bytes (hdrcharset=BINARY, or a locale that cannot convert).
std::string either(const char* utf8, const char* raw) {
    if (utf8 != nullptr) return utf8;
    return raw != nullptr ? raw : "";
}

// "a/./b/" -> {"a", "b"}; nullopt for absolute paths, "..", or nothing at all.
std::optional<std::vector<std::string>> safe_components(std::string_view path) {
    if (path.empty() || path.front() == '/') return std::nullopt;
    std::vector<std::string> parts;
    while (!path.empty()) {
        const auto slash = path.find('/');
        const std::string_view part = path.substr(0, slash);
        path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
        if (part.empty() || part == ".") continue;
        if (part == "..") return std::nullopt;
        parts.emplace_back(part);
    }
    if (parts.empty()) return std::nullopt;
    return parts;
}

// Opens the folder holding the last component, creating folders on the way, never through a
// symlink (O_NOFOLLOW on every step).
Result<Fd> open_parent(int root, const std::vector<std::string>& parts, const std::string& name, bool create) {
    Fd current(::dup(root));
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        int next = ::openat(current.fd, parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(current.fd, parts[i].c_str(), 0700) != 0 && errno != EEXIST) {
                return make_error(errc_from_errno(errno), "mkdir " + name, errno);
            }
            next = ::openat(current.fd, parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0) return refused("path through a link or a file", name);
        current = Fd(next);
    }
    return current;
}

struct Extractor {
    int root = -1;
    archive* tar = nullptr;
    Feed* feed = nullptr;
    TarLimits limits;
    // The archive's permission bits are kept only where the umask allows them, as tar does for
    // a user who is not root, and set-uid, set-gid and sticky never: an archive anyone can make
    // must not leave world-writable or privileged files.
    mode_t allowed = 0777;
    FolderStats stats;
    std::vector<std::pair<std::string, mode_t>> folder_modes;  // set last: a read-only folder
                                                               // must still take its children

    Error tar_error(const std::string& what) const {
        if (feed->error) return *feed->error;
        return make_error(Errc::malformed_input, "tar: " + what);
    }

    mode_t mode_of(archive_entry* entry) const { return static_cast<mode_t>(archive_entry_perm(entry)) & allowed; }

    // The limit counts the size the file will have, holes included: a sparse entry stores a few
    // bytes and may declare terabytes, which anything copying the file later writes out in full.
    Result<std::uint64_t> reserve(archive_entry* entry, const std::string& name) {
        const la_int64_t declared = archive_entry_size(entry);
        if (declared < 0) return tar_error(name);
        const auto size = static_cast<std::uint64_t>(declared);
        if (limits.max_file_bytes != 0 && size > limits.max_file_bytes - stats.file_bytes) return refused("size limit", name);
        stats.file_bytes += size;
        return size;
    }

    Result<void> write_data(int out, std::uint64_t size, const std::string& name) {
        const void* block = nullptr;
        std::size_t length = 0;
        la_int64_t offset = 0;
        while (true) {
            const int rc = archive_read_data_block(tar, &block, &length, &offset);
            if (rc == ARCHIVE_EOF) return {};
            if (rc < ARCHIVE_WARN) return tar_error(name);
            if (offset < 0 || length > size || static_cast<std::uint64_t>(offset) > size - length) {
                return tar_error(name + ": data beyond the entry's size");
            }
            const auto* bytes = static_cast<const char*>(block);
            for (std::size_t done = 0; done < length;) {
                const ssize_t n = ::pwrite(out, bytes + done, length - done, static_cast<off_t>(offset) + static_cast<off_t>(done));
                if (n < 0 && errno == EINTR) continue;
                if (n < 0) return make_error(errc_from_errno(errno), "write " + name, errno);
                done += static_cast<std::size_t>(n);
            }
        }
    }

    Result<void> file(int parent, const std::string& leaf, const std::string& name, archive_entry* entry) {
        auto size = reserve(entry, name);
        if (!size) return size.error();
        Fd out(::openat(parent, leaf.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (out.fd < 0) return errno == EEXIST ? refused("duplicate entry", name)
                                               : make_error(errc_from_errno(errno), "create " + name, errno);
        if (auto written = write_data(out.fd, *size, name); !written) return written;
        if (::ftruncate(out.fd, static_cast<off_t>(*size)) != 0) {
            return make_error(errc_from_errno(errno), "truncate " + name, errno);
        }
        if (::fchmod(out.fd, mode_of(entry)) != 0) return make_error(errc_from_errno(errno), "chmod " + name, errno);
        const timespec times[2] = {{0, UTIME_OMIT}, {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)}};
        ::futimens(out.fd, times);
        return {};
    }

    Result<void> hard_link(int parent, const std::string& leaf, const std::string& name, std::string_view target) {
        auto parts = safe_components(target);
        if (!parts) return refused("hard link leaving the target", name);
        auto from = open_parent(root, *parts, name, false);
        if (!from) return from.error();
        struct stat st {};
        if (::fstatat(from->fd, parts->back().c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) {
            return refused("hard link to no extracted file", name);
        }
        if (::linkat(from->fd, parts->back().c_str(), parent, leaf.c_str(), 0) != 0) {
            return errno == EEXIST ? refused("duplicate entry", name)
                                   : make_error(errc_from_errno(errno), "link " + name, errno);
        }
        return {};
    }

    Result<void> folder(int parent, const std::string& leaf, const std::string& name, archive_entry* entry,
                        const std::vector<std::string>& parts) {
        if (::mkdirat(parent, leaf.c_str(), 0700) != 0) {
            struct stat st {};
            if (errno != EEXIST || ::fstatat(parent, leaf.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode)) {
                return refused("duplicate entry", name);
            }
        }
        std::string relative;
        for (const std::string& part : parts) relative += (relative.empty() ? "" : "/") + part;
        folder_modes.emplace_back(relative, mode_of(entry) | 0700);  // the owner keeps managing it
        return {};
    }

    Result<void> symlink(int parent, const std::string& leaf, const std::string& name, archive_entry* entry,
                         std::size_t depth) {
        const char* link = archive_entry_symlink_utf8(entry);
        if (link == nullptr) link = archive_entry_symlink(entry);
        if (link == nullptr || !safe_link_target(link, depth)) return refused("symlink leaving the target", name);
        if (::symlinkat(link, parent, leaf.c_str()) != 0) {
            return errno == EEXIST ? refused("duplicate entry", name)
                                   : make_error(errc_from_errno(errno), "symlink " + name, errno);
        }
        return {};
    }

    Result<void> entry(archive_entry* entry) {
        const std::string name = either(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry));
        auto parts = safe_components(name);
        if (!parts) return refused("absolute or parent path", name);
        const char* hard = archive_entry_hardlink_utf8(entry);
        if (hard == nullptr) hard = archive_entry_hardlink(entry);
        const auto type = archive_entry_filetype(entry);
        if (hard == nullptr && type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK) {
            return refused("device node, FIFO or socket", name);
        }
        auto parent = open_parent(root, *parts, name, true);
        if (!parent) return parent.error();
        ++stats.entries;
        const std::string& leaf = parts->back();
        if (hard != nullptr) return hard_link(parent->fd, leaf, name, hard);
        if (type == AE_IFDIR) return folder(parent->fd, leaf, name, entry, *parts);
        if (type == AE_IFREG) return file(parent->fd, leaf, name, entry);
        return symlink(parent->fd, leaf, name, entry, parts->size() - 1);
    }
};

// After the tar's end marker only zero padding may follow, up to the input's end.
Result<void> drain(Feed& feed) {
    while (true) {
        Result<std::span<const std::uint8_t>> bytes = feed.input->next();
        if (!bytes) return bytes.error();
        if (bytes->empty()) return {};
        if (std::any_of(bytes->begin(), bytes->end(), [](std::uint8_t b) { return b != 0; })) {
            return make_error(Errc::malformed_input, "tar: data after the end of the archive");
        }
    }
}

}  // namespace

Result<FolderStats> extract_tar(TarInput& input, int root, const TarLimits& limits) {
    const ThreadUtf8Locale utf8;  // UTF-8 pax names come out as the same bytes
    Feed feed{&input, std::nullopt};
    std::unique_ptr<archive, ArchiveDeleter> tar(archive_read_new());
    archive_read_support_format_tar(tar.get());  // tar only: no other format's surprises
    Extractor extractor{root, tar.get(), &feed, limits, static_cast<mode_t>(0777 & ~process_umask()), {}, {}};
    // Authenticated plaintext that is no tar from its first header on is something else (a single
    // file encrypted with stock age): named as such, not as a damaged archive.
    auto not_a_tar = [&](const char* what) {
        Error error = extractor.tar_error(what);
        if (!feed.error && extractor.stats.entries == 0) error.detail = "not_folder_archive";
        return error;
    };
    if (archive_read_open(tar.get(), &feed, nullptr, read_callback, nullptr) != ARCHIVE_OK) return not_a_tar("open");
    while (true) {
        archive_entry* entry = nullptr;
        const int rc = archive_read_next_header(tar.get(), &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) return not_a_tar("bad entry header");
        if (auto done = extractor.entry(entry); !done) return done.error();
    }
    if (auto drained = drain(feed); !drained) return drained.error();
    for (auto it = extractor.folder_modes.rbegin(); it != extractor.folder_modes.rend(); ++it) {
        ::fchmodat(root, it->first.c_str(), it->second, 0);
    }
    return extractor.stats;
}

}  // namespace sanitize::crypt::detail
