// encrypt_folder: a pax tar written by libarchive through callbacks straight into the
// Encryptor, so no plaintext touches the disk and memory does not grow with the folder.
#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "crypt/folder_common.hpp"
#include "sanitize/age.hpp"

namespace sanitize::crypt {
namespace {

namespace fs = std::filesystem;

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

struct Writer {
    Encryptor* encryptor = nullptr;
    std::optional<Error> sink_error;  // why libarchive's write callback failed
    archive* tar = nullptr;
    detail::ProgressThrottle* progress = nullptr;
    std::stop_token stop;
    FolderStats stats;
    bool list_files = false;
};

std::string hex_of(const std::array<unsigned char, crypto_hash_sha256_BYTES>& digest) {
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> text{};
    sodium_bin2hex(text.data(), text.size(), digest.data(), digest.size());
    return text.data();
}

la_ssize_t write_callback(archive* a, void* context, const void* buffer, std::size_t length) {
    auto* writer = static_cast<Writer*>(context);
    auto written = writer->encryptor->write({static_cast<const std::uint8_t*>(buffer), length});
    if (!written) {
        writer->sink_error = written.error();
        archive_set_error(a, EIO, "encryptor");
        return -1;
    }
    return static_cast<la_ssize_t>(length);
}

Error tar_error(Writer& writer, const std::string& what) {
    if (writer.sink_error) return *writer.sink_error;
    return make_error(Errc::internal, "tar: " + what + ": " + archive_error_string(writer.tar));
}

Result<void> write_file_data(Writer& writer, const fs::path& path, const std::string& name, std::uint64_t size) {
    Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    crypto_hash_sha256_state hash{};
    crypto_hash_sha256_init(&hash);
    if (file.fd < 0) return make_error(errc_from_errno(errno), "open " + path.string(), errno);
    std::vector<char> buffer(256 * 1024);
    std::uint64_t done = 0;
    while (done < size) {
        if (writer.stop.stop_requested()) return make_error(Errc::cancelled, "encrypt");
        const ssize_t n = ::read(file.fd, buffer.data(), static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), size - done)));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return make_error(errc_from_errno(errno), "read " + path.string(), errno);
        // The header already promised `size` bytes: a file that shrank cannot be stored truly.
        if (n == 0) return make_error(Errc::conflict, "file shrank while read: " + path.string());
        if (archive_write_data(writer.tar, buffer.data(), static_cast<std::size_t>(n)) < 0) {
            return tar_error(writer, path.string());
        }
        if (writer.list_files) {
            crypto_hash_sha256_update(&hash, reinterpret_cast<const unsigned char*>(buffer.data()), static_cast<std::size_t>(n));
        }
        done += static_cast<std::uint64_t>(n);
        writer.progress->advance(static_cast<std::uint64_t>(n));
    }
    writer.stats.file_bytes += size;
    if (writer.list_files) {
        std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256_final(&hash, digest.data());
        writer.stats.files.push_back(FolderFile{name, size, hex_of(digest)});
    }
    return {};
}

Result<void> add_entry(Writer& writer, const fs::path& path, const std::string& name);

Result<void> add_children(Writer& writer, const fs::path& dir, const std::string& name) {
    std::error_code ec;
    // Bare names, not paths: a folder of tens of thousands of files costs a few MiB at most.
    std::vector<std::string> children;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        children.push_back(it->path().filename().string());
    }
    if (ec) return make_error(errc_from_errno(ec.value()), "list " + dir.string(), ec.value());
    std::sort(children.begin(), children.end());  // the same folder gives the same archive order
    for (const std::string& child : children) {
        if (auto added = add_entry(writer, dir / child, name + "/" + child); !added) return added;
    }
    return {};
}

