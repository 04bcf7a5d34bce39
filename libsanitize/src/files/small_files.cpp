// Whole-file reads and no-replace writes (see sanitize/files.hpp).
#include "sanitize/files.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2, RENAME_NOREPLACE
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <span>
#include <vector>

#include <sodium.h>

#include "util/hex.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::files {

namespace {

// Calls `take` with each block of the file in order; `take` returns false to stop early (its
// reason is then the caller's to report). Errors of open and read carry the path.
template <typename Take>
Result<void> read_blocks(const std::string& path, std::size_t block_bytes, Take take) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::io_error, path, errno);
    std::vector<unsigned char> buffer(block_bytes);
    for (;;) {
        ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int sys_errno = errno;
            ::close(fd);
            return make_error(Errc::io_error, path, sys_errno);
        }
        if (n == 0 || !take(std::span<const unsigned char>(buffer.data(), static_cast<std::size_t>(n)))) break;
    }
    ::close(fd);
    return {};
}

}  // namespace

Result<std::string> read_small_file(const std::string& path, std::size_t max_bytes) {
    std::string bytes;
    bool too_large = false;
    Result<void> read = read_blocks(path, 65536, [&](std::span<const unsigned char> block) {
        bytes.append(reinterpret_cast<const char*>(block.data()), block.size());
        too_large = bytes.size() > max_bytes;
        return !too_large;
    });
    if (!read) return read.error();
    if (too_large) return make_error(Errc::malformed_input, path + ": larger than " + std::to_string(max_bytes) + " bytes");
    return bytes;
}

Result<SecretBuffer> read_small_secret_file(const std::string& path, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::io_error, path, errno);
    // One byte more than allowed, so that a file over the limit is told from one at it.
    SecretBuffer secret(max_bytes + 1);
    std::size_t filled = 0;
    for (;;) {
        const ssize_t n = ::read(fd, secret.bytes().data() + filled, secret.size() - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int sys_errno = errno;
            ::close(fd);
            return make_error(Errc::io_error, path, sys_errno);
        }
        filled += static_cast<std::size_t>(n);
        if (n == 0 || filled == secret.size()) break;
    }
    ::close(fd);
    if (filled > max_bytes) return make_error(Errc::malformed_input, path + ": larger than " + std::to_string(max_bytes) + " bytes");
    secret.shrink(filled);
    return secret;
}

Result<void> write_new_file(const std::string& path, std::string_view bytes, unsigned mode) {
    // An existing output is a refusal before any work (exit 3), not a conflict worth retrying.
    if (Result<void> absent = refuse_existing_output(path); !absent) return absent.error();
    std::string temporary = path + ".tmp-XXXXXX";
    int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::io_error, path, errno);
    auto fail = [&](int sys_errno) {
        ::close(fd);
        ::unlink(temporary.c_str());
        return make_error(Errc::io_error, path, sys_errno);
    };
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return fail(errno);
    std::string_view rest = bytes;
    while (!rest.empty()) {
        ssize_t n = ::write(fd, rest.data(), rest.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(errno);
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::fsync(fd) != 0) return fail(errno);
    ::close(fd);
    // link() rather than rename(): it fails when someone created the file meanwhile, so an
    // existing key or certificate is never replaced. File systems without hard links (FAT: USB
    // sticks, the station's data partition) refuse link(); rename with RENAME_NOREPLACE keeps
    // the same guarantee there.
    if (::link(temporary.c_str(), path.c_str()) != 0) {
        int sys_errno = errno;
        if (sys_errno == EPERM || sys_errno == EOPNOTSUPP) {
            if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return {};
            sys_errno = errno;
        }
        ::unlink(temporary.c_str());
        // Created by someone else meanwhile: it is kept, as any existing output is.
        if (sys_errno == EEXIST) return refuse_existing_output(path);
        return make_error(Errc::io_error, path, sys_errno);
    }
    ::unlink(temporary.c_str());
    return {};
}

Result<void> refuse_existing_output(const std::string& path) {
    struct stat existing {};
    if (::lstat(path.c_str(), &existing) != 0) return {};
    Error error = make_error(Errc::conflict, Reason::output_exists, "exists " + path);
    error.path = path;
    return error;
}

Result<std::string> sha256_file_hex(const std::string& path) {
    util::ensure_sodium_initialized();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    Result<void> read = read_blocks(path, std::size_t{1} << 20, [&](std::span<const unsigned char> block) {
        crypto_hash_sha256_update(&state, block.data(), block.size());
        return true;
    });
    if (!read) return read.error();
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return util::to_hex(digest);
}

}  // namespace sanitize::files
