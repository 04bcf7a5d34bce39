#include "attach/zip_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <functional>
#include <system_error>
#include <thread>
#include <utility>

#include "attach/zip_records.hpp"

namespace sanitize::attach::detail {

namespace {

constexpr std::size_t read_chunk_bytes = 1U << 20;
// Deflate's trial runs on this much of a file's start: enough to see text from noise, cheap.
constexpr std::size_t trial_bytes = 128U * 1024U;

// An upper bound of what an entry can take in the archive, to decide before writing its local
// header whether that header needs ZIP64 (deflate's worst case is far under 1/16 growth).
std::uint64_t size_bound(std::uint64_t size) { return size + size / 16 + 1024; }

class InputFile {
public:
    ~InputFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    Result<void> open(const InputEntry& entry) {
        // O_NOFOLLOW: the file checked by lstat is a file, and a link swapped in since is refused.
        fd_ = ::open(entry.source.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd_ < 0) return make_error(errc_from_errno(errno), "open " + entry.source.string(), errno);
        path_ = entry.source.string();
        return {};
    }
    // Fills `buffer` as far as the file goes; a short result means the end.
    Result<std::size_t> read(std::span<std::uint8_t> buffer) {
        std::size_t got = 0;
        while (got < buffer.size()) {
            const ssize_t n = ::read(fd_, buffer.data() + got, buffer.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return make_error(errc_from_errno(errno), "read " + path_, errno);
            if (n == 0) break;
            got += static_cast<std::size_t>(n);
        }
        return got;
    }

private:
    int fd_ = -1;
    std::string path_;
};

using Produce = std::function<Result<void>(Sink&)>;

struct EntryPlan {
    bool deflate = true;
    int level = 6;
};

EntryPlan plan_entry(bool deflate, bool encrypted, int level) {
    if (encrypted && !deflate) {
        // Encrypted data that is not worth compressing goes into deflate's stored blocks
        // (level 0: a copy, 5 bytes per 64 KiB) rather than method "store". Why: libzip 1.7.3,
        // the independent reader of our check, demands a CRC-32 of AE-2 entries of 20 bytes or
        // more, which AE-2 by definition leaves out (7-Zip's AE-2 archives fail there too); a
        // deflated entry it hands over decrypted and authenticated but still compressed
        // (ZIP_FL_COMPRESSED), without that CRC test, and we inflate it.
        return {true, 0};
    }
    return {deflate, level};
}

// Lays out entries, in one of two ways: on a patchable file the local header is rewritten once
// the sizes are known (the most widely read form); on a plain stream (the inner ZIP, which
// flows into an outer entry) the sizes follow the data in a data descriptor.
class ZipAssembler {
public:
    ZipAssembler(Sink& out, FileSink* patchable, const WriteSettings& settings)
        : out_(out), patchable_(patchable), settings_(settings) {}

    Result<void> add_folder(const InputEntry& input) {
        EntryRecord rec = base_record(input);
        rec.local_offset = out_.position();
        // Folders hold no data, so there is nothing to encrypt (WinZip and 7-Zip leave them so).
        std::vector<std::uint8_t> header;
        append_local_header(header, rec);
        if (auto r = out_.write(header); !r) return r;
        records_.push_back(std::move(rec));
        return {};
    }

