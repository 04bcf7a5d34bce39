// `sanitize attach --check`: an archive received or made earlier, with nothing known about it
// but the password. Read here, raw, rather than through libzip: libzip neither hands out the
// WinZip AES field nor tells AE-1 from AE-2, and 1.7.3 fails every stored (not deflated) AE-2
// entry on the CRC that AE-2 leaves out, as 7-Zip writes small files. First every byte of the
// file is accounted for (zip_layout.hpp: records that disagree or bytes no entry lists are what
// crafted archives hide plaintext in); then each entry's password verifier is compared, its
// ciphertext decrypted with the writer's AES code and its HMAC compared, and zlib inflates it to
// the size the directory states.
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

#include "attach/check_existing.hpp"
#include "attach/winzip_aes.hpp"
#include "attach/zip_records.hpp"
#include "sanitize/attach.hpp"

namespace sanitize::attach {

namespace {

using detail::ZipEntry;
using detail::ZipFile;

// The entry's refusal. The context says it for developers; detail names the lack in a word a
// front end words in its language ("entry_not_encrypted"), expected the entry.
Error unprotected(const ZipEntry& entry, std::string_view lack, std::string_view words) {
    Error error = make_error(Errc::refused, entry.name + ": " + std::string(words));
    error.detail = "entry_" + std::string(lack);
    error.expected = entry.name;
    return error;
}

// What the policy asks of every entry: a folder holds nothing; a file is AES-256, AE-2.
Result<void> check_protection(const ZipEntry& entry) {
    const bool encrypted = (entry.flags & 1U) != 0;
    const bool empty = entry.compressed_size == 0 && entry.uncompressed_size == 0;
    if (entry.name.ends_with('/') && !encrypted && empty) return {};
    if (!encrypted) return unprotected(entry, "not_encrypted", "not encrypted");
    if (entry.method != detail::method_winzip_aes || !entry.has_aes_field) {
        return unprotected(entry, "zip_crypto", "traditional ZIP encryption (ZipCrypto)");
    }
    if (entry.aes_strength != 3) return unprotected(entry, "aes_below_256", "AES below 256 bits");
    if (entry.aes_version != 2 || entry.crc32 != 0) return unprotected(entry, "ae1", "AE-1, CRC-32 stored in the clear");
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

// The password verifier first (a wrong password is told apart from damage), then the whole
// ciphertext through the HMAC and the keystream, then the HMAC compared.
Result<void> check_content(const ZipFile& file, const ZipEntry& entry, std::span<const unsigned char> password) {
    if (entry.compressed_size < detail::aes256_overhead) return make_error(Errc::malformed_input, entry.name + ": too short");
    auto salt_and_verifier = file.read(entry.data_offset, detail::aes256_salt_bytes + detail::aes_verifier_bytes);
    if (!salt_and_verifier) return salt_and_verifier.error();
    std::array<std::uint8_t, detail::aes256_salt_bytes> salt{};
    std::copy_n(salt_and_verifier->begin(), salt.size(), salt.begin());
    auto aes = detail::AesEntryEncryptor::create(password, salt);
    if (!aes) return aes.error();
    const auto expected_header = aes->header();
    if (!std::equal(expected_header.begin(), expected_header.end(), salt_and_verifier->begin())) {
        // An attachment has a password, not a passphrase: detail says so for a front end's words.
        Error error = make_error(Errc::wrong_passphrase, entry.name);
        error.detail = "zip_password";
        error.expected = entry.name;
        return error;
    }
    PlaintextCounter counter(entry.real_method == detail::method_deflate);
    if (!counter.ready()) return make_error(Errc::internal, "inflateInit2");
    std::uint64_t offset = entry.data_offset + salt_and_verifier->size();
    std::uint64_t left = entry.compressed_size - detail::aes256_overhead;
    bool inflates = true;
    while (left > 0) {
        const auto length = static_cast<std::size_t>(std::min<std::uint64_t>(left, std::uint64_t{1} << 20));
        auto block = file.read(offset, length);
        if (!block) return block.error();
        if (auto decrypted = aes->decrypt(*block); !decrypted) return decrypted.error();
        inflates = inflates && counter.add(*block);
        offset += length;
        left -= length;
    }
    auto stored_mac = file.read(offset, detail::aes_mac_bytes);
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

namespace detail {

Result<ArchiveCheck> check_open_archive(const ZipFile& file, std::span<const unsigned char> password) {
    auto entries = read_zip_layout(file);
    if (!entries) return entries.error();
    // Nothing in it is protected, so nothing is to be called protected.
    if (entries->empty()) return make_error(Errc::refused, "no entries");
    for (const ZipEntry& entry : *entries) {
        if (auto protection = check_protection(entry); !protection) return protection.error();
    }
    for (const ZipEntry& entry : *entries) {
        if ((entry.flags & 1U) == 0) continue;  // an empty folder
        if (auto content = check_content(file, entry, password); !content) return content.error();
    }
    return ArchiveCheck{entries->size()};
}

}  // namespace detail

Result<ArchiveCheck> check_archive(const std::filesystem::path& path, std::span<const unsigned char> password) {
    const std::string name = path.string();
    int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::io_error, name, errno);
    struct stat status {};
    Result<ArchiveCheck> checked = make_error(Errc::io_error, name, errno);
    if (::fstat(fd, &status) == 0) {
        checked = detail::check_open_archive(ZipFile(fd, static_cast<std::uint64_t>(status.st_size), name), password);
    } else {
        checked = make_error(Errc::io_error, name, errno);
    }
    ::close(fd);
    return checked;
}

}  // namespace sanitize::attach
