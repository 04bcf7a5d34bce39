// Writing an auditor's bundle: one pass over the ledger for the tree and the events the period
// needs, then the certificates' files.
#include <nlohmann/json.hpp>

#include <set>

#include "keys/base64.hpp"
#include "ledger/bundle_tar.hpp"
#include "ledger/event_json.hpp"
#include "ledger/key_text.hpp"
#include "sanitize/ledger_bundle.hpp"
#include "sanitize/ledger_proof.hpp"

namespace sanitize::ledger {

namespace {

using json = nlohmann::json;

bool in_period(const Event& event, const BundleOptions& options) {
    return (options.time_from.empty() || event.time >= options.time_from) &&
           (options.time_to.empty() || event.time < options.time_to);
}

std::string certificate_id_of(const Event& event) {
    const json payload = json::parse(event.payload, nullptr, false);
    return payload.is_object() ? payload.value("certificate_id", "") : std::string();
}

// The events the bundle carries in full, and every event's hash.
struct Selection {
    std::string hashes;
    std::string events_jsonl;
    std::int64_t events = 0;
    std::set<std::string> certificates;
};

Result<Selection> select_events(Ledger& ledger, std::int64_t size, const BundleOptions& options) {
    Selection selection;
    for (EventQuery query{.after_seq = 0, .limit = 5000, .time_from = {}, .time_to = {}}; query.after_seq < size;) {
        auto page = ledger.events(query);
        if (!page) return page.error();
        if (page->empty()) break;
        for (const Event& event : *page) {
            if (event.seq > size) break;
            selection.hashes.append(reinterpret_cast<const char*>(event.hash.data()), event.hash.size());
            const bool key_event = event.type == EventType::key_register || event.type == EventType::key_revoke;
            bool wanted = event.seq == 1 || key_event || in_period(event, options);
            if (event.type == EventType::wipe_certificate && in_period(event, options)) {
                selection.certificates.insert(certificate_id_of(event));
            }
            if (event.type == EventType::certificate_files && selection.certificates.contains(certificate_id_of(event))) {
                wanted = true;
            }
            if (!wanted) continue;
            selection.events_jsonl += detail::event_to_json(event).dump() + "\n";
            ++selection.events;
        }
        query.after_seq = page->back().seq;
    }
    return selection;
}

std::string bundle_json(const LedgerInfo& info, std::int64_t size, const BundleOptions& options) {
    return json{{"format", bundle_format},
                {"ledger_id", info.ledger_id},
                {"organisation", info.organisation},
                {"root_public_key", detail::public_key_line(info.root_key)},
                {"time_from", options.time_from},
                {"time_to", options.time_to},
                {"tree_size", size}}
               .dump(2) +
           "\n";
}

// Only a key verify_bundle trusts may sign the checkpoint: the ledger's root key, or a registered
// administrator's or auditor's key not revoked. A bundle signed by another key would be written
// and then fail its own verification, which reads as tampering.
Result<void> check_checkpoint_signer(Ledger& ledger, const keys::PublicKey& key) {
    if (key == ledger.info().root_key) return {};
    auto found = ledger.find_key(key.id);
    if (!found) return found.error();
    const std::optional<KeyRecord>& record = *found;
    if (record && !record->revoked_seq && (record->role == Role::admin || record->role == Role::auditor)) return {};
    Error error = make_error(Errc::refused, Reason::role_may_not_sign, "bundle checkpoint key " + keys::key_id_hex(key.id));
    error.detail = keys::key_id_hex(key.id);
    error.path = "ledger.bundle";  // what the key would sign, as the chain's refusals name it
    return error;
}

}  // namespace

Result<BundleSummary> export_bundle(Ledger& ledger, const std::string& path, const keys::SecretKey& signer,
                                    const BundleOptions& options) {
    if (auto allowed = check_checkpoint_signer(ledger, signer.public_key()); !allowed) return allowed.error();
    auto checkpoint = ledger.checkpoint();
    if (!checkpoint) return checkpoint.error();
    auto signed_files = sign_checkpoint(*checkpoint, signer);
    if (!signed_files) return signed_files.error();
    auto selection = select_events(ledger, checkpoint->size, options);
    if (!selection) return selection.error();
    auto tar = detail::TarWriter::create(path);
    if (!tar) return tar.error();
    for (const auto& [name, bytes] : {std::pair<std::string_view, std::string_view>{"bundle.json", ""},
                                      {"checkpoint", signed_files->note}, {"checkpoint.minisig", signed_files->minisig},
                                      {"hashes.bin", selection->hashes}, {"events.jsonl", selection->events_jsonl}}) {
        const std::string text = name == "bundle.json" ? bundle_json(ledger.info(), checkpoint->size, options) : std::string(bytes);
        if (auto ok = tar->add(name, text); !ok) return ok.error();
    }
    std::int64_t certificates = 0;
    for (const std::string& id : selection->certificates) {
        auto files = ledger.certificate_files(id);
        if (!files) return files.error();
        certificates += files->empty() ? 0 : 1;
        for (const StoredFile& file : *files) {
            if (auto ok = tar->add("certificates/" + id + "/" + file.name, file.bytes); !ok) return ok.error();
        }
    }
    if (auto ok = tar->close(); !ok) return ok.error();
    return BundleSummary{selection->events, certificates, checkpoint->size};
}

}  // namespace sanitize::ledger
