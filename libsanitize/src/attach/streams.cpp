#include "attach/streams.hpp"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

namespace sanitize::attach::detail {

namespace {

constexpr std::size_t file_buffer_bytes = 1U << 20;
// Data that deflate shrinks by less than this is stored: a few percent is not worth the time,
// and stored entries extract faster on the recipient's side.
constexpr double useful_ratio = 0.97;

}  // namespace

// ---- ByteBuffer ---------------------------------------------------------------------------

std::uint8_t* ByteBuffer::grow(std::size_t n) {
    if (size_ + n > capacity_) {
        const std::size_t capacity = std::max(size_ + n, 2 * capacity_);
        std::unique_ptr<std::uint8_t[]> bigger(new std::uint8_t[capacity]);  // NOLINT: uninitialised on purpose
        if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
        data_ = std::move(bigger);
        capacity_ = capacity;
    }
    std::uint8_t* at = data_.get() + size_;
    size_ += n;
    return at;
}

void ByteBuffer::assign(std::span<const std::uint8_t> bytes) {
    clear();
    if (!bytes.empty()) std::memcpy(grow(bytes.size()), bytes.data(), bytes.size());
}

// ---- FileSink ----------------------------------------------------------------------------

FileSink::FileSink(int fd, std::string path_for_errors) : fd_(fd), path_(std::move(path_for_errors)) {
    buffer_.reserve(file_buffer_bytes);
}

Result<void> FileSink::write_at(std::uint64_t offset, std::span<const std::uint8_t> bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const std::uint64_t at = offset + done;
        if (allow_write && !allow_write(at)) return make_error(Errc::io_error, "write " + path_, EIO);
        const ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(at));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return make_error(errc_from_errno(errno), "write " + path_, errno);
        if (n == 0) return make_error(Errc::io_error, "write " + path_, EIO);
        done += static_cast<std::size_t>(n);
    }
    return {};
}

Result<void> FileSink::flush() {
    if (buffer_.empty()) return {};
    auto r = write_at(flushed_, buffer_);
    if (!r) return r;
    flushed_ += buffer_.size();
    buffer_.clear();
    return {};
}

Result<void> FileSink::write(std::span<const std::uint8_t> bytes) {
    if (buffer_.size() + bytes.size() > file_buffer_bytes) {
        if (auto r = flush(); !r) return r;
    }
    if (bytes.size() >= file_buffer_bytes) {
        if (auto r = write_at(flushed_, bytes); !r) return r;
        flushed_ += bytes.size();
    } else {
        buffer_.insert(buffer_.end(), bytes.begin(), bytes.end());
    }
    position_ += bytes.size();
    return {};
}

Result<void> FileSink::patch(std::uint64_t offset, std::span<const std::uint8_t> bytes) {
    if (offset + bytes.size() > flushed_) {
        if (auto r = flush(); !r) return r;
    }
    return write_at(offset, bytes);
}

// ---- Deflater ----------------------------------------------------------------------------

struct Deflater::State {
    z_stream z{};
    ~State() { deflateEnd(&z); }
};

namespace {
// zlib's default allocator is calloc; deflate initialises what it reads, and zeroing its ~270 KB
// of state for every entry showed in profiles.
voidpf plain_alloc(voidpf, uInt items, uInt size) { return std::malloc(std::size_t{items} * size); }
void plain_free(voidpf, voidpf address) { std::free(address); }
}  // namespace

Deflater::Deflater(std::unique_ptr<State> state) : state_(std::move(state)) {}
Deflater::~Deflater() = default;
Deflater::Deflater(Deflater&&) noexcept = default;
Deflater& Deflater::operator=(Deflater&&) noexcept = default;

