// The operator's key on the data partition, unlocked with a typed passphrase, or on an
// unattended station with the passphrase file beside it (docs/station.md says what that costs).
#include "sanitize/files.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

constexpr std::size_t max_passphrase_bytes = 1024;

}  // namespace

Result<keys::SecretKey> unlock_operator_key(const DataPartition& data, std::span<const unsigned char> passphrase) {
    const std::string path = data.path("operator.key");
    Result<std::string> text = jobs::read_key_file(path);
    if (!text) return text.error();
    return jobs::unlock_key(path, *text, passphrase);
}

Result<SecretBuffer> unattended_passphrase(const DataPartition& data) {
    const std::string path = data.path("operator.pass");
    Result<SecretBuffer> file = files::read_small_secret_file(path, max_passphrase_bytes);
    if (!file) return about_path(file.error(), path);
    // The first line, without its line break.
    std::size_t length = 0;
    const auto bytes = file->bytes();
    while (length < bytes.size() && bytes[length] != '\n' && bytes[length] != '\r') ++length;
    file->shrink(length);
    return file;
}

}  // namespace sanitize::station
