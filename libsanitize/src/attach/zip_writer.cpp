#include "attach/zip_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
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
    Result<std::size_t> read(std::vector<std::uint8_t>& buffer) {
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
        rec.data_descriptor = patchable_ == nullptr;
        rec.encrypted = !password.empty();
        rec.method = deflate ? method_deflate : method_store;
        std::vector<std::uint8_t> header;
        append_local_header(header, rec);
        if (auto r = out_.write(header); !r) return r.error();
        auto encoder = EntryEncoder::create(out_, deflate, settings_.deflate_level, password);
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
                              const WriteSettings& settings) {
    InputFile file;
    if (auto r = file.open(input); !r) return r.error();
    std::vector<std::uint8_t> buffer(read_chunk_bytes);
    auto first = file.read(buffer);
    if (!first) return first.error();
    const std::size_t first_size = *first;
    const bool deflate = choose_deflate(settings.compression, input.name, std::span(buffer).first(first_size));
    auto produce = [&](Sink& sink) -> Result<void> {
        std::size_t got = first_size;
        for (;;) {
            if (settings.stop.stop_requested()) return make_error(Errc::cancelled, "archive");
            if (auto r = sink.write(std::span(buffer).first(got)); !r) return r;
            if (got < buffer.size()) return {};
            auto next = file.read(buffer);
            if (!next) return next.error();
            got = *next;
        }
    };
    return zip.add_data(zip.base_record(input), deflate, size_bound(input.size), password, produce);
}

Result<void> add_all(ZipAssembler& zip, const std::vector<InputEntry>& inputs, std::span<const unsigned char> password,
                     const WriteSettings& settings, WrittenArchive& written) {
    for (const InputEntry& input : inputs) {
        if (settings.stop.stop_requested()) return make_error(Errc::cancelled, "archive");
        const std::uint64_t at = zip.position();
        if (input.is_directory) {
            if (auto r = zip.add_folder(input); !r) return r;
            written.entries.push_back({input.name, false, 0, 0, at});
            continue;
        }
        auto encoded = add_file(zip, input, password, settings);
        if (!encoded) return encoded.error();
        written.entries.push_back({input.name, !password.empty(), encoded->crc32, encoded->uncompressed_size, at});
        written.content_bytes += encoded->uncompressed_size;
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
    written.entries.push_back({hidden.name, true, encoded->crc32, encoded->uncompressed_size, at});
    written.content_bytes = inner_written.content_bytes;
    return written;
}

}  // namespace sanitize::attach::detail
