// Sealing and opening a carry-out's manifest: the list of files as JSON, encrypted with age to
// the auditors, its SHA-256 kept beside it in the clear.
#include <sodium.h>

#include <array>
#include <nlohmann/json.hpp>

#include "sanitize/jobs/manifest.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::jobs {
namespace {

constexpr std::string_view manifest_format = "sanitize.carry-out-manifest/1";

std::string sha256_hex(std::string_view text) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

std::string base64_of(std::span<const std::uint8_t> bytes) {
    std::string text(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.size() - 1);  // the terminating NUL sodium writes
    return text;
}

Result<std::vector<std::uint8_t>> bytes_of_base64(std::string_view text) {
    std::vector<std::uint8_t> bytes(text.size() / 4 * 3 + 3);
    std::size_t length = 0;
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0) {
        return make_error(Errc::malformed_input, "manifest: not base64");
    }
    bytes.resize(length);
    return bytes;
}

Result<std::vector<crypt::FolderFile>> files_of(const std::string& text) {
    const nlohmann::json manifest = nlohmann::json::parse(text, nullptr, false);
    const auto files = manifest.is_object() ? manifest.find("files") : manifest.end();
    if (!manifest.is_object() || manifest.value("format", "") != manifest_format || files == manifest.end() ||
        !files->is_array()) {
        return make_error(Errc::malformed_input, "manifest");
    }
    std::vector<crypt::FolderFile> list;
    for (const nlohmann::json& file : *files) {
        if (!file.is_object() || !file.value("name", nlohmann::json()).is_string() ||
            !file.value("sha256", nlohmann::json()).is_string() || !file.value("size", nlohmann::json()).is_number_unsigned()) {
            return make_error(Errc::malformed_input, "manifest file");
        }
        list.push_back({file["name"].get<std::string>(), file["size"].get<std::uint64_t>(), file["sha256"].get<std::string>()});
    }
    return list;
}

}  // namespace

Result<std::vector<crypt::X25519Recipient>> parse_auditor_recipients(std::string_view text) {
    std::vector<crypt::X25519Recipient> recipients;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(' ', at);
        if (start == std::string_view::npos) break;
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string_view word = text.substr(start, end - start);
        Result<crypt::X25519Recipient> recipient = crypt::X25519Recipient::parse(word);
        if (!recipient) {
            Error error = make_error(Errc::invalid_argument, "auditor_recipients");
            error.detail = std::string(word);
            return error;
        }
        recipients.push_back(*recipient);
        at = end;
    }
    return recipients;
}

std::string manifest_text(std::span<const crypt::FolderFile> files) {
    nlohmann::json list = nlohmann::json::array();
    for (const crypt::FolderFile& file : files) {
        list.push_back({{"name", file.name}, {"sha256", file.sha256}, {"size", file.size}});
    }
    // Keys sorted (nlohmann's object is a std::map) and no blanks: one text for one list.
    return nlohmann::json{{"files", std::move(list)}, {"format", manifest_format}}.dump();
}

Result<SealedManifest> seal_manifest(std::span<const crypt::FolderFile> files, std::span<const crypt::X25519Recipient> auditors) {
    if (auditors.empty()) return make_error(Errc::invalid_argument, "manifest: no auditor recipients");
    util::ensure_sodium_initialized();
    const std::string text = manifest_text(files);
    std::vector<std::uint8_t> sealed;
    const crypt::Sink collect = [&](std::span<const std::uint8_t> bytes) -> Result<void> {
        sealed.insert(sealed.end(), bytes.begin(), bytes.end());
        return {};
    };
    std::vector<const crypt::Recipient*> recipients;
    for (const crypt::X25519Recipient& auditor : auditors) recipients.push_back(&auditor);
    Result<crypt::Encryptor> encryptor = crypt::Encryptor::create(recipients, collect);
    if (!encryptor) return encryptor.error();
    if (auto written = encryptor->write({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}); !written) {
        return written.error();
    }
    if (auto finished = encryptor->finish(); !finished) return finished.error();
    SealedManifest manifest;
    manifest.sha256 = sha256_hex(text);
    for (const crypt::X25519Recipient& auditor : auditors) {
        manifest.recipient_fingerprints.push_back(crypt::recipient_fingerprint(auditor));
    }
    manifest.age_base64 = base64_of(sealed);
    return manifest;
}

Result<std::vector<crypt::FolderFile>> open_manifest(std::string_view age_base64, std::string_view sha256,
                                                     std::span<const crypt::Identity* const> identities) {
    util::ensure_sodium_initialized();
    Result<std::vector<std::uint8_t>> sealed = bytes_of_base64(age_base64);
    if (!sealed) return sealed.error();
    std::string text;
    crypt::Decryptor decryptor = crypt::Decryptor::create(identities, [&](std::span<const std::uint8_t> bytes) -> Result<void> {
        text.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        return {};
    });
    Result<void> opened = decryptor.write(*sealed);
    if (opened) opened = decryptor.finish();
    if (!opened) {
        Error error = opened.error();
        if (error.code == Errc::wrong_passphrase) error.reason = Reason::no_identity_matches;
        if (error.code == Errc::integrity_failure) error.reason = Reason::archive_tampered;
        return error;
    }
    if (sha256_hex(text) != sha256) {
        Error error = make_error(Errc::integrity_failure, Reason::manifest_mismatch, "manifest");
        error.expected = std::string(sha256);
        return error;
    }
    return files_of(text);
}

}  // namespace sanitize::jobs