Result<void> add_entry(Writer& writer, const fs::path& path, const std::string& name) {
    if (writer.stop.stop_requested()) return make_error(Errc::cancelled, "encrypt");
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return make_error(errc_from_errno(errno), "lstat " + path.string(), errno);
    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    // Names go in as the file system's bytes, read as UTF-8 by the thread's locale (see
    // ThreadUtf8Locale). Setting them as UTF-8 only crashes libarchive 3.6's pax writer when the
    // locale cannot convert them.
    archive_entry_set_pathname(entry.get(), S_ISDIR(st.st_mode) ? (name + "/").c_str() : name.c_str());
    archive_entry_set_perm(entry.get(), st.st_mode & 07777);
    archive_entry_set_mtime(entry.get(), st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    archive_entry_set_uid(entry.get(), st.st_uid);
    archive_entry_set_gid(entry.get(), st.st_gid);
    std::array<char, 4096> link{};
    if (S_ISREG(st.st_mode)) {
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_size(entry.get(), st.st_size);
    } else if (S_ISDIR(st.st_mode)) {
        archive_entry_set_filetype(entry.get(), AE_IFDIR);
    } else if (S_ISLNK(st.st_mode)) {
        const ssize_t n = ::readlink(path.c_str(), link.data(), link.size() - 1);
        if (n < 0) return make_error(errc_from_errno(errno), "readlink " + path.string(), errno);
        // Refused here rather than by the receiver's extractor: a link out of the folder would
        // make the whole archive unreadable there.
        const auto depth = static_cast<std::size_t>(std::count(name.begin(), name.end(), '/'));
        if (!detail::safe_link_target(link.data(), depth)) {
            return make_error(Errc::refused, "symlink leaving the folder: " + path.string());
        }
        archive_entry_set_filetype(entry.get(), AE_IFLNK);
        archive_entry_set_symlink(entry.get(), link.data());
    } else {
        return make_error(Errc::unsupported_target, "not a file, folder or symlink: " + path.string());
    }
    if (archive_write_header(writer.tar, entry.get()) < ARCHIVE_WARN) return tar_error(writer, name);
    ++writer.stats.entries;
    if (S_ISREG(st.st_mode)) return write_file_data(writer, path, name, static_cast<std::uint64_t>(st.st_size));
    if (S_ISDIR(st.st_mode)) return add_children(writer, path, name);
    return {};
}

std::uint64_t file_bytes_under(const fs::path& dir) {
    std::uint64_t total = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code size_ec;
        if (it->is_regular_file(size_ec) && !it->is_symlink(size_ec)) total += it->file_size(size_ec);
    }
    return total;
}

}  // namespace

Result<FolderStats> encrypt_folder(const EncryptFolderOptions& options, const Sink& sink, std::stop_token stop) {
    struct stat st {};
    if (::lstat(options.source.c_str(), &st) != 0) {
        return make_error(errc_from_errno(errno), "lstat " + options.source.string(), errno);
    }
    if (!S_ISDIR(st.st_mode)) return make_error(Errc::invalid_argument, "not a folder: " + options.source.string());
    fs::path source = options.source.lexically_normal();
    if (!source.has_filename()) source = source.parent_path();
    const std::string root_name = source.filename().string();
    if (root_name.empty() || root_name == "." || root_name == "..") {
        return make_error(Errc::invalid_argument, "folder needs a name: " + options.source.string());
    }

    const detail::ThreadUtf8Locale utf8;
    auto encryptor = Encryptor::create(options.recipients, sink, options.armor);
    if (!encryptor) return encryptor.error();
    detail::ProgressThrottle progress(options.on_progress, file_bytes_under(options.source));
    std::unique_ptr<archive, ArchiveDeleter> tar(archive_write_new());
    Writer writer{&*encryptor, std::nullopt, tar.get(), &progress, stop, {}, options.list_files};
    // pax: UTF-8 names of any length and exact times; "restricted" writes plain ustar headers
    // where they suffice, so older readers still get most entries.
    archive_write_set_format_pax_restricted(tar.get());
    if (archive_write_open(tar.get(), &writer, nullptr, write_callback, nullptr) != ARCHIVE_OK) {
        return tar_error(writer, "open");
    }
    if (auto added = add_entry(writer, options.source, root_name); !added) return added.error();
    if (archive_write_close(tar.get()) != ARCHIVE_OK) return tar_error(writer, "close");
    if (auto finished = encryptor->finish(); !finished) return finished.error();
    progress.advance(0, true);
    return writer.stats;
}

Result<FolderStats> encrypt_folder(const EncryptFolderOptions& options, const fs::path& output, std::stop_token stop) {
    Fd out{::open(output.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    if (out.fd < 0) return make_error(errc_from_errno(errno), "create " + output.string(), errno);
    auto stats = encrypt_folder(options, fd_sink(out.fd), stop);
    if (stats && ::fsync(out.fd) != 0) stats = make_error(errc_from_errno(errno), "fsync " + output.string(), errno);
    if (!stats) ::unlink(output.c_str());  // a partial archive is worth nothing and misleads
    return stats;
}

}  // namespace sanitize::crypt
