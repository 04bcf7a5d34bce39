// One call of the library's folder encryption or decryption, for bench/age_bench.sh, which
// times it and reads its peak memory from outside (/usr/bin/time -v). Until the CLI has these
// commands this is the only way to run them from a shell.
//
//   age_bench_driver encrypt FOLDER OUTPUT RECIPIENT
//   age_bench_driver encrypt-nosync FOLDER OUTPUT RECIPIENT   (the same, without the final fsync)
//   age_bench_driver decrypt INPUT TARGET IDENTITY_FILE
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <span>
#include <string>
#include <vector>

#include "sanitize/age.hpp"

namespace {

using namespace sanitize::crypt;

int fail(const sanitize::Error& error) {
    std::fprintf(stderr, "age_bench_driver: %s: %s\n", std::string(sanitize::errc_name(error.code)).c_str(),
                 error.context.c_str());
    return 1;
}

int encrypt(const char* folder, const char* output, const char* recipient_text) {
    auto recipient = X25519Recipient::parse(recipient_text);
    if (!recipient) return fail(recipient.error());
    const Recipient* recipients[] = {&*recipient};
    auto done = encrypt_folder({folder, recipients, false, {}}, std::filesystem::path(output), {});
    return done ? 0 : fail(done.error());
}

// Through the sink overload, which leaves syncing to the caller: the difference to `encrypt` is
// the cost of making the archive durable.
int encrypt_nosync(const char* folder, const char* output, const char* recipient_text) {
    auto recipient = X25519Recipient::parse(recipient_text);
    if (!recipient) return fail(recipient.error());
    const Recipient* recipients[] = {&*recipient};
    const int fd = ::open(output, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return fail(sanitize::make_error(sanitize::Errc::io_error, output, errno));
    auto done = encrypt_folder({folder, recipients, false, {}}, fd_sink(fd), {});
    ::close(fd);
    return done ? 0 : fail(done.error());
}

int decrypt(const char* input, const char* target, const char* identity_path) {
    std::ifstream in(identity_path, std::ios::binary);
    std::vector<unsigned char> text((std::filesystem::file_size(identity_path)));
    in.read(reinterpret_cast<char*>(text.data()), static_cast<std::streamsize>(text.size()));
    auto identities = parse_identity_file(text);
    if (!identities) return fail(identities.error());
    std::vector<const Identity*> ids;
    for (const auto& identity : *identities) ids.push_back(&identity);
    auto done = decrypt_to_folder({input, target, ids, 0, {}}, {});
    return done ? 0 : fail(done.error());
}

}  // namespace

int main(int argc, char** argv) {
    const std::span<char*> args(argv, static_cast<std::size_t>(argc));
    if (argc == 5 && std::string(args[1]) == "encrypt") return encrypt(args[2], args[3], args[4]);
    if (argc == 5 && std::string(args[1]) == "encrypt-nosync") return encrypt_nosync(args[2], args[3], args[4]);
    if (argc == 5 && std::string(args[1]) == "decrypt") return decrypt(args[2], args[3], args[4]);
    std::fprintf(stderr, "usage: age_bench_driver encrypt|encrypt-nosync FOLDER OUTPUT RECIPIENT | decrypt INPUT TARGET IDENTITY_FILE\n");
    return 2;
}
