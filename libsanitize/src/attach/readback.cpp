#include "attach/readback.hpp"

#include <zip.h>
#include <zlib.h>

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

// The 0x9901 field as libzip finds it in one header: AE-2, "AE", AES-256, a known method.
bool aes_extra_ok(zip_t* za, zip_uint64_t index, zip_flags_t which) {
    zip_uint16_t length = 0;
    const zip_uint8_t* data = zip_file_extra_field_get_by_id(za, index, extra_winzip_aes, 0, &length, which);
    if (data == nullptr || length != 7) return false;
    const unsigned vendor_version = data[0] | (unsigned{data[1]} << 8);
    const unsigned method = data[5] | (unsigned{data[6]} << 8);
    return vendor_version == 2 && data[2] == 'A' && data[3] == 'E' && data[4] == 3 &&
           (method == method_store || method == method_deflate);
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
            zip_fclose(file);
            return failure("decrypt " + want.name);
        }
        if (n == 0) break;
        crc = ::crc32(crc, buffer.data(), static_cast<uInt>(n));
        total += static_cast<std::uint64_t>(n);
    }
    if (zip_fclose(file) != 0) return failure("close " + want.name);
    if (total != want.size || static_cast<std::uint32_t>(crc) != want.crc32) return failure("content " + want.name);
    return {};
}

Result<void> check_entry(zip_t* za, zip_uint64_t index, const WrittenEntry& want, const char* password) {
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
    if (!aes_extra_ok(za, index, ZIP_FL_CENTRAL) || !aes_extra_ok(za, index, ZIP_FL_LOCAL))
        return failure("not ae-2 " + want.name);
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
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (auto r = check_entry(za.get(), i, expected[i], c_pass); !r) return r;
    }
    return {};
}

}  // namespace sanitize::attach::detail
