// `sanitize attach --check`: an archive received or made earlier, with nothing known about it
// but the password. Read here, raw, rather than through libzip: libzip neither hands out the
// WinZip AES field nor tells AE-1 from AE-2, and 1.7.3 fails every stored (not deflated) AE-2
// entry on the CRC that AE-2 leaves out, as 7-Zip writes small files. Each entry's password
// verifier is compared, its ciphertext decrypted with the writer's AES code and its HMAC
// compared, and zlib inflates it to the size the directory states.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <openssl/crypto.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attach/winzip_aes.hpp"
#include "attach/zip_records.hpp"
#include "sanitize/attach.hpp"

namespace sanitize::attach {

namespace {

using detail::read_le;

constexpr std::size_t end_record_bytes = 22;
constexpr std::size_t max_comment_bytes = 0xFFFF;
constexpr std::uint64_t max_directory_bytes = std::uint64_t{256} << 20;

struct CentralEntry {
    std::string name;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;
    std::uint32_t crc32 = 0;
    std::uint64_t uncompressed_size = 0;
    std::uint64_t compressed_size = 0;
    std::uint64_t local_offset = 0;
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
        if (read_le(p, 4) != detail::sig_end) continue;
        Directory directory{read_le(p + 16, 4), read_le(p + 12, 4), read_le(p + 10, 2)};
        const bool zip64 = directory.offset == 0xFFFFFFFF || directory.size == 0xFFFFFFFF || directory.count == 0xFFFF;
        if (!zip64) return directory;
        const std::uint64_t end_offset = file_size - window + at;
        if (end_offset < 20) return make_error(Errc::malformed_input, path + ": ZIP64 locator missing");
        auto locator = read_at(fd, end_offset - 20, 20, path);
        if (!locator) return locator.error();
        if (read_le(locator->data(), 4) != detail::sig_zip64_locator) return make_error(Errc::malformed_input, path + ": ZIP64 locator");
        auto record = read_at(fd, read_le(locator->data() + 8, 8), 56, path);
        if (!record) return record.error();
        if (read_le(record->data(), 4) != detail::sig_zip64_end) return make_error(Errc::malformed_input, path + ": ZIP64 end record");
        return Directory{read_le(record->data() + 48, 8), read_le(record->data() + 40, 8), read_le(record->data() + 32, 8)};
    }
    return make_error(Errc::malformed_input, path + ": not a ZIP");
}

void read_extra_fields(const std::uint8_t* extra, std::size_t length, CentralEntry& entry) {
    for (std::size_t at = 0; at + 4 <= length;) {
        const auto id = static_cast<std::uint16_t>(read_le(extra + at, 2));
        const auto size = static_cast<std::size_t>(read_le(extra + at + 2, 2));
        const std::uint8_t* data = extra + at + 4;
        if (at + 4 + size > length) return;
        if (id == detail::extra_winzip_aes && size == 7 && data[2] == 'A' && data[3] == 'E') {
            entry.has_aes_field = true;
            entry.aes_version = static_cast<std::uint16_t>(read_le(data, 2));
            entry.aes_strength = data[4];
            entry.real_method = static_cast<std::uint16_t>(read_le(data + 5, 2));
        }
        if (id == detail::extra_zip64) {
            // Only the fields saturated in the central header are there, in this order.
            std::size_t next = 0;
            for (std::uint64_t* field : {&entry.uncompressed_size, &entry.compressed_size, &entry.local_offset}) {
                if (*field != 0xFFFFFFFF || next + 8 > size) continue;
                *field = read_le(data + next, 8);
                next += 8;
            }
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
        if (at + 46 > bytes->size() || read_le(bytes->data() + at, 4) != detail::sig_central) {
            return make_error(Errc::malformed_input, path + ": central directory");
        }
        const std::uint8_t* p = bytes->data() + at;
        const auto name_length = static_cast<std::size_t>(read_le(p + 28, 2));
        const auto extra_length = static_cast<std::size_t>(read_le(p + 30, 2));
        const auto comment_length = static_cast<std::size_t>(read_le(p + 32, 2));
        if (at + 46 + name_length + extra_length + comment_length > bytes->size()) {
            return make_error(Errc::malformed_input, path + ": central directory");
        }
        CentralEntry entry;
        entry.flags = static_cast<std::uint16_t>(read_le(p + 8, 2));
        entry.method = static_cast<std::uint16_t>(read_le(p + 10, 2));
        entry.crc32 = static_cast<std::uint32_t>(read_le(p + 16, 4));
        entry.compressed_size = read_le(p + 20, 4);
        entry.uncompressed_size = read_le(p + 24, 4);
        entry.local_offset = read_le(p + 42, 4);
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

struct InflateEnd {
    void operator()(z_stream* stream) const noexcept { inflateEnd(stream); }
};

// Counts the plaintext bytes an entry yields: inflated for deflate, as they are for store.
class PlaintextCounter {
public:
    explicit PlaintextCounter(bool deflated) : deflated_(deflated), ended_(!deflated) {
        if (deflated_ && inflateInit2(&stream_, -15) == Z_OK) guard_.reset(&stream_);
    }
    bool ready() const { return !deflated_ || guard_ != nullptr; }
    // False when the deflate stream is broken or goes on after its end.
    bool add(std::span<std::uint8_t> block) {
        if (!deflated_) {
            total_ += block.size();
            return true;
        }
        stream_.next_in = block.data();
        stream_.avail_in = static_cast<uInt>(block.size());
        while (stream_.avail_in > 0) {
            if (ended_) return false;
            stream_.next_out = out_.data();
            stream_.avail_out = static_cast<uInt>(out_.size());
            const int rc = inflate(&stream_, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) return false;
            total_ += out_.size() - stream_.avail_out;
            ended_ = rc == Z_STREAM_END;
        }
        return true;
    }
    bool complete(std::uint64_t expected) const { return ended_ && total_ == expected; }

private:
    bool deflated_;
    bool ended_;
    std::uint64_t total_ = 0;
    z_stream stream_{};
    std::unique_ptr<z_stream, InflateEnd> guard_;
    std::vector<std::uint8_t> out_ = std::vector<std::uint8_t>(std::size_t{1} << 18);
};

// Where an entry's data starts: after its local header, whose name and extra lengths may differ
// from the central ones.
Result<std::uint64_t> data_start(int fd, const CentralEntry& entry, const std::string& path) {
    auto header = read_at(fd, entry.local_offset, 30, path);
    if (!header) return header.error();
    if (read_le(header->data(), 4) != detail::sig_local) return make_error(Errc::malformed_input, entry.name + ": local header");
    return entry.local_offset + 30 + read_le(header->data() + 26, 2) + read_le(header->data() + 28, 2);
}

// The password verifier first (a wrong password is told apart from damage), then the whole
// ciphertext through the HMAC and the keystream, then the HMAC compared.
Result<void> check_content(int fd, const CentralEntry& entry, std::span<const unsigned char> password,
                           const std::string& path) {
    if (entry.compressed_size < detail::aes256_overhead) return make_error(Errc::malformed_input, entry.name + ": too short");
    auto start = data_start(fd, entry, path);
    if (!start) return start.error();
    auto salt_and_verifier = read_at(fd, *start, detail::aes256_salt_bytes + detail::aes_verifier_bytes, path);
    if (!salt_and_verifier) return salt_and_verifier.error();
    std::array<std::uint8_t, detail::aes256_salt_bytes> salt{};
    std::copy_n(salt_and_verifier->begin(), salt.size(), salt.begin());
    auto aes = detail::AesEntryEncryptor::create(password, salt);
    if (!aes) return aes.error();
    const auto expected_header = aes->header();
    if (!std::equal(expected_header.begin(), expected_header.end(), salt_and_verifier->begin())) {
        return make_error(Errc::wrong_passphrase, entry.name);
    }
    PlaintextCounter counter(entry.real_method == detail::method_deflate);
    if (!counter.ready()) return make_error(Errc::internal, "inflateInit2");
    std::uint64_t offset = *start + salt_and_verifier->size();
    std::uint64_t left = entry.compressed_size - detail::aes256_overhead;
    bool inflates = true;
    while (left > 0) {
        const auto length = static_cast<std::size_t>(std::min<std::uint64_t>(left, std::uint64_t{1} << 20));
        auto block = read_at(fd, offset, length, path);
        if (!block) return block.error();
        if (auto decrypted = aes->decrypt(*block); !decrypted) return decrypted.error();
        inflates = inflates && counter.add(*block);
        offset += length;
        left -= length;
    }
    auto stored_mac = read_at(fd, offset, detail::aes_mac_bytes, path);
    if (!stored_mac) return stored_mac.error();
    auto mac = aes->mac();
    if (!mac) return mac.error();
    if (CRYPTO_memcmp(mac->data(), stored_mac->data(), mac->size()) != 0) {
        return make_error(Errc::integrity_failure, entry.name + ": does not authenticate");
    }
    if (!inflates || !counter.complete(entry.uncompressed_size)) return make_error(Errc::integrity_failure, entry.name + ": size");
    return {};
}

}  // namespace

Result<ArchiveCheck> check_archive(const std::filesystem::path& path, std::span<const unsigned char> password) {
    const std::string name = path.string();
    int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::io_error, name, errno);
    auto checked = [&]() -> Result<ArchiveCheck> {
        struct stat status {};
        if (::fstat(fd, &status) != 0) return make_error(Errc::io_error, name, errno);
        auto directory = find_directory(fd, static_cast<std::uint64_t>(status.st_size), name);
        if (!directory) return directory.error();
        auto entries = read_directory(fd, *directory, name);
        if (!entries) return entries.error();
        for (const CentralEntry& entry : *entries) {
            if (auto protection = check_protection(entry); !protection) return protection.error();
        }
        for (const CentralEntry& entry : *entries) {
            if ((entry.flags & 1U) == 0) continue;  // an empty folder
            if (auto content = check_content(fd, entry, password, name); !content) return content.error();
        }
        return ArchiveCheck{entries->size()};
    }();
    ::close(fd);
    return checked;
}

}  // namespace sanitize::attach