    Result<EncodedEntry> add_data(EntryRecord rec, bool deflate, std::uint64_t bound,
                                  std::span<const unsigned char> password, const Produce& produce) {
        rec.local_offset = out_.position();
        rec.local_zip64 = bound >= zip32_limit;
        rec.zipcrypto = !password.empty() && settings_.legacy_zipcrypto;
        rec.encrypted = !password.empty() && !rec.zipcrypto;
        // ZipCrypto's header holds a check byte from the CRC, unknown before the data, or from
        // the time when the sizes follow in a data descriptor: so a descriptor it is.
        rec.data_descriptor = patchable_ == nullptr || rec.zipcrypto;
        const EntryPlan plan = plan_entry(deflate, rec.encrypted, settings_.deflate_level);
        deflate = plan.deflate;
        const int level = plan.level;
        rec.method = deflate ? method_deflate : method_store;
        std::vector<std::uint8_t> header;
        append_local_header(header, rec);
        if (auto r = out_.write(header); !r) return r.error();
        auto encoder = EntryEncoder::create(out_, deflate, level, password, scratch_, rec.zipcrypto,
                                            static_cast<std::uint8_t>(rec.dos_time >> 8));
        if (!encoder) return encoder.error();
        if (auto r = produce(*encoder); !r) return r.error();
        auto encoded = encoder->finish();
        if (!encoded) return encoded.error();
        rec.compressed_size = encoded->compressed_size;
        rec.uncompressed_size = encoded->uncompressed_size;
        rec.crc32 = rec.encrypted ? 0 : encoded->crc32;  // AE-2: no CRC anywhere in the file
        if (!rec.local_zip64 && (rec.compressed_size >= zip32_limit || rec.uncompressed_size >= zip32_limit))
            return make_error(Errc::conflict, "grew while read: " + rec.name);
        if (auto r = close_entry(rec, header); !r) return r.error();
        records_.push_back(std::move(rec));
        return encoded;
    }

    // An entry encoded beforehand (on another thread): its sizes are known, so the local
    // header is final from the start and needs neither patching nor a data descriptor.
    Result<void> add_encoded(EntryRecord rec, bool encrypted, const EntryPlan& plan, const EncodedEntry& encoded,
                             std::span<const std::uint8_t> bytes) {
        rec.local_offset = out_.position();
        rec.zipcrypto = encrypted && settings_.legacy_zipcrypto;
        rec.encrypted = encrypted && !rec.zipcrypto;
        rec.data_descriptor = rec.zipcrypto;  // its check byte came from the time, as above
        rec.method = plan.deflate ? method_deflate : method_store;
        rec.compressed_size = encoded.compressed_size;
        rec.uncompressed_size = encoded.uncompressed_size;
        rec.crc32 = rec.encrypted ? 0 : encoded.crc32;
        rec.local_zip64 = rec.compressed_size >= zip32_limit || rec.uncompressed_size >= zip32_limit;
        std::vector<std::uint8_t> header;
        append_local_header(header, rec);
        if (auto r = out_.write(header); !r) return r;
        if (auto r = out_.write(bytes); !r) return r;
        if (rec.data_descriptor) {
            header.clear();
            append_data_descriptor(header, rec);
            if (auto r = out_.write(header); !r) return r;
        }
        records_.push_back(std::move(rec));
        return {};
    }

    Result<void> finish() {
        const std::uint64_t directory_offset = out_.position();
        std::vector<std::uint8_t> directory;
        for (const EntryRecord& rec : records_) append_central_header(directory, rec);
        const std::uint64_t directory_size = directory.size();
        append_end_records(directory, records_.size(), directory_offset, directory_size, settings_.force_zip64);
        return out_.write(directory);
    }

    std::uint64_t position() const { return out_.position(); }

    EntryRecord base_record(const InputEntry& input) const {
        EntryRecord rec;
        rec.name = input.name;
        const DosTime t = dos_time_from(input.mtime);
        rec.dos_time = t.time;
        rec.dos_date = t.date;
        rec.unix_mode = input.mode;
        return rec;
    }

private:
    Result<void> close_entry(const EntryRecord& rec, std::vector<std::uint8_t>& header) {
        header.clear();
        if (rec.data_descriptor) {
            append_data_descriptor(header, rec);
            return out_.write(header);
        }
        append_local_header(header, rec);
        return patchable_->patch(rec.local_offset, header);
    }

