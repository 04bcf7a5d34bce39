// Shared by the attachment tests: input trees with Japanese names and known file headers, and
// the stock tools (7z, bsdtar) that must read what we write.
#pragma once

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <map>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "sanitize/attach.hpp"
#include "sanitize/secret.hpp"
#include "temp_dir.hpp"

namespace sanitize::test {

namespace fs = std::filesystem;

inline void write_bytes(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes(fs::file_size(path), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return bytes;
}

inline std::string random_bytes(std::size_t n) {
    std::string s(n, '\0');
    randombytes_buf(s.data(), s.size());
    return s;
}

inline std::string text_bytes(std::size_t n) {
    static const std::string line = "持ち出し記録 2024-04-01: media 12 erased, certificate issued.\n";
    std::string s;
    while (s.size() < n) s += line;
    s.resize(n);
    return s;
}

// The tree every interop test packs: Japanese names, files whose first bytes are well known (a
// known-plaintext attack on ZipCrypto needs exactly that), an empty file, an empty folder, and
// files of a few MiB that are deflated (text) and stored (noise).
struct SampleTree {
    fs::path root;                            // holds the inputs below
    std::vector<fs::path> inputs;             // what create_archive is given
    std::map<std::string, std::string> files; // archive name -> content
    std::vector<std::string> empty_folders;   // archive names, without the trailing '/'
};

inline SampleTree make_sample_tree(const TempDir& dir) {
    SampleTree tree;
    tree.root = fs::path(dir.path()) / "in";
    auto add = [&](const std::string& name, std::string content) {
        write_bytes(tree.root / name, content);
        tree.files[name] = std::move(content);
    };
    add("報告書_2024年度.txt", text_bytes(50'000));
    add("写真.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + random_bytes(20'000));
    add("doc.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + text_bytes(10'000));
    add("empty.txt", "");
    add("資料/データ.bin", random_bytes(3U << 20));
    add("資料/ログ.txt", text_bytes(4U << 20));
    fs::create_directories(tree.root / "空のフォルダ");
    tree.empty_folders.push_back("空のフォルダ");
    for (const char* top : {"報告書_2024年度.txt", "写真.png", "doc.pdf", "empty.txt", "資料", "空のフォルダ"})
        tree.inputs.push_back(tree.root / top);
    return tree;
}

inline std::string as_string(const SecretBuffer& secret) {
    return {reinterpret_cast<const char*>(secret.bytes().data()), secret.size()};
}

inline std::span<const unsigned char> as_bytes(const std::string& s) {
    return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

// Passwords reach 7z and bsdtar through their argv here. The product never does that (argv is
// readable by every local user); in a test's own temp directory with a throwaway password it
// is the only way these stock tools take one non-interactively, and acceptable.
inline ProcessResult seven_zip(std::vector<std::string> args) {
    args.insert(args.begin(), "7z");
    return run_process(args);
}

}  // namespace sanitize::test