Result<Deflater> Deflater::create(int level) {
    auto state = std::make_unique<State>();
    state->z.zalloc = plain_alloc;
    state->z.zfree = plain_free;
    // Raw deflate (negative window bits): ZIP carries no zlib header or trailer.
    if (deflateInit2(&state->z, std::clamp(level, 0, 9), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return make_error(Errc::internal, "deflateInit2");
    return Deflater(std::move(state));
}

Result<void> Deflater::run(std::span<const std::uint8_t> input, bool finish, ByteBuffer& out) {
    z_stream& z = state_->z;
    std::size_t fed = 0;
    // zlib counts in uInt: feed at most 1 GiB per call.
    constexpr std::size_t max_feed = 1U << 30;
    for (;;) {
        if (z.avail_in == 0 && fed < input.size()) {
            const std::size_t n = std::min(max_feed, input.size() - fed);
            z.next_in = const_cast<Bytef*>(input.data() + fed);  // zlib's API is not const-correct
            z.avail_in = static_cast<uInt>(n);
            fed += n;
        }
        const bool last_input = fed == input.size();
        const std::size_t old = out.size();
        const std::size_t room = std::max<std::size_t>(64 * 1024, z.avail_in / 2);
        z.next_out = out.grow(room);
        z.avail_out = static_cast<uInt>(room);
        const int rc = deflate(&z, finish && last_input ? Z_FINISH : Z_NO_FLUSH);
        out.resize_down(old + room - z.avail_out);
        if (rc == Z_STREAM_ERROR) return make_error(Errc::internal, "deflate");
        if (finish && last_input && rc == Z_STREAM_END) return {};
        if (!finish && last_input && z.avail_in == 0 && z.avail_out != 0) return {};
    }
}

// ---- EntryEncoder ------------------------------------------------------------------------

EntryEncoder::EntryEncoder(Sink& out, std::unique_ptr<Deflater> deflater, std::unique_ptr<AesEntryEncryptor> aes,
                           ByteBuffer& scratch)
    : out_(&out), deflater_(std::move(deflater)), aes_(std::move(aes)), scratch_(&scratch) {}

Result<EntryEncoder> EntryEncoder::create(Sink& out, bool deflate, int level, std::span<const unsigned char> password,
                                          ByteBuffer& scratch, bool zipcrypto, std::uint8_t check_byte) {
    std::unique_ptr<Deflater> deflater;
    if (deflate) {
        auto d = Deflater::create(level);
        if (!d) return d.error();
        deflater = std::make_unique<Deflater>(std::move(*d));
    }
    std::unique_ptr<AesEntryEncryptor> aes;
    std::unique_ptr<ZipCryptoEncryptor> legacy;
    EncodedEntry start;
    if (!password.empty() && zipcrypto) {
        legacy = std::make_unique<ZipCryptoEncryptor>(password);
        const auto header = legacy->header(check_byte);
        if (auto r = out.write(header); !r) return r.error();
        start.compressed_size = header.size();
    } else if (!password.empty()) {
        auto a = AesEntryEncryptor::create(password);
        if (!a) return a.error();
        aes = std::make_unique<AesEntryEncryptor>(std::move(*a));
        const auto header = aes->header();
        if (auto r = out.write(header); !r) return r.error();
        start.compressed_size = header.size();
    }
    EntryEncoder encoder(out, std::move(deflater), std::move(aes), scratch);
    encoder.legacy_ = std::move(legacy);
    encoder.result_ = start;
    return encoder;
}

Result<void> EntryEncoder::emit() {
    if (scratch_->empty()) return {};
    if (aes_) {
        if (auto r = aes_->encrypt(scratch_->span()); !r) return r;
    }
    if (legacy_) legacy_->encrypt(scratch_->span());
    result_.compressed_size += scratch_->size();
    return out_->write(scratch_->span());
}

Result<void> EntryEncoder::write(std::span<const std::uint8_t> plain) {
    // zlib's crc32 takes a uInt length: feed it in pieces that fit.
    for (std::size_t off = 0; off < plain.size();) {
        const std::size_t n = std::min<std::size_t>(plain.size() - off, std::numeric_limits<uInt>::max());
        result_.crc32 = static_cast<std::uint32_t>(::crc32(result_.crc32, plain.data() + off, static_cast<uInt>(n)));
        off += n;
    }
    result_.uncompressed_size += plain.size();
    scratch_->clear();
    if (deflater_) {
        if (auto r = deflater_->run(plain, false, *scratch_); !r) return r;
    } else {
        scratch_->assign(plain);
    }
    return emit();
}

Result<EncodedEntry> EntryEncoder::finish() {
    scratch_->clear();
    if (deflater_) {
        if (auto r = deflater_->run({}, true, *scratch_); !r) return r.error();
        if (auto r = emit(); !r) return r.error();
    }
    if (aes_) {
        auto mac = aes_->mac();
        if (!mac) return mac.error();
        if (auto r = out_->write(*mac); !r) return r.error();
        result_.compressed_size += mac->size();
    }
    return result_;
}

// ---- compressibility ---------------------------------------------------------------------

bool deflate_helps(std::span<const std::uint8_t> sample) {
    if (sample.size() < 512) return true;  // too little to judge; deflate costs nothing here
    auto d = Deflater::create(1);
    if (!d) return true;
    ByteBuffer out;
    if (!d->run(sample, true, out)) return true;
    return static_cast<double>(out.size()) < useful_ratio * static_cast<double>(sample.size());
}

bool looks_compressed(const std::string& name, std::span<const std::uint8_t> head) {
    static constexpr std::array<std::string_view, 30> extensions = {
        ".zip", ".gz",  ".tgz", ".bz2", ".xz",   ".zst",  ".7z",   ".rar", ".lz4", ".jpg",
        ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp3", ".m4a", ".aac", ".ogg", ".opus",
        ".mp4", ".m4v", ".mov", ".mkv", ".webm", ".docx", ".xlsx", ".pptx", ".odt", ".ods"};
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    for (std::string_view ext : extensions) {
        if (lower.ends_with(ext)) return true;
    }
    auto starts = [&](std::string_view magic, std::size_t at = 0) {
        return head.size() >= at + magic.size() && std::memcmp(head.data() + at, magic.data(), magic.size()) == 0;
    };
    using namespace std::string_view_literals;
    return starts("PK\x03\x04"sv) || starts("\x1f\x8b"sv) || starts("BZh"sv) || starts("\xfd" "7zXZ"sv) ||
           starts("7z\xbc\xaf\x27\x1c"sv) || starts("\x28\xb5\x2f\xfd"sv) || starts("\x89PNG"sv) ||
           starts("\xff\xd8\xff"sv) || starts("GIF8"sv) || starts("WEBP"sv, 8) || starts("ftyp"sv, 4) ||
           starts("Rar!"sv);
}

}  // namespace sanitize::attach::detail
