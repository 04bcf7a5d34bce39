#include "attach/readback.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string_view>
#include <system_error>
#include <thread>
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

// libzip parses the WinZip AES field itself and does not hand it out, nor does it say AE-1 from
// AE-2; so the local header is read raw: encrypted, method 99, CRC zero, and a 0x9901 field
// saying AE-2, AES-256. ZIP_CHECKCONS has libzip hold the central header to the local one.
bool local_header_is_ae2(int fd, const WrittenEntry& want) {
    std::vector<std::uint8_t> head(30);
    if (::pread(fd, head.data(), 30, static_cast<off_t>(want.local_offset)) != 30) return false;
    if (read_le(head.data(), 4) != sig_local) return false;
    const std::size_t name_length = read_le(head.data() + 26, 2);
    const std::size_t extra_length = read_le(head.data() + 28, 2);
    head.resize(30 + name_length + extra_length);
    const auto rest = static_cast<ssize_t>(name_length + extra_length);
    if (::pread(fd, head.data() + 30, name_length + extra_length, static_cast<off_t>(want.local_offset + 30)) != rest)
        return false;
    const bool encrypted = (read_le(head.data() + 6, 2) & 1U) != 0;
    if (!encrypted || read_le(head.data() + 8, 2) != method_winzip_aes || read_le(head.data() + 14, 4) != 0) return false;
    if (std::string_view(reinterpret_cast<const char*>(head.data() + 30), name_length) != want.name) return false;
    for (std::size_t at = 30 + name_length; at + 4 <= 30 + name_length + extra_length;) {
        const auto id = static_cast<std::uint16_t>(read_le(head.data() + at, 2));
        const std::size_t length = read_le(head.data() + at + 2, 2);
        const std::uint8_t* d = head.data() + at + 4;
        if (id == extra_winzip_aes && length == 7)
            return read_le(d, 2) == 2 && d[2] == 'A' && d[3] == 'E' && d[4] == 3 &&
                   read_le(d + 5, 2) == method_deflate;  // our writer deflates every encrypted entry
        at += 4 + length;
    }
    return false;
}

struct InflateEnd {
    void operator()(z_stream* z) const noexcept { inflateEnd(z); }
};

// libzip decrypts and checks the HMAC at the end (ZIP_FL_COMPRESSED: it leaves the deflate
// stream to us, and with it skips its CRC test, which 1.7.3 wrongly applies to AE-2 entries);
// zlib inflates, and the result must have the size and CRC-32 of what we wrote.
struct Buffers {
    std::vector<std::uint8_t> in = std::vector<std::uint8_t>(1U << 20);
    std::vector<std::uint8_t> out = std::vector<std::uint8_t>(1U << 20);
};

Result<void> check_content(zip_t* za, zip_uint64_t index, const WrittenEntry& want, const char* password,
                           Buffers& buffers, std::vector<std::uint8_t>* keep) {
    zip_file_t* file = zip_fopen_index_encrypted(za, index, ZIP_FL_COMPRESSED, password);
    if (file == nullptr) return failure("open " + want.name);
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) {
        zip_fclose(file);
        return make_error(Errc::internal, "inflateInit2");
    }
    std::unique_ptr<z_stream, InflateEnd> z_guard(&z);
    std::vector<std::uint8_t>& in = buffers.in;
    std::vector<std::uint8_t>& out = buffers.out;
    std::uint64_t total = 0;
    uLong crc = ::crc32(0L, Z_NULL, 0);
    bool ended = false;
    for (;;) {
        const zip_int64_t n = zip_fread(file, in.data(), in.size());
        if (n < 0) {
            zip_fclose(file);
            return failure("decrypt " + want.name);  // wrong password or MAC mismatch
        }
        if (n == 0) break;
        z.next_in = in.data();
        z.avail_in = static_cast<uInt>(n);
        // Until this input is used up and inflate has nothing more to give for it.
        do {
            z.next_out = out.data();
            z.avail_out = static_cast<uInt>(out.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                zip_fclose(file);
                return failure("inflate " + want.name);
            }
            const std::size_t produced = out.size() - z.avail_out;
            crc = ::crc32(crc, out.data(), static_cast<uInt>(produced));
            if (keep != nullptr) keep->insert(keep->end(), out.begin(), out.begin() + static_cast<std::ptrdiff_t>(produced));
            total += produced;
            ended = rc == Z_STREAM_END;
            if (rc == Z_BUF_ERROR) break;
        } while (!ended && (z.avail_in > 0 || z.avail_out == 0));
        if (ended && z.avail_in > 0) {
            zip_fclose(file);
            return failure("trailing data " + want.name);
        }
    }
    if (zip_fclose(file) != 0) return failure("close " + want.name);
    if (!ended || total != want.size || static_cast<std::uint32_t>(crc) != want.crc32)
        return failure("content " + want.name);
    return {};
}