    Sink& out_;
    FileSink* patchable_;
    const WriteSettings& settings_;
    std::vector<EntryRecord> records_;
    ByteBuffer scratch_;
};

bool choose_deflate(Compression compression, const std::string& name, std::span<const std::uint8_t> head) {
    switch (compression) {
        case Compression::deflate: return true;
        case Compression::store: return false;
        case Compression::automatic: break;
    }
    if (looks_compressed(name, head)) return false;
    return deflate_helps(head.first(std::min(head.size(), trial_bytes)));
}

// One file through the assembler: the first chunk is read before the header is written, so
// that the choice of deflate or store can look at it.
Result<EncodedEntry> add_file(ZipAssembler& zip, const InputEntry& input, std::span<const unsigned char> password,
                              const WriteSettings& settings, std::span<std::uint8_t> buffer) {
    InputFile file;
    if (auto r = file.open(input); !r) return r.error();
    auto first = file.read(buffer);
    if (!first) return first.error();
    const std::size_t first_size = *first;
    const bool deflate = choose_deflate(settings.compression, input.name, buffer.first(first_size));
    auto produce = [&](Sink& sink) -> Result<void> {
        std::size_t got = first_size;
        for (;;) {
            if (settings.stop.stop_requested()) return make_error(Errc::cancelled, "archive");
            if (auto r = sink.write(buffer.first(got)); !r) return r;
            if (got < buffer.size()) return {};
            auto next = file.read(buffer);
            if (!next) return next.error();
            got = *next;
        }
    };
    return zip.add_data(zip.base_record(input), deflate, size_bound(input.size), password, produce);
}

// Files up to this size are read, compressed and encrypted whole on worker threads, a batch
// at a time, and written in order: an e-mail set is many small files, and on two cores this
// halves its time. Larger files stream through one thread (their memory stays bounded).
constexpr std::uint64_t small_file_bytes = 1U << 20;
constexpr std::size_t batch_files = 8;

class MemorySink final : public Sink {
public:
    explicit MemorySink(ByteBuffer& bytes) : bytes_(bytes) {}
    Result<void> write(std::span<const std::uint8_t> data) override {
        if (!data.empty()) std::memcpy(bytes_.grow(data.size()), data.data(), data.size());
        return {};
    }
    std::uint64_t position() const override { return bytes_.size(); }

private:
    ByteBuffer& bytes_;
};

struct EncodedFile {
    Result<EncodedEntry> result = EncodedEntry{};
    EntryPlan plan;
    ByteBuffer bytes;  // the entry's data as it goes into the archive
};

Result<EncodedEntry> encode_small(const InputEntry& input, std::span<const unsigned char> password,
                                  const WriteSettings& settings, EncodedFile& out) {
    InputFile file;
    if (auto r = file.open(input); !r) return r.error();
    ByteBuffer plain;
    for (;;) {  // to the end, even if the file grew since it was listed
        const std::size_t before = plain.size();
        const std::size_t want = std::max<std::size_t>(static_cast<std::size_t>(input.size) + 1, 64 * 1024);
        auto got = file.read(std::span(plain.grow(want), want));
        if (!got) return got.error();
        plain.resize_down(before + *got);
        if (*got < want) break;
    }
    const std::span<const std::uint8_t> data(plain.data(), plain.size());
    const bool legacy = !password.empty() && settings.legacy_zipcrypto;
    out.plan = plan_entry(choose_deflate(settings.compression, input.name, data), !password.empty() && !legacy,
                          settings.deflate_level);
    MemorySink sink(out.bytes);
    ByteBuffer scratch;
    const auto check_byte = static_cast<std::uint8_t>(dos_time_from(input.mtime).time >> 8);
    auto encoder = EntryEncoder::create(sink, out.plan.deflate, out.plan.level, password, scratch, legacy, check_byte);
    if (!encoder) return encoder.error();
    if (auto r = encoder->write(data); !r) return r.error();
    return encoder->finish();
}

// Runs job(0..count-1) on up to `count` threads (this one included).
Result<void> run_parallel(std::size_t count, const std::function<void(std::size_t)>& job) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) job(i);
    };
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, count);
    try {
        std::vector<std::jthread> helpers;
        for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
        work();
    } catch (const std::system_error&) {
        return make_error(Errc::internal, "start worker thread");
    }
    return {};
}

