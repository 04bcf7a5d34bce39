// Checking an auditor's bundle without the database: the signed checkpoint over every event's
// hash, the full events against those hashes, their signatures under the keys the bundle's key
// events register, and the certificates' files against their certificate.files events.
#include <nlohmann/json.hpp>

#include <map>

#include "ledger/bundle_tar.hpp"
#include "ledger/canonical_json.hpp"
#include "ledger/chain_rules.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/event_json.hpp"
#include "ledger/key_text.hpp"
#include "ledger/merkle.hpp"
#include "ledger/payloads.hpp"
#include "sanitize/ledger_bundle.hpp"
#include "sanitize/ledger_proof.hpp"
#include "util/hex.hpp"
#include "util/sodium_init.hpp"

#include <sodium.h>

namespace sanitize::ledger {

namespace {

using json = nlohmann::json;

// The keys as the bundle's key events register them, replayed in seq order.
class BundleKeys final : public detail::ChainView {
public:
    std::map<std::string, KeyRow, std::less<>> keys;
    Result<std::optional<KeyRow>> key(std::string_view key_id) override {
        const auto it = keys.find(key_id);
        return it == keys.end() ? std::optional<KeyRow>{} : std::optional<KeyRow>{it->second};
    }
    // A bundle holds a period, not every asset or outbox entry: those rules are the full verify's.
    Result<bool> asset_exists(std::string_view) override { return false; }
    Result<bool> origin_is_next(std::string_view, std::int64_t) override { return true; }
};

struct Bundle {
    json meta;
    std::string ledger_id;
    keys::PublicKey root;
    SignedNote note;
    Checkpoint checkpoint;
    std::string hashes;
    std::vector<Event> events;
    std::map<std::string, std::string> members;
};

Hash hash_at(const Bundle& b, std::int64_t seq) {
    Hash hash{};
    std::copy_n(b.hashes.begin() + (seq - 1) * 32, 32, hash.begin());
    return hash;
}

Result<std::vector<Event>> parse_events(const std::string& text) {
    std::vector<Event> events;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const json line = json::parse(std::string_view(text).substr(start, end - start), nullptr, false);
        start = end + 1;
        auto event = detail::event_from_json(line);
        if (!event) return make_error(Errc::malformed_input, "bundle events.jsonl");
        events.push_back(std::move(*event));
    }
    return events;
}

Result<Bundle> open_bundle(const std::string& path) {
    auto members = detail::read_tar(path);
    if (!members) return members.error();
    Bundle b;
    auto member = [&](const char* name) -> const std::string* {
        const auto it = members->find(name);
        return it == members->end() ? nullptr : &it->second;
    };
    const std::string* meta = member("bundle.json");
    const std::string* note = member("checkpoint");
    const std::string* hashes = member("hashes.bin");
    const std::string* events = member("events.jsonl");
    if (meta == nullptr || note == nullptr || hashes == nullptr || events == nullptr) return make_error(Errc::malformed_input, "bundle members");
    b.meta = json::parse(*meta, nullptr, false);
    if (!b.meta.is_object() || b.meta.value("format", "") != bundle_format) return make_error(Errc::malformed_input, "bundle.json");
    b.ledger_id = b.meta.value("ledger_id", "");
    auto root = detail::decode_public_key_line(b.meta.value("root_public_key", ""));
    if (!root) return make_error(Errc::malformed_input, "bundle.json root_public_key");
    b.root = *root;
    auto signed_note = parse_signed_note(*note);
    if (!signed_note) return signed_note.error();
    b.note = std::move(*signed_note);
    auto checkpoint = parse_checkpoint_body(b.note.body);
    if (!checkpoint) return checkpoint.error();
    b.checkpoint = std::move(*checkpoint);
    b.hashes = *hashes;
    auto parsed = parse_events(*events);
    if (!parsed) return parsed.error();
    b.events = std::move(*parsed);
    b.members = std::move(*members);
    return b;
}

std::optional<std::string> check_tree(const Bundle& b) {
    if (b.checkpoint.origin != checkpoint_origin(b.ledger_id)) return "checkpoint origin";
    if (b.hashes.size() != static_cast<std::size_t>(b.checkpoint.size) * 32) return "hashes.bin size";
    detail::MerkleAccumulator tree;
    for (std::int64_t seq = 1; seq <= b.checkpoint.size; ++seq) tree.add(detail::merkle_leaf(hash_at(b, seq)));
    if (tree.root() != b.checkpoint.root) return "checkpoint root";
    return std::nullopt;
}

// One full event: its bytes against the tree, then its signer under the keys so far.
std::optional<std::string> check_event(const Bundle& b, const Event& e, BundleKeys& keys) {
    const std::string where = "event " + std::to_string(e.seq);
    if (e.seq < 1 || e.seq > b.checkpoint.size || e.hash != hash_at(b, e.seq)) return where + " hash";
    if (e.prev_hash != (e.seq == 1 ? Hash{} : hash_at(b, e.seq - 1))) return where + " link";
    const std::string type(event_type_name(e.type));
    const std::string actor = keys::key_id_hex(e.actor);
    Hash signed_hash = detail::event_hash({e.prev_hash, e.seq, e.time, type, e.actor, e.payload});
    Hash chained = signed_hash;
    if (!e.origin.empty()) {
        signed_hash = detail::entry_hash({b.ledger_id, e.origin, e.time, type, e.actor, e.payload});
        chained = detail::synced_hash(e.prev_hash, e.seq, signed_hash);
    }
    if (chained != e.hash) return where + " hash";
    const detail::EventHeader header{e.seq, e.type, e.time, actor};
    auto signer = detail::find_signer(keys, b.root, header);
    if (!signer || std::holds_alternative<Problem>(*signer)) return where + " signer";
    const detail::Signer& found = std::get<detail::Signer>(*signer);
    if (!detail::signature_valid(found.public_key, signed_hash, e.signature)) return where + " signature";
    if (detail::permission(found, header) != Problem::none) return where + " permission";
    auto payload = detail::parse_strict(e.payload);
    if (!payload) return where + " payload";
    if (e.type == EventType::key_register || e.type == EventType::key_revoke) {
        auto effect = detail::interpret(keys, header, *payload, b.root);
        if (!effect) return where + " key event";
        if (const auto* add = std::get_if<detail::AddKey>(&*effect)) keys.keys[add->key.key_id] = add->key;
        if (const auto* revoke = std::get_if<detail::RevokeKey>(&*effect)) keys.keys[revoke->key_id].revoked_seq = e.seq;
    }
    return std::nullopt;
}

std::string sha256_hex(const std::string& bytes) {
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return util::to_hex(digest);
}

// Every file under certificates/ is listed, with its hash, by a certificate.files event of the
// bundle, and every file such an event lists is there.
std::optional<std::string> check_files(const Bundle& b, std::int64_t& checked) {
    std::map<std::string, std::string> listed;  // "ID/NAME" -> sha256
    for (const Event& e : b.events) {
        if (e.type != EventType::certificate_files) continue;
        auto payload = detail::parse_strict(e.payload);
        auto rows = payload ? detail::certificate_files_from_payload(*payload, e.seq) : Result<std::vector<CertificateFileRow>>(payload.error());
        if (!rows) return "event " + std::to_string(e.seq) + " payload";
        for (const CertificateFileRow& row : *rows) listed[row.certificate_id + "/" + row.name] = row.sha256;
    }
    constexpr std::string_view prefix = "certificates/";
    for (const auto& [name, bytes] : b.members) {
        if (!name.starts_with(prefix)) continue;
        const auto it = listed.find(name.substr(prefix.size()));
        if (it == listed.end() || it->second != sha256_hex(bytes)) return "file " + name;
        ++checked;
    }
    for (const auto& [name, sha256] : listed) {
        if (!b.members.contains(std::string(prefix) + name)) return "file " + std::string(prefix) + name + " missing";
    }
    return std::nullopt;
}

// The checkpoint's signer: the root key, or a key the bundle registers to an admin or auditor,
// not revoked by the checkpoint's size.
std::optional<std::string> checkpoint_signer(const Bundle& b, const BundleKeys& keys) {
    if (note_signed_by(b.note, b.root)) return keys::key_id_hex(b.root.id);
    for (const auto& [id, row] : keys.keys) {
        const bool witness = row.role == role_name(Role::admin) || row.role == role_name(Role::auditor);
        if (!witness || (row.revoked_seq && *row.revoked_seq <= b.checkpoint.size)) continue;
        auto key = detail::decode_public_key_line(row.public_key);
        if (key && note_signed_by(b.note, *key)) return id;
    }
    return std::nullopt;
}

BundleReport verdict(BundleReport report, std::string problem) {
    report.ok = false;
    report.problem = std::move(problem);
    return report;
}

}  // namespace

