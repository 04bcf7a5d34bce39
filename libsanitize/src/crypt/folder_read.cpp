// decrypt_to_folder: the age file is decrypted chunk by chunk into the tar extractor
// (tar_extract.cpp), which writes into a staging directory; the staging directory becomes the
// target only after the last chunk authenticated, and only if nothing has taken the target's
// name meanwhile.
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>
#include <vector>

#include "crypt/decrypt_hooks.hpp"
#include "crypt/folder_common.hpp"
#include "crypt/tar_extract.hpp"
#include "sanitize/age.hpp"

namespace sanitize::crypt {
namespace {

namespace fs = std::filesystem;

// The tar's bytes: reads the age file, decrypts, and hands over only authenticated plaintext.
class DecryptingInput final : public detail::TarInput {
public:
    DecryptingInput(int input, std::span<const Identity* const> identities, detail::ProgressThrottle& progress,
                    std::stop_token stop)
        : input_(input),
          decryptor_(Decryptor::create(identities, [this](std::span<const std::uint8_t> bytes) -> Result<void> {
              plain_.insert(plain_.end(), bytes.begin(), bytes.end());
              return {};
          })),
          progress_(progress),
          stop_(std::move(stop)) {}
    // The decryptor's sink points at this object.
    DecryptingInput(const DecryptingInput&) = delete;
    DecryptingInput& operator=(const DecryptingInput&) = delete;

    Result<std::span<const std::uint8_t>> next() override {
        if (Result<void> pumped = pump(); !pumped) return pumped.error();
        handed_.swap(plain_);  // libarchive holds on to what it was given until its next call
        plain_.clear();
        return std::span<const std::uint8_t>(handed_);
    }

private:
    // Decrypts more until some plaintext is ready or the file ended.
    Result<void> pump() {
        buffer_.resize(256 * 1024);
        while (plain_.empty() && !at_end_) {
            if (stop_.stop_requested()) return make_error(Errc::cancelled, "decrypt");
            const ssize_t n = ::read(input_, buffer_.data(), buffer_.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return make_error(errc_from_errno(errno), "read", errno);
            at_end_ = n == 0;
            Result<void> fed = at_end_ ? decryptor_.finish()
                                       : decryptor_.write(std::span(buffer_).first(static_cast<std::size_t>(n)));
            progress_.advance(static_cast<std::uint64_t>(n));
            if (!fed) return fed;
        }
        return {};
    }

    int input_;
    Decryptor decryptor_;
    detail::ProgressThrottle& progress_;
    std::stop_token stop_;
    std::vector<std::uint8_t> plain_;
    std::vector<std::uint8_t> handed_;
    std::vector<std::uint8_t> buffer_;  // ciphertext read from the file
    bool at_end_ = false;
};

Result<FolderStats> extract(const DecryptFolderOptions& options, int root, std::stop_token stop) {
    detail::Fd input(::open(options.input.c_str(), O_RDONLY | O_CLOEXEC));
    if (input.fd < 0) return make_error(errc_from_errno(errno), "open " + options.input.string(), errno);
    struct stat st {};
    ::fstat(input.fd, &st);
    detail::ProgressThrottle progress(options.on_progress, static_cast<std::uint64_t>(st.st_size));
    DecryptingInput tar(input.fd, options.identities, progress, std::move(stop));
    Result<FolderStats> stats = detail::extract_tar(tar, root, {options.max_file_bytes});
    if (stats) progress.advance(0, true);
    return stats;
}

// The staging directory by a descriptor, refusing whatever replaced it since mkdtemp made it: a
// link (O_NOFOLLOW), a file, or a directory that someone else owns (its owner could change it
// under the extraction). Its mode is mkdtemp's 0700 less the umask or the parent's default ACL.
Result<detail::Fd> open_staging(const fs::path& staging) {
    const Error replaced = make_error(Errc::refused, "staging directory replaced: " + staging.string());
    detail::Fd root(::open(staging.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (root.fd < 0) {
        if (errno == ELOOP || errno == ENOTDIR) return replaced;
        return make_error(errc_from_errno(errno), "open " + staging.string(), errno);
    }
    struct stat st {};
    if (::fstat(root.fd, &st) != 0) return make_error(errc_from_errno(errno), "stat " + staging.string(), errno);
    if (st.st_uid != ::geteuid()) return replaced;
    return root;
}

// Renames without replacing: a target that appeared meanwhile, even an empty folder, stays as
// it is. File systems without RENAME_NOREPLACE (NFS, SMB) get the name claimed by an empty
// folder of our own first, which rename(2) replaces and nothing else can be in its place
// except another empty folder (a file or link there makes rename(2) fail).
Result<void> rename_into_place(const fs::path& staging, const fs::path& target) {
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) return {};
    if (errno == EEXIST) return make_error(Errc::refused, "target exists: " + target.string());
    if (errno != EINVAL) return make_error(errc_from_errno(errno), "rename into " + target.string(), errno);
    if (::mkdir(target.c_str(), 0700) != 0) {
        if (errno == EEXIST) return make_error(Errc::refused, "target exists: " + target.string());
        return make_error(errc_from_errno(errno), "mkdir " + target.string(), errno);
    }
    if (::rename(staging.c_str(), target.c_str()) != 0) {
        const int error = errno;
        ::rmdir(target.c_str());
        return make_error(errc_from_errno(error), "rename into " + target.string(), error);
    }
    return {};
}

}  // namespace

namespace detail {

Result<FolderStats> decrypt_to_folder_with(const DecryptFolderOptions& options, const DecryptHooks& hooks,
                                           std::stop_token stop) {
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
    if (hooks.staging_created) hooks.staging_created(staging);
    Result<FolderStats> stats = make_error(Errc::internal, "extract");
    {
        Result<Fd> root = open_staging(staging);
        stats = root ? extract(options, root->fd, stop) : Result<FolderStats>(root.error());
    }
    if (stats && hooks.before_rename) hooks.before_rename();
    if (stats) {
        if (Result<void> renamed = rename_into_place(staging, options.target); !renamed) stats = renamed.error();
    }
    if (!stats) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);  // a link in its place is removed, never followed
    }
    return stats;
}

}  // namespace detail

Result<FolderStats> decrypt_to_folder(const DecryptFolderOptions& options, std::stop_token stop) {
    return detail::decrypt_to_folder_with(options, {}, std::move(stop));
}

}  // namespace sanitize::crypt
