#include "attach/archive_job.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <vector>

#include "attach/inputs.hpp"
#include "attach/readback.hpp"
#include "attach/zip_writer.hpp"

namespace sanitize::attach {

namespace detail {

namespace {

// The archive under construction. Where the file system allows it, an unnamed file (O_TMPFILE)
// in the output's directory, given its name only once checked: a crash or SIGKILL leaves
// nothing behind. Elsewhere a hidden name next to the output, removed by the destructor unless
// it was put in place. Either way on the output's file system, so placing it is atomic.
class TempArchive {
public:
    static Result<std::unique_ptr<TempArchive>> create(const std::filesystem::path& output) {
        const std::filesystem::path dir = output.has_parent_path() ? output.parent_path() : ".";
        const std::string shown = output.string() + " (unfinished)";
        // Mode 0600 either way: nobody else reads the archive while it is unchecked.
        const int unnamed = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
        if (unnamed >= 0) {
            return std::unique_ptr<TempArchive>(
                new TempArchive(unnamed, "/proc/self/fd/" + std::to_string(unnamed), shown, dir, false));
        }
        std::string pattern = (dir / ("." + output.filename().string() + ".XXXXXX")).string();
        const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
        if (fd < 0) return make_error(errc_from_errno(errno), "create in " + dir.string(), errno);
        return std::unique_ptr<TempArchive>(new TempArchive(fd, pattern, shown, dir, true));
    }
    ~TempArchive() {
        if (fd_ >= 0) ::close(fd_);
        if (named_ && !placed_) ::unlink(path_.c_str());
    }
    TempArchive(const TempArchive&) = delete;
    TempArchive& operator=(const TempArchive&) = delete;

    int fd() const { return fd_; }
    // A path that opens the file (for an unnamed file, through /proc), and its name in errors.
    const std::string& path() const { return path_; }
    const std::string& shown_name() const { return shown_; }

    // fsync before the check: what the check reads back is what the disk holds.
    Result<void> sync() {
        if (::fsync(fd_) != 0) return make_error(errc_from_errno(errno), "fsync " + shown_, errno);
        return {};
    }

    Result<void> place(const std::filesystem::path& output, bool replace_existing) {
        if (!named_) {
            if (auto named = give_name(output, replace_existing); !named) return named;
        }
        if (named_) {
            const unsigned flags = replace_existing ? 0U : RENAME_NOREPLACE;
            if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, output.c_str(), flags) != 0) return placing_error(output);
        }
        placed_ = true;
        // The new name must survive a crash, or the "made" archive could vanish.
        const int dir_fd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir_fd >= 0) {
            ::fsync(dir_fd);
            ::close(dir_fd);
        }
        return {};
    }

private:
    TempArchive(int fd, std::string path, std::string shown, std::filesystem::path dir, bool named)
        : fd_(fd), path_(std::move(path)), shown_(std::move(shown)), dir_(std::move(dir)), named_(named) {}

    static Error placing_error(const std::filesystem::path& output) {
        const int err = errno;
        if (err == EEXIST) return make_error(Errc::conflict, "exists " + output.string(), err);
        return make_error(errc_from_errno(err), "rename to " + output.string(), err);
    }

    // An unnamed file gets the output's name directly (link fails on an existing name, as
    // RENAME_NOREPLACE does); to replace a file it first gets a hidden name, then is renamed.
    Result<void> give_name(const std::filesystem::path& output, bool replace_existing) {
        if (!replace_existing) {
            if (::linkat(AT_FDCWD, path_.c_str(), AT_FDCWD, output.c_str(), AT_SYMLINK_FOLLOW) != 0) return placing_error(output);
            return {};
        }
        const std::string hidden = (dir_ / ("." + output.filename().string() + "." + std::to_string(::getpid()) + ".")).string();
        for (int attempt = 0; attempt < 100; ++attempt) {
            std::string target = hidden + std::to_string(attempt);
            if (::linkat(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW) == 0) {
                path_ = std::move(target);
                named_ = true;
                return {};
            }
            if (errno != EEXIST) break;
        }
        return placing_error(output);
    }

