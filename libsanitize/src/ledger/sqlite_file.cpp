#include "ledger/sqlite_file.hpp"

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <string_view>

namespace sanitize::ledger::detail {

namespace {

// The first 16 bytes of every SQLite 3 database file.
constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};

// RFC 3986 percent-encoding of everything but unreserved characters and '/', as SQLite's URI
// parser expects for the path part.
std::string uri_path(const std::string& path) {
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
                           c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += c;
        } else {
            std::array<char, 4> escaped{};
            std::snprintf(escaped.data(), escaped.size(), "%%%02X", byte);
            out += escaped.data();
        }
    }
    return out;
}

}  // namespace

Result<void> create_private_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno == EEXIST) return {};
    return make_error(errc_from_errno(errno), "ledger " + path, errno);
}

Result<void> check_database_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error(errc_from_errno(errno), "ledger " + path, errno);
    std::array<char, sqlite_magic.size()> head{};
    const ssize_t got = ::read(fd, head.data(), head.size());
    const int read_errno = errno;
    ::close(fd);
    if (got < 0) return make_error(errc_from_errno(read_errno), "ledger " + path, read_errno);
    if (got == 0 || std::string_view(head.data(), static_cast<std::size_t>(got)) != sqlite_magic) {
        Error error = make_error(Errc::malformed_input, Reason::not_a_ledger,
                                 "ledger " + path + (got == 0 ? ": empty file, not a ledger" : ": not a ledger"));
        error.path = path;
        return error;
    }
    return {};
}

Result<std::string> read_only_uri(const std::string& path) {
    struct statvfs fs {};
    if (::statvfs(path.c_str(), &fs) != 0) return make_error(errc_from_errno(errno), "ledger " + path, errno);
    const bool read_only_fs = (fs.f_flag & ST_RDONLY) != 0;
    return "file:" + uri_path(path) + (read_only_fs ? "?immutable=1" : "?mode=ro");
}

}  // namespace sanitize::ledger::detail
