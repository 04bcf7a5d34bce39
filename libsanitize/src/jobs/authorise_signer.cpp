// The ledger's signing rules, asked before a job's work rather than after it: an operator whose
// key cannot sign the record should learn it before hours of wiping, not after.
#include <chrono>

#include "sanitize/jobs.hpp"

namespace sanitize::jobs {

Result<ledger::KeyRecord> authorise_signer(ledger::Ledger& ledger, const keys::PublicKey& key, ledger::EventType type) {
    Result<std::optional<ledger::KeyRecord>> found = ledger.find_key(key.id);
    if (!found) return found.error();
    const std::string key_name = "key " + keys::key_id_hex(key.id);
    if (!found->has_value()) return make_error(Errc::refused, key_name + ": not registered in the ledger");
    const ledger::KeyRecord& record = **found;
    if (!(record.public_key == key)) {
        return make_error(Errc::refused, key_name + ": the ledger registered another public key under this id");
    }
    if (record.revoked_seq) {
        return make_error(Errc::refused, key_name + ": revoked at seq " + std::to_string(*record.revoked_seq));
    }
    const std::string now = ledger::time_text(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (now < record.valid_from || !(now < record.valid_until)) {
        return make_error(Errc::refused, key_name + ": valid only in [" + record.valid_from + ", " + record.valid_until + ")");
    }
    if (!ledger::role_may_write(record.role, type)) {
        return make_error(Errc::refused, key_name + ": role " + std::string(ledger::role_name(record.role)) +
                                             " may not sign " + std::string(ledger::event_type_name(type)));
    }
    return record;
}

}  // namespace sanitize::jobs
