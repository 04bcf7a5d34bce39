// Drives sanitize::attach::create_archive() for bench/attach_bench.sh: one archive per run,
// the whole job timed (key derivation, writing, the libzip read-back check, hashing, rename).
//
//   attach_bench_driver OUTPUT INPUT... [--level N] [--hide-names] < password-file
//
// The password comes on stdin, never in argv. Prints one line: seconds, archive bytes, entries.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "sanitize/attach.hpp"
#include "sanitize/secret.hpp"

namespace {

sanitize::SecretBuffer read_password() {
    sanitize::SecretBuffer buffer(1024);
    std::size_t got = 0;
    while (got < buffer.size()) {
        const ssize_t n = ::read(STDIN_FILENO, buffer.bytes().data() + got, buffer.size() - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    while (got > 0 && (buffer.bytes()[got - 1] == '\n' || buffer.bytes()[got - 1] == '\r')) --got;
    buffer.shrink(got);
    return buffer;
}

}  // namespace

int main(int argc, char** argv) {
    sanitize::attach::ArchiveOptions options;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--level" && i + 1 < args.size()) {
            options.deflate_level = std::atoi(args[++i].c_str());
        } else if (args[i] == "--hide-names") {
            options.hide_names = true;
        } else if (options.output.empty()) {
            options.output = args[i];
        } else {
            options.inputs.emplace_back(args[i]);
        }
    }
    if (options.output.empty() || options.inputs.empty()) {
        std::fprintf(stderr, "usage: attach_bench_driver OUTPUT INPUT... [--level N] [--hide-names] < password\n");
        return 2;
    }
    const sanitize::SecretBuffer password = read_password();
    options.password = password.bytes();
    const auto start = std::chrono::steady_clock::now();
    auto made = sanitize::attach::create_archive(options);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (!made) {
        std::fprintf(stderr, "attach_bench_driver: %s %s\n", std::string(sanitize::errc_name(made.error().code)).c_str(),
                     made.error().context.c_str());
        return 1;
    }
    std::printf("seconds=%.3f archive_bytes=%llu entries=%llu content_bytes=%llu\n", took.count(),
                static_cast<unsigned long long>(made->archive_bytes), static_cast<unsigned long long>(made->entry_count),
                static_cast<unsigned long long>(made->content_bytes));
    return 0;
}