Result<BundleReport> verify_bundle(const std::string& path, const BundleVerifyOptions& options) {
    util::ensure_sodium_initialized();
    auto bundle = open_bundle(path);
    if (!bundle) return bundle.error();
    BundleReport report;
    report.tree_size = bundle->checkpoint.size;
    if (options.trusted_root && *options.trusted_root != bundle->root) return verdict(report, "root key");
    if (auto problem = check_tree(*bundle)) return verdict(report, *problem);
    BundleKeys keys;
    std::int64_t previous = 0;
    for (const Event& event : bundle->events) {
        if (event.seq <= previous) return verdict(report, "event " + std::to_string(event.seq) + " order");
        previous = event.seq;
        if (auto problem = check_event(*bundle, event, keys)) return verdict(report, *problem);
        ++report.events_checked;
    }
    if (bundle->events.empty() || bundle->events.front().seq != 1) return verdict(report, "genesis missing");
    auto genesis = detail::parse_strict(bundle->events.front().payload);
    auto meta = genesis ? detail::meta_from_init_payload(*genesis) : Result<MetaRow>(genesis.error());
    if (!meta || meta->ledger_id != bundle->ledger_id || meta->root_public_key != detail::public_key_line(bundle->root)) {
        return verdict(report, "genesis");
    }
    auto signer = checkpoint_signer(*bundle, keys);
    if (!signer) return verdict(report, "checkpoint signature");
    report.checkpoint_signer = *signer;
    if (auto problem = check_files(*bundle, report.files_checked)) return verdict(report, *problem);
    report.ok = true;
    return report;
}

}  // namespace sanitize::ledger
