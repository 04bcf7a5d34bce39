// The read-back check of an archive written to a stick. The age layers are the Decryptor's
// own, given an "identity" that already holds the file key; the tar layer is walked block by
// block here, as only the framing matters and nothing is extracted.
#include "crypt/payload_check.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace sanitize::crypt::detail {
namespace {

constexpr std::size_t block = 512;

SecretBuffer copy_of(std::span<const unsigned char> bytes) {
    SecretBuffer copy(bytes.size());
    std::copy(bytes.begin(), bytes.end(), copy.bytes().begin());
    return copy;
}

// Hands over the kept key whatever the stanzas are: the header MAC, checked with that key by
// the Decryptor, then proves that the header is the one written with it.
class KeptKeyIdentity final : public Identity {
public:
    explicit KeptKeyIdentity(SecretBuffer key) : key_(std::move(key)) {}
    Result<std::optional<SecretBuffer>> unwrap(std::span<const Stanza>) const override {
        return std::optional<SecretBuffer>(copy_of(key_.bytes()));
    }

private:
    SecretBuffer key_;
};

Error bad_tar(const std::string& what) { return make_error(Errc::integrity_failure, "tar: " + what); }

std::optional<std::uint64_t> octal(std::span<const std::uint8_t> field) {
    if (!field.empty() && (field[0] & 0x80) != 0) {  // base-256, for sizes past 8 GiB
        std::uint64_t value = field[0] & 0x7f;
        for (std::size_t i = 1; i < field.size(); ++i) value = (value << 8) | field[i];
        return value;
    }
    std::uint64_t value = 0;
    bool digits = false;
    for (std::uint8_t c : field) {
        if (c == 0 || c == ' ') {
            if (digits) break;
            continue;
        }
        if (c < '0' || c > '7') return std::nullopt;
        value = value * 8 + (c - '0');
        digits = true;
    }
    return value;
}

// The tar framing, fed in any pieces: header blocks with valid checksums and "ustar" magic,
// their data blocks skipped, then the end: two zero blocks and only zero padding after them.
class TarWalk {
public:
    Result<void> write(std::span<const std::uint8_t> bytes) {
        while (!bytes.empty()) {
            const std::size_t take = std::min(bytes.size(), block - filled_);
            std::copy_n(bytes.begin(), take, block_.begin() + static_cast<std::ptrdiff_t>(filled_));
            filled_ += take;
            bytes = bytes.subspan(take);
            if (filled_ < block) break;
            filled_ = 0;
            if (auto taken = take_block(); !taken) return taken;
        }
        return {};
    }
    Result<void> finish() const {
        if (filled_ != 0 || skip_ != 0) return bad_tar("truncated");
        if (zero_blocks_ < 2) return bad_tar("no end of archive");
        return {};
    }
    std::uint64_t entries() const noexcept { return entries_; }

private:
    Result<void> take_block() {
        if (skip_ > 0) {
            --skip_;
            return {};
        }
        const bool zero = std::all_of(block_.begin(), block_.end(), [](std::uint8_t b) { return b == 0; });
        if (zero) {
            ++zero_blocks_;
            return {};
        }
        if (zero_blocks_ >= 2) return bad_tar("data after the end of archive");
        if (zero_blocks_ != 0) return bad_tar("lone zero block");
        return header();
    }
    Result<void> header() {
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i < block; ++i) sum += (i >= 148 && i < 156) ? std::uint64_t{' '} : std::uint64_t{block_[i]};
        const auto stored = octal(std::span(block_).subspan(148, 8));
        if (!stored || *stored != sum) return bad_tar("header checksum");
        if (std::memcmp(block_.data() + 257, "ustar", 5) != 0) return bad_tar("not a ustar header");
        const auto size = octal(std::span(block_).subspan(124, 12));
        if (!size) return bad_tar("size field");
        const char type = static_cast<char>(block_[156]);
        // Links and folders carry no data whatever their size field says.
        const bool has_data = type != '1' && type != '2' && type != '3' && type != '4' && type != '5' && type != '6';
        skip_ = has_data ? (*size + block - 1) / block : 0;
        if (type != 'x' && type != 'g') ++entries_;
        return {};
    }

    std::array<std::uint8_t, block> block_{};
    std::size_t filled_ = 0;
    std::uint64_t skip_ = 0;
    unsigned zero_blocks_ = 0;
    std::uint64_t entries_ = 0;
};

}  // namespace

Result<std::vector<Stanza>> KeyKeepingRecipient::wrap(std::span<const unsigned char> file_key) const {
    key_ = copy_of(file_key);
    return inner_.wrap(file_key);
}

struct PayloadCheck::Impl {
    KeptKeyIdentity identity;
    TarWalk tar;
    Decryptor decryptor;

    explicit Impl(SecretBuffer key) : identity(std::move(key)), decryptor(make_decryptor()) {}

private:
    // The Decryptor copies the list of identities; the identity itself lives here beside it.
    Decryptor make_decryptor() {
        const std::array<const Identity*, 1> identities{&identity};
        return Decryptor::create(identities, [this](std::span<const std::uint8_t> plain) { return tar.write(plain); });
    }
};

PayloadCheck::PayloadCheck(SecretBuffer file_key) : impl_(std::make_unique<Impl>(std::move(file_key))) {}
PayloadCheck::PayloadCheck(PayloadCheck&&) noexcept = default;
PayloadCheck& PayloadCheck::operator=(PayloadCheck&&) noexcept = default;
PayloadCheck::~PayloadCheck() = default;

Result<void> PayloadCheck::write(std::span<const std::uint8_t> ciphertext) { return impl_->decryptor.write(ciphertext); }

Result<void> PayloadCheck::finish() {
    if (auto done = impl_->decryptor.finish(); !done) return done;
    return impl_->tar.finish();
}

std::uint64_t PayloadCheck::tar_entries() const noexcept { return impl_->tar.entries(); }

}  // namespace sanitize::crypt::detail