    int fd_;
    std::string path_;
    std::string shown_;
    std::filesystem::path dir_;
    bool named_;
    bool placed_ = false;
};

struct DigestDeleter {
    void operator()(EVP_MD_CTX* ctx) const noexcept { EVP_MD_CTX_free(ctx); }
};

// SHA-256 of the file as it lies on disk after the check (OpenSSL: it uses the CPU's SHA
// instructions where libsodium's portable code does not).
Result<void> hash_file(int fd, const std::string& path, Disclosure& out) {
    std::unique_ptr<EVP_MD_CTX, DigestDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return make_error(Errc::internal, "sha256");
    std::vector<std::uint8_t> buffer(1U << 20);
    std::uint64_t offset = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return make_error(errc_from_errno(errno), "read " + path, errno);
        if (n == 0) break;
        if (EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<std::size_t>(n)) != 1)
            return make_error(Errc::internal, "sha256");
        offset += static_cast<std::uint64_t>(n);
    }
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), out.sha256.data(), &length) != 1 || length != out.sha256.size())
        return make_error(Errc::internal, "sha256");
    out.archive_bytes = offset;
    return {};
}

Result<void> validate(const ArchiveOptions& options) {
    if (options.password.empty()) return make_error(Errc::invalid_argument, "empty password");
    // A NUL ends the password for libzip and 7-Zip: what they use would not be what was given.
    if (std::find(options.password.begin(), options.password.end(), 0) != options.password.end())
        return make_error(Errc::invalid_argument, "password contains NUL");
    if (options.deflate_level < 1 || options.deflate_level > 9)
        return make_error(Errc::invalid_argument, "deflate level");
    if (options.output.empty() || !options.output.has_filename())
        return make_error(Errc::invalid_argument, "output");
    std::error_code ec;
    if (!options.replace_existing && std::filesystem::symlink_status(options.output, ec).type() !=
                                         std::filesystem::file_type::not_found)
        return make_error(Errc::conflict, "exists " + options.output.string());
    return {};
}

}  // namespace

Result<Disclosure> create_archive_with(const ArchiveOptions& options, const ArchiveHooks& hooks) {
    if (auto r = validate(options); !r) return r.error();
    auto inputs = collect_inputs(options.inputs);
    if (!inputs) return inputs.error();
    auto temp = TempArchive::create(options.output);
    if (!temp) return temp.error();
    TempArchive& file = **temp;

    FileSink sink(file.fd(), file.shown_name());
    sink.allow_write = hooks.allow_write;
    WriteSettings settings{options.password, options.compression, options.deflate_level, options.hide_names,
                           hooks.force_zip64, options.encryption == Encryption::legacy_zipcrypto, options.stop};
    auto written = write_archive(sink, *inputs, settings);
    if (!written) return written.error();
    if (auto r = sink.flush(); !r) return r.error();
    if (auto r = file.sync(); !r) return r.error();
    if (hooks.before_check) hooks.before_check(file.path());
    const std::vector<WrittenEntry>* inner = options.hide_names ? &written->inner_entries : nullptr;
    if (auto r = check_archive(file.path(), written->entries, options.password, inner); !r) return r.error();

    Disclosure disclosure;
    if (auto r = hash_file(file.fd(), file.shown_name(), disclosure); !r) return r.error();
    disclosure.entry_count = inputs->size();
    disclosure.content_bytes = written->content_bytes;
    disclosure.encryption = options.encryption;
    disclosure.names_hidden = options.hide_names;
    if (options.stop.stop_requested()) return make_error(Errc::cancelled, "archive");
    if (auto r = file.place(options.output, options.replace_existing); !r) return r.error();
    return disclosure;
}

}  // namespace detail

Result<Disclosure> create_archive(const ArchiveOptions& options) { return detail::create_archive_with(options, {}); }

}  // namespace sanitize::attach
