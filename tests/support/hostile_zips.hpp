// Crafted ZIP archives from which stock extractors (7-Zip, bsdtar) take plaintext out, while a
// reader that trusts the central directory alone sees only AES-256 entries (issue 20, item 17).
// They are built with the library's own record writers, so that only the crafted part differs
// from what `sanitize attach` writes. Shared by the library's tests and the CLI's.
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "attach/winzip_aes.hpp"
#include "attach/zip_records.hpp"

namespace sanitize::test::zip {

namespace ad = sanitize::attach::detail;

using Bytes = std::vector<std::uint8_t>;

// What every crafted archive hides: a checker that passes it has let this out unencrypted.
inline const std::string hidden_text = "社外秘 the plaintext that no check may miss\n";
inline const std::string hidden_name = "secret.txt";

struct Entry {
    ad::EntryRecord record;
    Bytes data;  // what follows the local header: ciphertext for AES entries
};

// CRC-32 (ZIP's polynomial), bit by bit: a few bytes here, no zlib needed.
inline std::uint32_t crc32_of(const std::string& text) {
    std::uint32_t crc = 0xFFFFFFFFU;
    for (const char c : text) {
        crc ^= static_cast<std::uint8_t>(c);
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

inline Entry stored_plaintext(const std::string& name, const std::string& content) {
    Entry entry;
    entry.record.name = name;
    entry.record.crc32 = crc32_of(content);
    entry.record.compressed_size = content.size();
    entry.record.uncompressed_size = content.size();
    entry.record.unix_mode = 0100644;
    entry.data.assign(content.begin(), content.end());
    return entry;
}

inline Entry empty_folder(const std::string& name) {
    Entry entry;
    entry.record.name = name;
    entry.record.unix_mode = 040755;
    return entry;
}

// WinZip AES-256, AE-2, stored: what `sanitize attach` writes for a file, less the deflate.
inline Entry aes_file(const std::string& name, const std::string& content, const std::string& password) {
    auto aes = ad::AesEntryEncryptor::create(
        std::span(reinterpret_cast<const unsigned char*>(password.data()), password.size()));
    if (!aes) throw std::runtime_error("AesEntryEncryptor::create");
    Entry entry;
    entry.record.name = name;
    entry.record.encrypted = true;
    entry.record.uncompressed_size = content.size();
    entry.record.unix_mode = 0100644;
    const auto header = aes->header();
    entry.data.assign(header.begin(), header.end());
    Bytes body(content.begin(), content.end());
    if (!aes->encrypt(body)) throw std::runtime_error("encrypt");
    entry.data.insert(entry.data.end(), body.begin(), body.end());
    auto mac = aes->mac();
    if (!mac) throw std::runtime_error("mac");
    entry.data.insert(entry.data.end(), mac->begin(), mac->end());
    entry.record.compressed_size = entry.data.size();
    return entry;
}

// Appends each entry's local header and data, recording where it starts.
inline void append_locals(Bytes& out, std::vector<Entry>& entries) {
    for (Entry& entry : entries) {
        entry.record.local_offset = out.size();
        ad::append_local_header(out, entry.record);
        out.insert(out.end(), entry.data.begin(), entry.data.end());
    }
}

// Appends the central directory listing `listed`, then the end records (ZIP64 ones too, if asked).
inline void append_directory(Bytes& out, const std::vector<Entry>& listed, bool force_zip64 = false) {
    const std::uint64_t directory_offset = out.size();
    for (const Entry& entry : listed) ad::append_central_header(out, entry.record);
    ad::append_end_records(out, listed.size(), directory_offset, out.size() - directory_offset, force_zip64);
}

// The entries of an honest protected archive: a file and an empty folder.
inline std::vector<Entry> protected_entries(const std::string& password) {
    return {aes_file("報告書.txt", "持ち出し記録: 媒体 12 消去済み\n", password), empty_folder("空のフォルダ/")};
}

// The local headers and data of the hidden plaintext entry, then of the protected ones.
inline Bytes hidden_then_protected(std::vector<Entry>& hidden, std::vector<Entry>& entries) {
    Bytes out;
    append_locals(out, hidden);
    append_locals(out, entries);
    return out;
}

// Locals, directory and end records, nothing crafted: the control that every check passes.
inline Bytes honest_archive(const std::string& password) {
    std::vector<Entry> entries = protected_entries(password);
    Bytes out;
    append_locals(out, entries);
    append_directory(out, entries);
    return out;
}

// The ZIP64 end record lists a plaintext file beside the protected entries; the 32-bit end
// record after it says zero entries, zero bytes, offset zero, where a writer would saturate.
inline Bytes zip64_with_zero_end_fields(const std::string& password) {
    std::vector<Entry> entries = protected_entries(password);
    entries.insert(entries.begin(), stored_plaintext(hidden_name, hidden_text));
    Bytes out;
    append_locals(out, entries);
    append_directory(out, entries, true);
    // The 32-bit end record is the last 22 bytes: entries (2 + 2), size (4), offset (4) zeroed.
    std::fill(out.end() - 14, out.end() - 2, std::uint8_t{0});
    return out;
}

// The directory names an empty folder "folder/" whose data (a non-zero compressed size) is a
// local header naming a plaintext file: two records of one entry that disagree.
inline Bytes folder_hiding_plaintext(const std::string& password) {
    std::vector<Entry> hidden{stored_plaintext(hidden_name, hidden_text)};
    std::vector<Entry> entries = protected_entries(password);
    Bytes out = hidden_then_protected(hidden, entries);
    ad::EntryRecord folder = empty_folder("folder/").record;
    folder.compressed_size = hidden.front().record.compressed_size;
    folder.local_offset = 0;
    entries.insert(entries.begin(), Entry{folder, {}});
    append_directory(out, entries);
    return out;
}

// A plaintext entry before the first listed one, in no directory record.
inline Bytes unlisted_plaintext_first(const std::string& password) {
    std::vector<Entry> hidden{stored_plaintext(hidden_name, hidden_text)};
    std::vector<Entry> entries = protected_entries(password);
    Bytes out = hidden_then_protected(hidden, entries);
    append_directory(out, entries);
    return out;
}

}  // namespace sanitize::test::zip
