#include "attach/readback.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include "attach/zip_records.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::attach::detail {

namespace {

struct ArchiveCloser {
    void operator()(zip_t* za) const noexcept { zip_discard(za); }  // read-only: nothing to write
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

Error failure(const std::string& what) { return make_error(Errc::integrity_failure, what); }

std::uint32_t le(const std::uint8_t* p, int n) {
    std::uint32_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

// libzip parses the WinZip AES field itself and does not hand it out, nor does it say AE-1 from
// AE-2; so the local header is read raw: encrypted, method 99, CRC zero, and a 0x9901 field
// saying AE-2, AES-256. ZIP_CHECKCONS has libzip hold the central header to the local one.
bool local_header_is_ae2(int fd, const WrittenEntry& want) {
    std::vector<std::uint8_t> head(30 + want.name.size() + 0xFFFF);
    const ssize_t got = ::pread(fd, head.data(), head.size(), static_cast<off_t>(want.local_offset));
    if (got < 30 || le(head.data(), 4) != 0x04034b50) return false;
    const std::size_t name_length = le(head.data() + 26, 2);
    const std::size_t extra_length = le(head.data() + 28, 2);
    if (static_cast<std::size_t>(got) < 30 + name_length + extra_length) return false;
    const bool encrypted = (le(head.data() + 6, 2) & 1U) != 0;
    if (!encrypted || le(head.data() + 8, 2) != method_winzip_aes || le(head.data() + 14, 4) != 0) return false;
    if (std::string_view(reinterpret_cast<const char*>(head.data() + 30), name_length) != want.name) return false;
    for (std::size_t at = 30 + name_length; at + 4 <= 30 + name_length + extra_length;) {
        const std::uint32_t id = le(head.data() + at, 2);
        const std::size_t length = le(head.data() + at + 2, 2);
        const std::uint8_t* d = head.data() + at + 4;
        if (id == extra_winzip_aes && length == 7)
            return le(d, 2) == 2 && d[2] == 'A' && d[3] == 'E' && d[4] == 3 &&
                   (le(d + 5, 2) == method_store || le(d + 5, 2) == method_deflate);
        at += 4 + length;
    }
    return false;
}

// Decrypts (libzip checks the HMAC at the end) and inflates, comparing with our CRC-32.
Result<void> check_content(zip_t* za, zip_uint64_t index, const WrittenEntry& want, const char* password) {
    zip_file_t* file = zip_fopen_index_encrypted(za, index, 0, password);
    if (file == nullptr) return failure("open " + want.name);
    std::vector<std::uint8_t> buffer(1U << 20);
    std::uint64_t total = 0;
    uLong crc = ::crc32(0L, Z_NULL, 0);
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
        if (n < 0) {
            const std::string code = std::to_string(zip_error_code_zip(zip_file_get_error(file)));
            zip_fclose(file);
            return failure("decrypt " + want.name + " zip error " + code);
        }
        if (n == 0) break;
        crc = ::crc32(crc, buffer.data(), static_cast<uInt>(n));
        total += static_cast<std::uint64_t>(n);
    }
    if (zip_fclose(file) != 0) return failure("close " + want.name);
    if (total != want.size || static_cast<std::uint32_t>(crc) != want.crc32) return failure("content " + want.name);
    return {};
}

Result<void> check_entry(zip_t* za, int fd, zip_uint64_t index, const WrittenEntry& want, const char* password) {
    const char* name = zip_get_name(za, index, ZIP_FL_ENC_RAW);
    if (name == nullptr || std::string_view(name) != want.name) return failure("name " + want.name);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za, index, 0, &st) != 0) return failure("stat " + want.name);
    if (!want.encrypted) {
        // Only folders are written without encryption, and they must hold nothing.
        const bool empty_folder = want.name.ends_with('/') && (st.valid & ZIP_STAT_SIZE) != 0 && st.size == 0 &&
                                  (st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method == ZIP_EM_NONE;
        return empty_folder ? Result<void>{} : failure("folder " + want.name);
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) == 0 || st.encryption_method != ZIP_EM_AES_256)
        return failure("not aes-256 " + want.name);
    if ((st.valid & ZIP_STAT_CRC) != 0 && st.crc != 0) return failure("crc stored " + want.name);
    if (!local_header_is_ae2(fd, want)) return failure("not ae-2 " + want.name);
    return check_content(za, index, want, password);
}

}  // namespace

Result<void> check_archive(const std::string& path, const std::vector<WrittenEntry>& expected,
                           std::span<const unsigned char> password) {
    if (zip_encryption_method_supported(ZIP_EM_AES_256, 0) == 0)
        return make_error(Errc::internal, "libzip without AES");
    int error = 0;
    // ZIP_CHECKCONS: libzip also compares every local header with its central one.
    Archive za(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!za) return failure("open " + path);
    const zip_int64_t count = zip_get_num_entries(za.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) != expected.size()) return failure("entry count");
    // libzip wants a C string; the copy lives in locked memory and is wiped when it goes.
    SecretBuffer pass(password.size() + 1);
    std::memcpy(pass.bytes().data(), password.data(), password.size());
    pass.bytes()[password.size()] = 0;
    const char* c_pass = reinterpret_cast<const char*>(pass.bytes().data());
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error(errc_from_errno(errno), "open " + path, errno);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (auto r = check_entry(za.get(), fd, i, expected[i], c_pass); !r) {
            ::close(fd);
            return r;
        }
    }
    ::close(fd);
    return {};
}

}  // namespace sanitize::attach::detail
