// Opening the ledger and the operator's key, and asking the ledger's signing rules before a
// job's work rather than after it: an operator whose key cannot sign the record should learn it
// before hours of wiping, not after.
#include "sanitize/jobs/signer.hpp"

#include <chrono>

#include "sanitize/files.hpp"

namespace sanitize::jobs {
namespace {

constexpr std::size_t max_key_file_bytes = 64 * 1024;

Error refused(Reason reason, const keys::PublicKey& key, std::string expected = {}) {
    Error error = make_error(Errc::refused, reason, "key " + keys::key_id_hex(key.id));
    error.detail = keys::key_id_hex(key.id);
    error.expected = std::move(expected);
    return error;
}

}  // namespace

Result<ledger::Ledger> open_ledger(const std::string& location, ledger::OpenOptions options) {
    Result<ledger::Ledger> opened = ledger::Ledger::open(location, options);
    if (opened) return opened;
    Error error = opened.error();
    if (error.code == Errc::not_found) error.reason = Reason::ledger_missing;
    // A server's URL may carry a password, which no message and no JSON line may show.
    if (error.path.empty()) error.path = ledger::redacted_location(location);
    return error;
}

Result<std::string> read_key_file(const std::string& path) {
    Result<std::string> text = files::read_small_file(path, max_key_file_bytes);
    if (text) return text;
    Error error = text.error();
    if (error.code == Errc::not_found) error.reason = Reason::key_file_missing;
    error.path = path;
    return error;
}

Result<keys::SecretKey> unlock_key(const std::string& path, std::string_view key_text,
                                   std::span<const unsigned char> passphrase) {
    Result<keys::SecretKey> key = keys::decode_secret_key(key_text, passphrase);
    if (key) return key;
    Error error = key.error();
    error.path = path;
    return error;
}

Result<Signer> open_signer(const std::string& ledger_location, const std::string& key_file,
                           std::span<const unsigned char> passphrase) {
    Result<ledger::Ledger> ledger = open_ledger(ledger_location);
    if (!ledger) return ledger.error();
    Result<std::string> text = read_key_file(key_file);
    if (!text) return text.error();
    Result<keys::SecretKey> key = unlock_key(key_file, *text, passphrase);
    if (!key) return key.error();
    return Signer{std::move(*ledger), std::move(*key)};
}

Result<ledger::KeyRecord> authorise_signer(ledger::Ledger& ledger, const keys::PublicKey& key, ledger::EventType type) {
    Result<std::optional<ledger::KeyRecord>> found = ledger.find_key(key.id);
    if (!found) return found.error();
    // The root key is never registered: it certifies people and signs no work of theirs
    // (expected "root_key" lets a front end say so rather than "register it").
    if (!found->has_value()) return refused(Reason::key_not_registered, key, key == ledger.info().root_key ? "root_key" : "");
    const ledger::KeyRecord& record = **found;
    if (!(record.public_key == key)) return refused(Reason::key_mismatch, key);
    if (record.revoked_seq) return refused(Reason::key_revoked, key, std::to_string(*record.revoked_seq));
    const std::string now = ledger::time_text(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (now < record.valid_from || !(now < record.valid_until)) {
        return refused(Reason::key_not_valid_now, key, "[" + record.valid_from + ", " + record.valid_until + ")");
    }
    if (!ledger::role_may_write(record.role, type)) {
        Error error = refused(Reason::role_may_not_sign, key, std::string(ledger::role_name(record.role)));
        error.path = std::string(ledger::event_type_name(type));
        return error;
    }
    return record;
}

}  // namespace sanitize::jobs
