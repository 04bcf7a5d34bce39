// decrypt_to_folder: the age file is decrypted chunk by chunk into libarchive's read callback,
// entries are extracted into a staging directory without ever following a symlink, and the
// staging directory becomes the target only after the last chunk authenticated.
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "crypt/folder_common.hpp"
#include "sanitize/age.hpp"

namespace sanitize::crypt {
namespace {

namespace fs = std::filesystem;

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
struct Fd {
    int fd = -1;
    explicit Fd(int value = -1) : fd(value) {}
    Fd(Fd&& other) noexcept : fd(std::exchange(other.fd, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            if (fd >= 0) ::close(fd);
            fd = std::exchange(other.fd, -1);
        }
        return *this;
    }
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

Error refused(const std::string& what, const std::string& entry) {
    return make_error(Errc::refused, what + ": " + entry);
}

// Feeds libarchive: reads the age file, decrypts, and hands over only authenticated plaintext.
struct Reader {
    int input = -1;
    Decryptor* decryptor = nullptr;
    std::vector<std::uint8_t> plain;
    std::vector<std::uint8_t> handed;  // what libarchive holds until its next call
    std::vector<std::uint8_t> buffer;  // ciphertext read from the file
    bool at_end = false;
    std::optional<Error> error;
    detail::ProgressThrottle* progress = nullptr;
    std::stop_token stop;

