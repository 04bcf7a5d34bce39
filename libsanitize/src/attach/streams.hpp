// The byte pipeline under the ZIP writers: a Sink takes bytes (the archive file, or an outer
// entry when the inner ZIP of hide_names is streamed into it), a Deflater is zlib's raw deflate,
// an EntryEncoder turns one entry's plaintext into compressed, encrypted, authenticated bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "attach/winzip_aes.hpp"
#include "attach/zipcrypto.hpp"
#include "sanitize/result.hpp"

namespace sanitize::attach::detail {

// A growable byte buffer that leaves what it grows into uninitialised: std::vector zero-fills
// on every resize, and on the per-chunk path that memset cost more than AES and HMAC together.
class ByteBuffer {
public:
    std::uint8_t* data() noexcept { return data_.get(); }
    const std::uint8_t* data() const noexcept { return data_.get(); }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    void clear() noexcept { size_ = 0; }
    std::span<std::uint8_t> span() noexcept { return {data_.get(), size_}; }
    // `n` more bytes at the end, to be written by the caller; returns where they start.
    std::uint8_t* grow(std::size_t n);
    void resize_down(std::size_t n) noexcept { size_ = n < size_ ? n : size_; }
    void assign(std::span<const std::uint8_t> bytes);

private:
    std::unique_ptr<std::uint8_t[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

class Sink {
public:
    virtual ~Sink() = default;
    virtual Result<void> write(std::span<const std::uint8_t> bytes) = 0;
    virtual std::uint64_t position() const = 0;
};

// Buffered writes to a file descriptor it does not own, plus patching of bytes already written
// (local headers, once an entry's sizes are known). A test may make writes fail at an offset.
class FileSink final : public Sink {
public:
    FileSink(int fd, std::string path_for_errors);
    Result<void> write(std::span<const std::uint8_t> bytes) override;
    std::uint64_t position() const override { return position_; }
    Result<void> patch(std::uint64_t offset, std::span<const std::uint8_t> bytes);
    Result<void> flush();
    // Called with the offset of every block about to reach the disk; returning false fails it
    // as EIO would. For the tests' forced failures only.
    std::function<bool(std::uint64_t offset)> allow_write;

private:
    Result<void> write_at(std::uint64_t offset, std::span<const std::uint8_t> bytes);
    int fd_;
    std::string path_;
    std::vector<std::uint8_t> buffer_;
    std::uint64_t position_ = 0;   // logical end, buffered bytes included
    std::uint64_t flushed_ = 0;    // bytes already on their way to the disk
};

class Deflater {
public:
    static Result<Deflater> create(int level);
    ~Deflater();
    Deflater(Deflater&&) noexcept;
    Deflater& operator=(Deflater&&) noexcept;
    // Appends what deflate produces for `input` to `out`; `finish` ends the stream.
    Result<void> run(std::span<const std::uint8_t> input, bool finish, ByteBuffer& out);

private:
    struct State;
    explicit Deflater(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

struct EncodedEntry {
    std::uint32_t crc32 = 0;  // of the plaintext: for our own read-back check, never written for AE-2
    std::uint64_t compressed_size = 0;  // salt, verifier and MAC included
    std::uint64_t uncompressed_size = 0;
};

// One entry's data: CRC-32 of the plaintext, optional deflate, optional AES, into the sink.
class EntryEncoder final : public Sink {
public:
    // `password` empty: no encryption (the inner ZIP's entries). `scratch` is the caller's, so
    // that its memory serves entry after entry. `zipcrypto`: legacy encryption instead of AES,
    // with the check byte its header carries.
    static Result<EntryEncoder> create(Sink& out, bool deflate, int level, std::span<const unsigned char> password,
                                       ByteBuffer& scratch, bool zipcrypto = false, std::uint8_t check_byte = 0);
    Result<void> write(std::span<const std::uint8_t> plain) override;  // Sink: the plaintext side
    std::uint64_t position() const override { return result_.uncompressed_size; }
    Result<EncodedEntry> finish();

private:
    EntryEncoder(Sink& out, std::unique_ptr<Deflater> deflater, std::unique_ptr<AesEntryEncryptor> aes,
                 ByteBuffer& scratch);
    Result<void> emit();
    Sink* out_;
    std::unique_ptr<Deflater> deflater_;
    std::unique_ptr<AesEntryEncryptor> aes_;
    std::unique_ptr<ZipCryptoEncryptor> legacy_;
    ByteBuffer* scratch_;
    EncodedEntry result_;
};

// Whether deflate would shrink this sample (the start of a file) by a useful margin.
bool deflate_helps(std::span<const std::uint8_t> sample);
// Whether a name or the first bytes say the data is compressed already (JPEG, PNG, ZIP, ...).
bool looks_compressed(const std::string& name, std::span<const std::uint8_t> head);

}  // namespace sanitize::attach::detail
