// Shortcuts for the age tests: byte views, files, folder trees, in-memory encryption.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/age.hpp"

namespace sanitize::test {

inline std::span<const std::uint8_t> bytes_of(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

inline SecretBuffer secret_of(std::string_view text) {
    SecretBuffer buffer(text.size());
    std::copy(text.begin(), text.end(), buffer.bytes().begin());
    return buffer;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return text;
}

inline void write_file(const std::filesystem::path& path, std::string_view text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

inline std::string pattern_bytes(std::size_t size, unsigned seed) {
    std::string text(size, '\0');
    std::uint32_t x = seed * 2654435761U + 1;
    for (char& c : text) {
        x = x * 1103515245U + 12345U;
        c = static_cast<char>(x >> 24);
    }
    return text;
}

// A folder with what carry-out folders hold and what breaks naive code: empty files and
// folders, files of exact 64 KiB multiples and one byte around them, Japanese names, symlinks.
inline void make_sample_tree(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    fs::create_directories(root / "空のフォルダ");
    fs::create_directories(root / "sub/deeper");
    write_file(root / "empty.txt", "");
    write_file(root / "報告書_2024年度.txt", "機密: 顧客一覧\n");
    write_file(root / "chunk_exact.bin", pattern_bytes(64 * 1024, 1));
    write_file(root / "chunk_x3.bin", pattern_bytes(3 * 64 * 1024, 2));
    write_file(root / "chunk_plus1.bin", pattern_bytes(64 * 1024 + 1, 3));
    write_file(root / "sub/deeper/small.bin", pattern_bytes(100, 4));
    fs::create_symlink("報告書_2024年度.txt", root / "link_to_report");
    fs::create_symlink("../sub", root / "sub/deeper/up_link");
    ::chmod((root / "sub/deeper/small.bin").c_str(), 0640);
}

// Everything under a root, as "relative path" -> "f:<content>" / "d" / "l:<target>".
inline std::map<std::string, std::string> tree_of(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    std::map<std::string, std::string> tree;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
        const std::string rel = fs::relative(it->path(), root).string();
        if (it->is_symlink()) {
            tree[rel] = "l:" + fs::read_symlink(it->path()).string();
        } else if (it->is_directory()) {
            tree[rel] = "d";
        } else {
            tree[rel] = "f:" + read_file(it->path());
        }
    }
    return tree;
}

inline crypt::Sink string_sink(std::string& out) {
    return [&out](std::span<const std::uint8_t> bytes) -> Result<void> {
        out.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        return {};
    };
}

inline std::string encrypt_to_string(std::string_view plaintext, std::vector<const crypt::Recipient*> recipients,
                                     bool armor = false) {
    std::string out;
    auto encryptor = crypt::Encryptor::create(recipients, string_sink(out), armor);
    if (!encryptor || !encryptor->write(bytes_of(plaintext)) || !encryptor->finish()) {
        throw std::runtime_error("encrypt failed");
    }
    return out;
}

struct Decrypted {
    Result<void> result;
    std::string plaintext;  // all that was released, also when decryption failed later
};

inline Decrypted decrypt_string(std::string_view file, std::vector<const crypt::Identity*> identities,
                                std::size_t piece = 4096) {
    Decrypted out{{}, {}};
    auto decryptor = crypt::Decryptor::create(identities, string_sink(out.plaintext));
    for (std::size_t i = 0; i < file.size(); i += piece) {
        out.result = decryptor.write(bytes_of(file.substr(i, piece)));
        if (!out.result) return out;
    }
    out.result = decryptor.finish();
    return out;
}

}  // namespace sanitize::test
