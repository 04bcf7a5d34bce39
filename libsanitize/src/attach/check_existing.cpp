// `sanitize attach --check`: an archive received or made earlier, with nothing known about it
// but the password. Its central directory is read here, raw, because libzip neither hands out
// the WinZip AES field nor tells AE-1 from AE-2; libzip then decrypts every entry (checking
// its HMAC) and zlib inflates it to the size the directory states.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attach/zip_records.hpp"
#include "sanitize/attach.hpp"

namespace sanitize::attach {

namespace {

constexpr std::uint32_t end_signature = 0x06054b50;
constexpr std::uint32_t zip64_locator_signature = 0x07064b50;
constexpr std::uint32_t zip64_end_signature = 0x06064b50;
constexpr std::uint32_t central_signature = 0x02014b50;
constexpr std::size_t end_record_bytes = 22;
constexpr std::size_t max_comment_bytes = 0xFFFF;
constexpr std::uint64_t max_directory_bytes = std::uint64_t{256} << 20;

std::uint64_t le(const std::uint8_t* p, int n) {
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

struct CentralEntry {
    std::string name;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;
    std::uint32_t crc32 = 0;
    std::uint64_t uncompressed_size = 0;
    // From the WinZip AES field, when there is one.
    bool has_aes_field = false;
    std::uint16_t aes_version = 0;  // 1: AE-1 (CRC kept), 2: AE-2
    std::uint8_t aes_strength = 0;  // 3: AES-256
    std::uint16_t real_method = 0;
};

Result<std::vector<std::uint8_t>> read_at(int fd, std::uint64_t offset, std::size_t length, const std::string& path) {
    std::vector<std::uint8_t> bytes(length);
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, bytes.data() + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return make_error(Errc::io_error, path, errno);
        if (n == 0) return make_error(Errc::malformed_input, path + ": truncated");
        done += static_cast<std::size_t>(n);
    }
    return bytes;
}

struct Directory {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::uint64_t count = 0;
};

// The end record (and its ZIP64 form when the 32-bit fields are saturated).
Result<Directory> find_directory(int fd, std::uint64_t file_size, const std::string& path) {
    if (file_size < end_record_bytes) return make_error(Errc::malformed_input, path + ": not a ZIP");
    const std::uint64_t window = std::min<std::uint64_t>(file_size, end_record_bytes + max_comment_bytes);
    auto tail = read_at(fd, file_size - window, static_cast<std::size_t>(window), path);
    if (!tail) return tail.error();
    for (std::size_t at = tail->size() - end_record_bytes + 1; at-- > 0;) {
        const std::uint8_t* p = tail->data() + at;
        if (le(p, 4) != end_signature) continue;
        Directory directory{le(p + 16, 4), le(p + 12, 4), le(p + 10, 2)};
        const bool zip64 = directory.offset == 0xFFFFFFFF || directory.size == 0xFFFFFFFF || directory.count == 0xFFFF;
        if (!zip64) return directory;
        const std::uint64_t end_offset = file_size - window + at;
        if (end_offset < 20) return make_error(Errc::malformed_input, path + ": ZIP64 locator missing");
        auto locator = read_at(fd, end_offset - 20, 20, path);
        if (!locator) return locator.error();
        if (le(locator->data(), 4) != zip64_locator_signature) return make_error(Errc::malformed_input, path + ": ZIP64 locator");
        auto record = read_at(fd, le(locator->data() + 8, 8), 56, path);
        if (!record) return record.error();
        if (le(record->data(), 4) != zip64_end_signature) return make_error(Errc::malformed_input, path + ": ZIP64 end record");
        return Directory{le(record->data() + 48, 8), le(record->data() + 40, 8), le(record->data() + 32, 8)};
    }
    return make_error(Errc::malformed_input, path + ": not a ZIP");
}

void read_extra_fields(const std::uint8_t* extra, std::size_t length, CentralEntry& entry) {
    for (std::size_t at = 0; at + 4 <= length;) {
        const auto id = static_cast<std::uint16_t>(le(extra + at, 2));
        const auto size = static_cast<std::size_t>(le(extra + at + 2, 2));
        const std::uint8_t* data = extra + at + 4;
        if (at + 4 + size > length) return;
        if (id == detail::extra_winzip_aes && size == 7 && data[2] == 'A' && data[3] == 'E') {
            entry.has_aes_field = true;
            entry.aes_version = static_cast<std::uint16_t>(le(data, 2));
            entry.aes_strength = data[4];
            entry.real_method = static_cast<std::uint16_t>(le(data + 5, 2));
        }
        if (id == detail::extra_zip64 && size >= 8 && entry.uncompressed_size == 0xFFFFFFFF) {
            entry.uncompressed_size = le(data, 8);
        }
        at += 4 + size;
    }
}

Result<std::vector<CentralEntry>> read_directory(int fd, const Directory& directory, const std::string& path) {
    if (directory.size > max_directory_bytes) return make_error(Errc::malformed_input, path + ": directory too large");
    auto bytes = read_at(fd, directory.offset, static_cast<std::size_t>(directory.size), path);
    if (!bytes) return bytes.error();
    std::vector<CentralEntry> entries;
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < directory.count; ++i) {
        if (at + 46 > bytes->size() || le(bytes->data() + at, 4) != central_signature) {
            return make_error(Errc::malformed_input, path + ": central directory");
        }
        const std::uint8_t* p = bytes->data() + at;
        const auto name_length = static_cast<std::size_t>(le(p + 28, 2));
        const auto extra_length = static_cast<std::size_t>(le(p + 30, 2));
        const auto comment_length = static_cast<std::size_t>(le(p + 32, 2));
        if (at + 46 + name_length + extra_length + comment_length > bytes->size()) {
            return make_error(Errc::malformed_input, path + ": central directory");
        }
        CentralEntry entry;
        entry.flags = static_cast<std::uint16_t>(le(p + 8, 2));
        entry.method = static_cast<std::uint16_t>(le(p + 10, 2));
        entry.crc32 = static_cast<std::uint32_t>(le(p + 16, 4));
        entry.uncompressed_size = le(p + 24, 4);
        entry.name.assign(reinterpret_cast<const char*>(p + 46), name_length);
        read_extra_fields(p + 46 + name_length, extra_length, entry);
        entries.push_back(std::move(entry));
        at += 46 + name_length + extra_length + comment_length;
    }
    return entries;
}

// What the policy asks of every entry: a folder holds nothing; a file is AES-256, AE-2.
Result<void> check_protection(const CentralEntry& entry) {
    const bool encrypted = (entry.flags & 1U) != 0;
    if (entry.name.ends_with('/') && !encrypted && entry.uncompressed_size == 0) return {};
    if (!encrypted) return make_error(Errc::refused, entry.name + ": not encrypted");
    if (entry.method != detail::method_winzip_aes || !entry.has_aes_field) {
        return make_error(Errc::refused, entry.name + ": traditional ZIP encryption (ZipCrypto)");
    }
    if (entry.aes_strength != 3) return make_error(Errc::refused, entry.name + ": AES below 256 bits");
    if (entry.aes_version != 2 || entry.crc32 != 0) return make_error(Errc::refused, entry.name + ": AE-1, CRC-32 stored in the clear");
    return {};
}

struct ArchiveCloser {
    void operator()(zip_t* archive) const noexcept { zip_discard(archive); }
};
struct InflateEnd {
    void operator()(z_stream* stream) const noexcept { inflateEnd(stream); }
};

// Decrypts one entry (libzip checks the HMAC at its end) and inflates it when it is deflated.
Result<void> check_content(zip_t* archive, zip_uint64_t index, const CentralEntry& entry, const char* password) {
    zip_file_t* file = zip_fopen_index_encrypted(archive, index, ZIP_FL_COMPRESSED, password);
    if (file == nullptr) {
        const bool wrong = zip_error_code_zip(zip_get_error(archive)) == ZIP_ER_WRONGPASSWD;
        return make_error(wrong ? Errc::wrong_passphrase : Errc::integrity_failure, entry.name);
    }
    z_stream stream{};
    if (inflateInit2(&stream, -15) != Z_OK) {
        zip_fclose(file);
        return make_error(Errc::internal, "inflateInit2");
    }
    std::unique_ptr<z_stream, InflateEnd> stream_guard(&stream);
    std::vector<std::uint8_t> in(std::size_t{1} << 18);
    std::vector<std::uint8_t> out(std::size_t{1} << 18);
    const bool deflated = entry.real_method == detail::method_deflate;
    std::uint64_t total = 0;
    bool ended = !deflated;
    for (;;) {
        const zip_int64_t n = zip_fread(file, in.data(), in.size());
        if (n < 0) {
            zip_fclose(file);
            return make_error(Errc::integrity_failure, entry.name + ": does not authenticate");
        }
        if (n == 0) break;
        if (!deflated) {
            total += static_cast<std::uint64_t>(n);
            continue;
        }
        stream.next_in = in.data();
        stream.avail_in = static_cast<uInt>(n);
        while (stream.avail_in > 0 && !ended) {
            stream.next_out = out.data();
            stream.avail_out = static_cast<uInt>(out.size());
            const int rc = inflate(&stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                zip_fclose(file);
                return make_error(Errc::integrity_failure, entry.name + ": does not inflate");
            }
            total += out.size() - stream.avail_out;
            ended = rc == Z_STREAM_END;
        }
    }
    if (zip_fclose(file) != 0) return make_error(Errc::integrity_failure, entry.name + ": does not authenticate");
    if (!ended || total != entry.uncompressed_size) return make_error(Errc::integrity_failure, entry.name + ": size");
    return {};
}

}  // namespace

