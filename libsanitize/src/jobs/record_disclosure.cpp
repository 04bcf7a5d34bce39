// The attachment.disclosure event: what was sent, to whom, how it was protected.
#include <nlohmann/json.hpp>

#include "sanitize/jobs/records.hpp"
#include "util/hex.hpp"

namespace sanitize::jobs {

Result<ledger::Event> record_disclosure(ledger::Ledger& ledger, const keys::SecretKey& sender,
                                        const DisclosureRecord& record) {
    if (record.classification < 0 || record.classification > 2) {
        return make_error(Errc::invalid_argument, "classification " + std::to_string(record.classification));
    }
    const attach::Disclosure& disclosure = record.disclosure;
    nlohmann::json payload = {
        {"archive", record.archive_name},
        {"recipient", record.recipient},
        {"classification", record.classification},
        {"archive_sha256", util::to_hex(disclosure.sha256)},
        {"archive_bytes", disclosure.archive_bytes},
        {"entries", disclosure.entry_count},
        {"content_bytes", disclosure.content_bytes},
        {"encryption", attach::encryption_name(disclosure.encryption)},
        {"names_hidden", disclosure.names_hidden},
    };
    if (!record.asset_id.empty()) payload["asset_id"] = record.asset_id;
    return ledger.append(sender, ledger::Draft{ledger::EventType::attachment_disclosure, payload.dump()});
}

}  // namespace sanitize::jobs
