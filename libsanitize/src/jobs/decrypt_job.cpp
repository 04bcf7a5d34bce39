// decrypt_folder: identities from their files, then the library's extraction; its errors named
// as an auditor reads them (authentication failures say little on purpose, as age's do).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <memory>
#include <string_view>

#include "sanitize/files.hpp"
#include "sanitize/jobs/decrypt.hpp"

namespace sanitize::jobs {
namespace {

constexpr std::size_t max_identity_file_bytes = 1024 * 1024;

}  // namespace

Result<std::vector<crypt::X25519Identity>> read_identity_files(const std::vector<std::string>& paths) {
    std::vector<crypt::X25519Identity> identities;
    for (const std::string& path : paths) {
        Result<SecretBuffer> secret = files::read_small_secret_file(path, max_identity_file_bytes);
        if (!secret) {
            Error error = secret.error();
            error.path = path;
            return error;
        }
        Result<std::vector<crypt::X25519Identity>> parsed = crypt::parse_identity_file(secret->bytes());
        if (!parsed) {
            Error error = parsed.error();
            error.path = path;
            return error;
        }
        for (auto& identity : *parsed) identities.push_back(std::move(identity));
    }
    return identities;
}

namespace {
// The first bytes of every age file (age-encryption.org/v1), and of an armored one: enough to
// tell an age file from anything else before a passphrase is asked for or progress shown.
constexpr std::string_view age_intro = "age-encryption.org/v1\n";
constexpr std::string_view armored_intro = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr std::string_view zip_intro = "PK\x03\x04";

Error not_age(const std::filesystem::path& input, const char* what) {
    Error error = make_error(Errc::malformed_input, "not an age file");
    error.path = input.string();
    error.detail = what;
    return error;
}

Result<void> check_age_intro(const std::filesystem::path& input) {
    const int fd = ::open(input.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        Error error = make_error(errc_from_errno(errno), "open " + input.string(), errno);
        error.path = input.string();
        return error;
    }
    std::array<char, 256> head{};
    std::size_t got = 0;
    while (got < head.size()) {
        const ssize_t n = ::read(fd, head.data() + got, head.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    std::string_view text(head.data(), got);
    if (text.starts_with(age_intro)) return {};
    if (text.starts_with(zip_intro)) return not_age(input, "zip_archive");
    // Armor may have white space before its first line (armor.hpp).
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text.substr(first).starts_with(armored_intro)) return {};
    return not_age(input, "not_age_file");
}

Error named(Error error, const std::filesystem::path& input) {
    if (error.code == Errc::integrity_failure) error.reason = Reason::archive_tampered;
    if (error.code == Errc::wrong_passphrase) error.reason = Reason::no_identity_matches;
    if (error.path.empty()) error.path = input.string();
    return error;
}

}  // namespace

Result<void> check_decrypt_request(const DecryptRequest& request) {
    struct stat st {};
    if (::lstat(request.output.c_str(), &st) == 0) {
        Error error = make_error(Errc::refused, Reason::output_exists, "target exists: " + request.output.string());
        error.path = request.output.string();
        error.detail = "folder";
        return error;
    }
    return check_age_intro(request.input);
}

Result<crypt::FolderStats> decrypt_folder(DecryptRequest request, std::stop_token stop) {
    if (Result<void> checked = check_decrypt_request(request); !checked) return checked.error();
    Result<std::vector<crypt::X25519Identity>> x25519 = read_identity_files(request.identity_files);
    if (!x25519) return x25519.error();
    std::unique_ptr<crypt::ScryptIdentity> scrypt;
    if (request.passphrase) scrypt = std::make_unique<crypt::ScryptIdentity>(std::move(*request.passphrase));
    std::vector<const crypt::Identity*> identities;
    for (const auto& identity : *x25519) identities.push_back(&identity);
    if (scrypt) identities.push_back(scrypt.get());
    if (identities.empty()) return make_error(Errc::invalid_argument, Reason::no_identity_matches, "no identity");
    crypt::DecryptFolderOptions options;
    options.input = request.input;
    options.target = request.output;
    options.identities = identities;
    options.on_progress = request.on_progress;
    Result<crypt::FolderStats> stats = crypt::decrypt_to_folder(options, stop);
    if (!stats) return named(stats.error(), request.input);
    return stats;
}

}  // namespace sanitize::jobs