Result<ArchiveCheck> check_archive(const std::filesystem::path& path, std::span<const unsigned char> password) {
    const std::string name = path.string();
    int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::io_error, name, errno);
    struct stat status {};
    Result<std::vector<CentralEntry>> entries = make_error(Errc::io_error, name);
    if (::fstat(fd, &status) == 0) {
        auto directory = find_directory(fd, static_cast<std::uint64_t>(status.st_size), name);
        entries = directory ? read_directory(fd, *directory, name) : Result<std::vector<CentralEntry>>(directory.error());
    }
    ::close(fd);
    if (!entries) return entries.error();
    for (const CentralEntry& entry : *entries) {
        if (auto protection = check_protection(entry); !protection) return protection.error();
    }

    int error = 0;
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open(name.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) return make_error(Errc::malformed_input, name + ": libzip cannot open it");
    if (zip_get_num_entries(archive.get(), 0) != static_cast<zip_int64_t>(entries->size())) {
        return make_error(Errc::malformed_input, name + ": entry count");
    }
    // libzip takes a C string: a NUL-terminated copy in secret memory, wiped when it goes.
    SecretBuffer password_text(password.size() + 1);
    std::copy(password.begin(), password.end(), password_text.bytes().begin());
    password_text.bytes()[password.size()] = 0;
    const char* password_c = reinterpret_cast<const char*>(password_text.bytes().data());
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const CentralEntry& entry = (*entries)[i];
        if ((entry.flags & 1U) == 0) continue;  // an empty folder
        if (auto content = check_content(archive.get(), i, entry, password_c); !content) return content.error();
    }
    return ArchiveCheck{entries->size()};
}

}  // namespace sanitize::attach