// Entries that keep their CRC (ZipCrypto, the inner ZIP's), read by libzip the ordinary way: it
// decrypts where needed, inflates and tests the CRC-32; we compare size and CRC as well.
Result<void> check_ordinary_content(zip_t* za, zip_uint64_t index, const WrittenEntry& want, const char* password,
                                  Buffers& buffers, std::vector<std::uint8_t>* keep) {
    zip_file_t* file = zip_fopen_index_encrypted(za, index, 0, password);
    if (file == nullptr) return failure("open " + want.name);
    std::uint64_t total = 0;
    uLong crc = ::crc32(0L, Z_NULL, 0);
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffers.out.data(), buffers.out.size());
        if (n < 0) {
            zip_fclose(file);
            return failure("decrypt " + want.name);
        }
        if (n == 0) break;
        crc = ::crc32(crc, buffers.out.data(), static_cast<uInt>(n));
        total += static_cast<std::uint64_t>(n);
        if (keep != nullptr) keep->insert(keep->end(), buffers.out.begin(), buffers.out.begin() + n);
    }
    if (zip_fclose(file) != 0) return failure("close " + want.name);
    if (total != want.size || static_cast<std::uint32_t>(crc) != want.crc32) return failure("content " + want.name);
    return {};
}

// The raw local header of a ZipCrypto entry: encrypted, a real method, no AES field.
bool local_header_is_zipcrypto(int fd, const WrittenEntry& want) {
    std::array<std::uint8_t, 30> head{};
    if (::pread(fd, head.data(), head.size(), static_cast<off_t>(want.local_offset)) != 30) return false;
    const auto method = static_cast<std::uint16_t>(read_le(head.data() + 8, 2));
    return read_le(head.data(), 4) == 0x04034b50 && (read_le(head.data() + 6, 2) & 1U) != 0 &&
           (method == method_store || method == method_deflate);
}

Result<void> check_inner(std::vector<std::uint8_t>& bytes, const std::vector<WrittenEntry>& expected,
                         Buffers& buffers);
Result<void> check_aes_entry(zip_t* za, int fd, zip_uint64_t index, const WrittenEntry& want, const char* password,
                             Buffers& buffers, std::vector<std::uint8_t>* keep, const zip_stat_t& st);

// `inner`: this entry is the hidden inner ZIP, to be opened and checked in turn.
Result<void> check_entry(zip_t* za, int fd, zip_uint64_t index, const WrittenEntry& want, const char* password,
                         Buffers& buffers, const std::vector<WrittenEntry>* inner) {
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
    if (want.legacy) {
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) == 0 || st.encryption_method != ZIP_EM_TRAD_PKWARE ||
            !local_header_is_zipcrypto(fd, want))
            return failure("not zipcrypto " + want.name);
    }
    std::vector<std::uint8_t> inner_bytes;
    std::vector<std::uint8_t>* keep = inner != nullptr && want.size <= inner_check_max_bytes ? &inner_bytes : nullptr;
    if (keep != nullptr) keep->reserve(want.size);
    auto content = want.legacy ? check_ordinary_content(za, index, want, password, buffers, keep)
                               : check_aes_entry(za, fd, index, want, password, buffers, keep, st);
    if (!content || keep == nullptr) return content;
    return check_inner(inner_bytes, *inner, buffers);
}

