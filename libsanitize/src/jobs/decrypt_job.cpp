// decrypt_folder: identities from their files, then the library's extraction; its errors named
// as an auditor reads them (authentication failures say little on purpose, as age's do).
#include <memory>

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

Error named(Error error, const std::filesystem::path& input) {
    if (error.code == Errc::integrity_failure) error.reason = Reason::archive_tampered;
    if (error.code == Errc::wrong_passphrase) error.reason = Reason::no_identity_matches;
    if (error.path.empty()) error.path = input.string();
    return error;
}

}  // namespace

Result<crypt::FolderStats> decrypt_folder(DecryptRequest request, std::stop_token stop) {
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