Result<void> add_batch(ZipAssembler& zip, std::span<const InputEntry> batch, std::span<const unsigned char> password,
                       const WriteSettings& settings, WrittenArchive& written) {
    std::vector<EncodedFile> encoded(batch.size());
    auto job = [&](std::size_t i) { encoded[i].result = encode_small(batch[i], password, settings, encoded[i]); };
    if (auto r = run_parallel(batch.size(), job); !r) return r;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!encoded[i].result) return encoded[i].result.error();
        const EncodedEntry& e = *encoded[i].result;
        const std::uint64_t at = zip.position();
        auto r = zip.add_encoded(zip.base_record(batch[i]), !password.empty(), encoded[i].plan, e,
                                 std::span<const std::uint8_t>(encoded[i].bytes.data(), encoded[i].bytes.size()));
        if (!r) return r;
        written.entries.push_back({batch[i].name, !password.empty(), e.crc32, e.uncompressed_size, at,
                                   !password.empty() && settings.legacy_zipcrypto});
        written.content_bytes += e.uncompressed_size;
    }
    return {};
}

Result<void> add_all(ZipAssembler& zip, const std::vector<InputEntry>& inputs, std::span<const unsigned char> password,
                     const WriteSettings& settings, WrittenArchive& written) {
    ByteBuffer buffer;  // one read buffer for every streamed file
    const std::span<std::uint8_t> chunk(buffer.grow(read_chunk_bytes), read_chunk_bytes);
    auto small = [](const InputEntry& e) { return !e.is_directory && e.size <= small_file_bytes; };
    for (std::size_t i = 0; i < inputs.size();) {
        if (settings.stop.stop_requested()) return make_error(Errc::cancelled, "archive");
        const InputEntry& input = inputs[i];
        if (small(input)) {
            std::size_t end = i;
            while (end < inputs.size() && end - i < batch_files && small(inputs[end])) ++end;
            if (auto r = add_batch(zip, std::span(inputs).subspan(i, end - i), password, settings, written); !r)
                return r;
            i = end;
            continue;
        }
        const std::uint64_t at = zip.position();
        if (input.is_directory) {
            if (auto r = zip.add_folder(input); !r) return r;
            written.entries.push_back({input.name, false, 0, 0, at});
        } else {
            auto encoded = add_file(zip, input, password, settings, chunk);
            if (!encoded) return encoded.error();
            written.entries.push_back({input.name, !password.empty(), encoded->crc32, encoded->uncompressed_size, at,
                                       !password.empty() && settings.legacy_zipcrypto});
            written.content_bytes += encoded->uncompressed_size;
        }
        ++i;
    }
    return zip.finish();
}

}  // namespace

Result<WrittenArchive> write_archive(FileSink& sink, const std::vector<InputEntry>& inputs,
                                     const WriteSettings& settings) {
    WrittenArchive written;
    ZipAssembler outer(sink, &sink, settings);
    if (!settings.hide_names) {
        if (auto r = add_all(outer, inputs, settings.password, settings, written); !r) return r.error();
        return written;
    }
    // hide_names: an unencrypted inner ZIP streams into the one encrypted entry. Its entries
    // are compressed where that helps, so the outer entry is stored.
    WrittenArchive inner_written;
    std::uint64_t bound = 1024;
    for (const InputEntry& input : inputs) bound += size_bound(input.size) + 2 * input.name.size() + 200;
    auto produce = [&](Sink& sink_of_entry) -> Result<void> {
        ZipAssembler inner(sink_of_entry, nullptr, settings);
        return add_all(inner, inputs, {}, settings, inner_written);
    };
    InputEntry hidden;
    hidden.name = std::string(hidden_entry_name);
    hidden.mtime = ::time(nullptr);
    hidden.mode = 0100600;
    const std::uint64_t at = outer.position();
    auto encoded = outer.add_data(outer.base_record(hidden), false, bound, settings.password, produce);
    if (!encoded) return encoded.error();
    if (auto r = outer.finish(); !r) return r.error();
    written.entries.push_back({hidden.name, true, encoded->crc32, encoded->uncompressed_size, at,
                               settings.legacy_zipcrypto});
    written.content_bytes = inner_written.content_bytes;
    written.inner_entries = std::move(inner_written.entries);
    return written;
}

}  // namespace sanitize::attach::detail