    // Decrypts more until some plaintext is ready or the file ended.
    bool pump() {
        buffer.resize(256 * 1024);
        while (plain.empty() && !at_end) {
            if (stop.stop_requested()) {
                error = make_error(Errc::cancelled, "decrypt");
                return false;
            }
            const ssize_t n = ::read(input, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                error = make_error(errc_from_errno(errno), "read", errno);
                return false;
            }
            Result<void> fed = n == 0 ? decryptor->finish()
                                      : decryptor->write(std::span(buffer).first(static_cast<std::size_t>(n)));
            at_end = n == 0;
            progress->advance(static_cast<std::uint64_t>(n));
            if (!fed) {
                error = fed.error();
                return false;
            }
        }
        return true;
    }
};

la_ssize_t read_callback(archive* a, void* context, const void** buffer) {
    auto* reader = static_cast<Reader*>(context);
    if (!reader->pump()) {
        archive_set_error(a, EIO, "decrypt");
        return -1;
    }
    reader->handed.swap(reader->plain);
    reader->plain.clear();
    *buffer = reader->handed.data();
    return static_cast<la_ssize_t>(reader->handed.size());
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
    Reader* reader = nullptr;
    std::uint64_t max_file_bytes = 0;
    FolderStats stats;
    std::vector<std::pair<std::string, mode_t>> folder_modes;  // set last: a read-only folder
                                                               // must still take its children

    Error tar_error(const std::string& what) const {
        if (reader->error) return *reader->error;
        return make_error(Errc::malformed_input, "tar: " + what);
    }

    Result<void> file(int parent, const std::string& leaf, const std::string& name, archive_entry* entry) {
        Fd out(::openat(parent, leaf.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (out.fd < 0) return errno == EEXIST ? refused("duplicate entry", name)
                                               : make_error(errc_from_errno(errno), "create " + name, errno);
        const void* block = nullptr;
        std::size_t size = 0;
        la_int64_t offset = 0;
        while (true) {
            const int rc = archive_read_data_block(tar, &block, &size, &offset);
            if (rc == ARCHIVE_EOF) break;
            if (rc < ARCHIVE_WARN) return tar_error(name);
            stats.file_bytes += size;
            if (max_file_bytes != 0 && stats.file_bytes > max_file_bytes) return refused("size limit", name);
            const auto* bytes = static_cast<const char*>(block);
            for (std::size_t done = 0; done < size;) {
                const ssize_t n = ::pwrite(out.fd, bytes + done, size - done, static_cast<off_t>(offset) + static_cast<off_t>(done));
                if (n < 0 && errno == EINTR) continue;
                if (n < 0) return make_error(errc_from_errno(errno), "write " + name, errno);
                done += static_cast<std::size_t>(n);
            }
        }
        if (::ftruncate(out.fd, archive_entry_size(entry)) != 0) {
            return make_error(errc_from_errno(errno), "truncate " + name, errno);
        }
        ::fchmod(out.fd, archive_entry_perm(entry) & 0777);
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
        folder_modes.emplace_back(relative, static_cast<mode_t>((archive_entry_perm(entry) & 0777) | 0700));
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
        const char* link = archive_entry_symlink_utf8(entry);
        if (link == nullptr) link = archive_entry_symlink(entry);
        if (link == nullptr || !detail::safe_link_target(link, parts->size() - 1)) return refused("symlink leaving the target", name);
        if (::symlinkat(link, parent->fd, leaf.c_str()) != 0) {
            return errno == EEXIST ? refused("duplicate entry", name)
                                   : make_error(errc_from_errno(errno), "symlink " + name, errno);
        }
        return {};
    }
};

// After the tar's end marker only zero padding may follow, up to the authenticated end.
Result<void> drain(Reader& reader) {
    while (!reader.at_end || !reader.plain.empty()) {
        if (!reader.pump()) return *reader.error;
        if (std::any_of(reader.plain.begin(), reader.plain.end(), [](std::uint8_t b) { return b != 0; })) {
            return make_error(Errc::malformed_input, "tar: data after the end of the archive");
        }
        reader.plain.clear();
    }
    return {};
}

Result<FolderStats> extract(const DecryptFolderOptions& options, int root, std::stop_token stop) {
    const detail::ThreadUtf8Locale utf8;  // UTF-8 pax names come out as the same bytes
    Fd input(::open(options.input.c_str(), O_RDONLY | O_CLOEXEC));
    if (input.fd < 0) return make_error(errc_from_errno(errno), "open " + options.input.string(), errno);
    struct stat st {};
    ::fstat(input.fd, &st);
    detail::ProgressThrottle progress(options.on_progress, static_cast<std::uint64_t>(st.st_size));
    Reader reader{input.fd, nullptr, {}, {}, {}, false, std::nullopt, &progress, stop};
    Decryptor decryptor = Decryptor::create(options.identities, [&reader](std::span<const std::uint8_t> bytes) -> Result<void> {
        reader.plain.insert(reader.plain.end(), bytes.begin(), bytes.end());
        return {};
    });
    reader.decryptor = &decryptor;
    std::unique_ptr<archive, ArchiveDeleter> tar(archive_read_new());
    archive_read_support_format_tar(tar.get());  // tar only: no other format's surprises
    Extractor extractor{root, tar.get(), &reader, options.max_file_bytes, {}, {}};
    if (archive_read_open(tar.get(), &reader, nullptr, read_callback, nullptr) != ARCHIVE_OK) {
        return extractor.tar_error("open");
    }
    while (true) {
        archive_entry* entry = nullptr;
        const int rc = archive_read_next_header(tar.get(), &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) return extractor.tar_error("bad entry header");
        if (auto done = extractor.entry(entry); !done) return done.error();
    }
    if (auto drained = drain(reader); !drained) return drained.error();
    for (auto it = extractor.folder_modes.rbegin(); it != extractor.folder_modes.rend(); ++it) {
        ::fchmodat(root, it->first.c_str(), it->second, 0);
    }
    progress.advance(0, true);
    return extractor.stats;
}

}  // namespace

Result<FolderStats> decrypt_to_folder(const DecryptFolderOptions& options, std::stop_token stop) {
    struct stat st {};
    if (::lstat(options.target.c_str(), &st) == 0 || errno != ENOENT) {
        return make_error(Errc::refused, "target exists: " + options.target.string());
    }
    fs::path parent = options.target.parent_path();
    if (parent.empty()) parent = ".";
    // Staging beside the target: the same file system, so the final rename is atomic.
    std::string pattern = (parent / ".sanitize-decrypt-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) return make_error(errc_from_errno(errno), "mkdtemp " + pattern, errno);
    const fs::path staging = pattern;
    Result<FolderStats> stats = make_error(Errc::internal, "extract");
    {
        Fd root(::open(staging.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        stats = root.fd < 0 ? Result<FolderStats>(make_error(errc_from_errno(errno), "open staging", errno))
                            : extract(options, root.fd, stop);
    }
    if (stats && ::rename(staging.c_str(), options.target.c_str()) != 0) {
        stats = make_error(errc_from_errno(errno), "rename into " + options.target.string(), errno);
    }
    if (!stats) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
    }
    return stats;
}

}  // namespace sanitize::crypt
