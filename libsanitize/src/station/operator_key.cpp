// The operator's key on the data partition, unlocked with a typed passphrase, or on an
// unattended station with the passphrase file beside it (docs/station.md says what that costs).
#include "sanitize/files.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

constexpr std::size_t max_key_file_bytes = 4096;
constexpr std::size_t max_passphrase_bytes = 1024;

}  // namespace

Result<keys::SecretKey> unlock_operator_key(const DataPartition& data, std::span<const unsigned char> passphrase) {
    Result<std::string> text = files::read_small_file(data.path("operator.key"), max_key_file_bytes);
    if (!text) return text.error();
    return keys::decode_secret_key(*text, passphrase);
}

Result<SecretBuffer> unattended_passphrase(const DataPartition& data) {
    Result<SecretBuffer> file = files::read_small_secret_file(data.path("operator.pass"), max_passphrase_bytes);
    if (!file) return file.error();
    // The first line, without its line break.
    std::size_t length = 0;
    const auto bytes = file->bytes();
    while (length < bytes.size() && bytes[length] != '\n' && bytes[length] != '\r') ++length;
    file->shrink(length);
    return file;
}

}  // namespace sanitize::station