Result<void> check_aes_entry(zip_t* za, int fd, zip_uint64_t index, const WrittenEntry& want, const char* password,
                             Buffers& buffers, std::vector<std::uint8_t>* keep, const zip_stat_t& st) {
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) == 0 || st.encryption_method != ZIP_EM_AES_256)
        return failure("not aes-256 " + want.name);
    if ((st.valid & ZIP_STAT_CRC) != 0 && st.crc != 0) return failure("crc stored " + want.name);
    if (!local_header_is_ae2(fd, want)) return failure("not ae-2 " + want.name);
    return check_content(za, index, want, password, buffers, keep);
}

// The inner ZIP of hide_names, from memory: libzip must find our entries, in order, and read
// each back (it tests the CRC-32 of these unencrypted entries itself; we compare it too).
Result<void> check_inner(std::vector<std::uint8_t>& bytes, const std::vector<WrittenEntry>& expected,
                         Buffers& buffers) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* za = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (za == nullptr) {
        if (source != nullptr) zip_source_free(source);
        return failure("inner open");
    }
    const Archive inner(za);  // owns the source from here on
    const zip_int64_t count = zip_get_num_entries(za, 0);
    if (count < 0 || static_cast<std::uint64_t>(count) != expected.size()) return failure("inner entry count");
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const WrittenEntry& want = expected[i];
        const char* name = zip_get_name(za, i, ZIP_FL_ENC_RAW);
        if (name == nullptr || std::string_view(name) != want.name) return failure("inner name " + want.name);
        if (want.name.ends_with('/')) continue;
        if (auto r = check_ordinary_content(za, i, want, nullptr, buffers, nullptr); !r)
            return failure("inner " + want.name);
    }
    return {};
}

struct FdCloser {
    int fd;
    ~FdCloser() {
        if (fd >= 0) ::close(fd);
    }
};

// One reader's share of the entries (first, first + stride, ...), with its own libzip handle:
// a zip_t is not to be shared between threads.
Result<void> check_share(const std::string& path, const std::vector<WrittenEntry>& expected, const char* password,
                         const std::vector<WrittenEntry>* inner, std::size_t first, std::size_t stride) {
    int error = 0;
    // ZIP_CHECKCONS: libzip also compares every local header with its central one.
    Archive za(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!za) return failure("open " + path);
    const zip_int64_t count = zip_get_num_entries(za.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) != expected.size()) return failure("entry count");
    const FdCloser fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (fd.fd < 0) return make_error(errc_from_errno(errno), "open " + path, errno);
    Buffers buffers;
    for (std::size_t i = first; i < expected.size(); i += stride) {
        if (auto r = check_entry(za.get(), fd.fd, i, expected[i], password, buffers, inner); !r) return r;
    }
    return {};
}

}  // namespace

Result<void> check_archive(const std::string& path, const std::vector<WrittenEntry>& expected,
                           std::span<const unsigned char> password, const std::vector<WrittenEntry>* inner) {
    if (zip_encryption_method_supported(ZIP_EM_AES_256, 0) == 0)
        return make_error(Errc::internal, "libzip without AES");
    // libzip wants a C string; the copy lives in locked memory and is wiped when it goes.
    SecretBuffer pass(password.size() + 1);
    std::memcpy(pass.bytes().data(), password.data(), password.size());
    pass.bytes()[password.size()] = 0;
    const char* c_pass = reinterpret_cast<const char*>(pass.bytes().data());
    // Each entry costs a PBKDF2 and a decryption in libzip: on more than one core, readers
    // share the entries, which keeps the check of an e-mail-sized set well under a second.
    const std::size_t readers =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::min<std::size_t>(4, expected.size() + 1));
    std::vector<Result<void>> results(readers, Result<void>{});
    try {
        std::vector<std::jthread> helpers;
        for (std::size_t t = 1; t < readers; ++t)
            helpers.emplace_back([&, t] { results[t] = check_share(path, expected, c_pass, inner, t, readers); });
        results[0] = check_share(path, expected, c_pass, inner, 0, readers);
    } catch (const std::system_error&) {  // a thread could not start: joined helpers, no verdict
        return make_error(Errc::internal, "start check thread");
    }
    for (auto& r : results) {
        if (!r) return r;
    }
    return {};
}

}  // namespace sanitize::attach::detail
