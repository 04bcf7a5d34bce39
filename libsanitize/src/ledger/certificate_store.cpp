// Central certificates: files kept in the ledger by SHA-256 and named by certificate.files events,
// so that an auditor finds every certificate in one place instead of on each workstation.
#include <sodium.h>

#include "ledger/canonical_json.hpp"
#include "ledger/payloads.hpp"
#include "ledger/store.hpp"
#include "util/hex.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::ledger {

namespace {

std::span<const std::uint8_t> bytes_of(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string sha256_hex(std::span<const std::uint8_t> bytes) {
    util::ensure_sodium_initialized();
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), bytes.data(), bytes.size());
    return util::to_hex(digest);
}

}  // namespace

Result<Event> Ledger::store_certificate_files(const keys::SecretKey& actor, std::string_view certificate_id,
                                              std::span<const StoredFile> files, const AppendOptions& options) {
    std::vector<CertificateFileRow> rows;
    std::vector<std::uint64_t> sizes;
    for (const StoredFile& file : files) {
        rows.push_back({std::string(certificate_id), file.name, sha256_hex(bytes_of(file.bytes)), 0});
        sizes.push_back(file.bytes.size());
    }
    auto payload = detail::checked_canonical_text(detail::certificate_files_payload(certificate_id, rows, sizes));
    if (!payload) return payload.error();
    // The bytes first, each in its own statement: content by its hash is harmless on its own,
    // and the event that names it then finds it.
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (auto ok = store_->put_blob(rows[i].sha256, bytes_of(files[i].bytes)); !ok) return ok.error();
    }
    return append(actor, Draft{EventType::certificate_files, std::move(*payload)}, options);
}

Result<std::vector<StoredFile>> Ledger::certificate_files(std::string_view certificate_id) {
    if (certificate_id.empty()) return make_error(Errc::invalid_argument, "certificate id");
    auto rows = store_->read_certificate_files(certificate_id);
    if (!rows) return rows.error();
    std::vector<StoredFile> files;
    for (const CertificateFileRow& row : *rows) {
        auto bytes = store_->read_blob(row.sha256);
        if (!bytes) return bytes.error();
        if (!*bytes || sha256_hex(**bytes) != row.sha256) return make_error(Errc::integrity_failure, "blob " + row.sha256);
        files.push_back({row.name, std::string((*bytes)->begin(), (*bytes)->end())});
    }
    return files;
}

Result<std::vector<std::string>> Ledger::stored_certificates() {
    auto rows = store_->read_certificate_files("");
    if (!rows) return rows.error();
    std::vector<std::string> ids;
    for (const CertificateFileRow& row : *rows) {
        if (ids.empty() || ids.back() != row.certificate_id) ids.push_back(row.certificate_id);
    }
    return ids;
}

}  // namespace sanitize::ledger
