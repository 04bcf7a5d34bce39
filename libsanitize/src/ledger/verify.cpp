#include "ledger/verify.hpp"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

#include "ledger/canonical_json.hpp"
#include "ledger/checkpoint_anchors.hpp"
#include "ledger/chain_rules.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/key_text.hpp"
#include "ledger/payloads.hpp"

namespace sanitize::ledger::detail {

namespace {

// An asset as the events left it: a digest of its row rather than the row, so that memory grows
// by a few dozen bytes per asset and not at all per event.
struct AssetState {
    Hash digest{};
    std::int64_t seq = 0;
    bool seen = false;
};

// Length-prefixed fields: no two rows share an input, and no JSON step can throw on a row an
// attacker filled with invalid UTF-8.
Hash asset_digest(const Asset& a) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, hash_bytes);
    auto add = [&state](std::string_view text) {
        const std::string length = std::to_string(text.size()) + ':';
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(length.data()), length.size());
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    };
    for (const std::string* field : {&a.asset_id, &a.name, &a.remarks, &a.department, &a.owner, &a.user_scope,
                                     &a.media_location, &a.retention, &a.status}) {
        add(*field);
    }
    add(std::to_string(a.classification));
    add(std::to_string(a.updated_seq));
    Hash digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    return digest;
}

class RebuiltState final : public ChainView {
public:
    std::map<std::string, KeyRow, std::less<>> keys;
    std::map<std::string, AssetState, std::less<>> assets;
    std::map<std::string, std::int64_t, std::less<>> outboxes;  // the last n synced from each
    std::vector<CertificateFileRow> certificate_files;

    Result<std::optional<KeyRow>> key(std::string_view key_id) override {
        const auto it = keys.find(key_id);
        if (it == keys.end()) return std::optional<KeyRow>{};
        return std::optional<KeyRow>{it->second};
    }
    Result<bool> asset_exists(std::string_view asset_id) override { return assets.contains(asset_id); }
    Result<bool> origin_is_next(std::string_view outbox_id, std::int64_t n) override {
        const auto it = outboxes.find(outbox_id);
        return n == (it == outboxes.end() ? 0 : it->second) + 1;
    }

    void apply(const Effect& effect, std::int64_t seq, std::string_view origin) {
        if (const auto parsed = parse_origin(origin)) outboxes[parsed->outbox_id] = parsed->n;
        if (const auto* files = std::get_if<AddCertificateFiles>(&effect)) {
            certificate_files.insert(certificate_files.end(), files->files.begin(), files->files.end());
        }
        if (const auto* put = std::get_if<PutAsset>(&effect)) {
            assets[put->asset.asset_id] = AssetState{asset_digest(put->asset), seq, false};
        } else if (const auto* add = std::get_if<AddKey>(&effect)) {
            keys[add->key.key_id] = add->key;
        } else if (const auto* revoke = std::get_if<RevokeKey>(&effect)) {
            keys[revoke->key_id].revoked_seq = seq;
        }
    }
};

struct Verdict {
    Problem problem = Problem::none;
    std::string detail;
};

struct Walk {
    const MetaRow& meta;
    const keys::PublicKey& root;
    RebuiltState state;
    Hash prev_hash{};
    Hash signed_hash{};  // what the current event's signature covers: its hash, or its entry hash
    CheckpointAnchors anchors{};
};

// Hash, link and canonical form: the bytes themselves, before anyone's rules.
Verdict check_bytes(const StoredEvent& row, Walk& walk) {
    const auto prev = from_hex<hash_bytes>(row.prev_hash);
    if (!prev || *prev != walk.prev_hash) return {Problem::broken_link, "prev_hash"};
    const auto actor = keys::parse_key_id_hex(row.actor);
    const auto stored = from_hex<hash_bytes>(row.hash);
    if (!actor || !stored) return {Problem::hash_mismatch, "hash"};
    if (row.origin.empty()) {
        walk.signed_hash = event_hash({*prev, row.seq, row.time, row.type, *actor, row.payload});
        if (walk.signed_hash != *stored) return {Problem::hash_mismatch, "hash"};
    } else {
        walk.signed_hash = entry_hash({walk.meta.ledger_id, row.origin, row.time, row.type, *actor, row.payload});
        if (synced_hash(*prev, row.seq, walk.signed_hash) != *stored) return {Problem::hash_mismatch, "hash"};
    }
    if (!parse_event_type(row.type)) return {Problem::malformed_payload, "type"};
    if (!parse_time_text(row.time)) return {Problem::malformed_payload, "time"};
    auto canonical = canonicalize(row.payload);
    if (!canonical || *canonical != row.payload) return {Problem::malformed_payload, "payload not canonical"};
    return {};
}

Verdict check_genesis(const StoredEvent& row, const EventHeader& header, const Walk& walk) {
    const bool first = row.seq == 1;
    if (first != (header.type == EventType::ledger_init)) {
        return {first ? Problem::meta_mismatch : Problem::malformed_payload, "ledger.init"};
    }
    if (!first) return {};
    auto payload = parse_strict(row.payload);
    auto meta = payload ? meta_from_init_payload(*payload) : Result<MetaRow>(payload.error());
    if (!meta || *meta != walk.meta) return {Problem::meta_mismatch, "ledger_meta"};
    return {};
}

// The rules: a known key, its signature, its rights, and what the event does.
Verdict check_rules(const StoredEvent& row, Walk& walk) {
    const EventHeader header{row.seq, *parse_event_type(row.type), row.time, row.actor};
    if (Verdict genesis = check_genesis(row, header, walk); genesis.problem != Problem::none) return genesis;
    auto signer = find_signer(walk.state, walk.root, header);
    if (!signer) return {Problem::unknown_key, "key " + row.actor};
    if (const auto* problem = std::get_if<Problem>(&*signer)) return {*problem, "key " + row.actor};
    const Signer& found = std::get<Signer>(*signer);
    const auto signature = from_hex<keys::signature_bytes>(row.signature);
    if (!signature || !signature_valid(found.public_key, walk.signed_hash, *signature)) {
        return {Problem::bad_signature, "key " + row.actor};
    }
    if (const Problem why = permission(found, header); why != Problem::none) return {why, "key " + row.actor};
    auto order = check_origin(walk.state, row.origin);
    if (!order || *order != Problem::none) return {Problem::malformed_payload, "origin " + row.origin};
    auto effect = interpret(walk.state, header, *parse_strict(row.payload), walk.root);
    if (!effect) return {Problem::malformed_payload, effect.error().context};
    walk.state.apply(*effect, row.seq, row.origin);
    return {};
}

VerifyReport fail(VerifyReport report, Problem problem, std::int64_t seq, std::string detail) {
    report.problem = problem;
    report.first_bad_seq = seq;
    report.detail = std::move(detail);
    return report;
}

// Reports the walk to options.progress, rate-limited; the total is the last seq of the snapshot,
// which is the chain's length when the chain is intact.
class ProgressReporter {
public:
    ProgressReporter(const VerifyOptions& options, std::int64_t total) : options_(options), total_(total) {}
    void update(std::int64_t checked, bool force = false) {
        if (!options_.progress) return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last_ < options_.progress_interval) return;
        last_ = now;
        options_.progress(checked, std::max(total_, checked));
    }

private:
    const VerifyOptions& options_;
    std::int64_t total_;
    std::chrono::steady_clock::time_point last_{};
};

Result<std::int64_t> chain_length(Store& store) {
    auto last = store.last_event();
    if (!last) return last.error();
    return last->has_value() ? (*last)->seq : 0;
}

// Streams the events page by page; stops at the first bad one, or at a stop request between
// events (a few microseconds each), so that Cancel answers at once.
Result<VerifyReport> walk_chain(Store& store, Walk& walk, const VerifyOptions& options) {
    VerifyReport report;
    const std::size_t page = options.page_size == 0 ? 1000 : options.page_size;
    auto total = chain_length(store);
    if (!total) return total.error();
    ProgressReporter progress(options, *total);
    progress.update(0, true);
    for (;;) {
        if (options.stop.stop_requested()) return make_error(Errc::cancelled, "ledger verify");
        auto rows = store.read_events({.after_seq = report.head.seq, .limit = page, .time_from = {}, .time_to = {}});
        if (!rows) return rows.error();
        for (const StoredEvent& row : *rows) {
            if ((row.seq & 0xFF) == 0) {
                if (options.stop.stop_requested()) return make_error(Errc::cancelled, "ledger verify");
                progress.update(report.events_checked);
            }
            const std::int64_t expected = report.head.seq + 1;
            if (row.seq != expected) return fail(report, Problem::sequence_gap, expected, "next is " + std::to_string(row.seq));
            Verdict verdict = check_bytes(row, walk);
            if (verdict.problem == Problem::none) verdict = check_rules(row, walk);
            if (verdict.problem != Problem::none) return fail(report, verdict.problem, row.seq, verdict.detail);
            walk.prev_hash = *from_hex<hash_bytes>(row.hash);
            report.head = {row.seq, walk.prev_hash};
            ++report.events_checked;
            const auto& anchor = options.expected_head;
            if (anchor && anchor->seq == row.seq && anchor->hash != walk.prev_hash) {
                return fail(report, Problem::head_mismatch, row.seq, "expected head");
            }
            if (const auto size = walk.anchors.add(row.seq, walk.prev_hash)) {
                return fail(report, Problem::checkpoint_mismatch, row.seq, "checkpoint root at size " + std::to_string(*size));
            }
        }
        if (rows->size() < page) break;
    }
    progress.update(report.events_checked, true);
    if (report.events_checked == 0) return fail(report, Problem::sequence_gap, 1, "no events");
    if (options.expected_head && options.expected_head->seq > report.head.seq) {
        return fail(report, Problem::head_mismatch, options.expected_head->seq, "expected head beyond the chain");
    }
    if (const auto size = walk.anchors.beyond(report.head.seq)) {
        return fail(report, Problem::head_mismatch, *size, "checkpoint beyond the chain");
    }
    return report;
}

Result<std::optional<Verdict>> compare_assets(Store& store, RebuiltState& state, std::int64_t& seq) {
    std::string after;
    for (;;) {
        auto rows = store.read_assets(after, 1000);
        if (!rows) return rows.error();
        for (const Asset& row : *rows) {
            const auto it = state.assets.find(row.asset_id);
            seq = it == state.assets.end() ? 0 : it->second.seq;
            if (it == state.assets.end() || it->second.digest != asset_digest(row)) {
                return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "asset " + row.asset_id}};
            }
            it->second.seen = true;
            after = row.asset_id;
        }
        if (rows->size() < 1000) break;
    }
    for (const auto& [id, asset] : state.assets) {
        seq = asset.seq;
        if (!asset.seen) return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "asset " + id}};
    }
    return std::optional<Verdict>{};
}

Result<std::optional<Verdict>> compare_keys(Store& store, const RebuiltState& state, std::int64_t& seq) {
    auto rows = store.read_keys();
    if (!rows) return rows.error();
    for (const KeyRow& row : *rows) {
        const auto it = state.keys.find(row.key_id);
        seq = it == state.keys.end() ? 0 : it->second.registered_seq;
        if (it == state.keys.end() || it->second != row) {
            return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "key " + row.key_id}};
        }
    }
    if (rows->size() != state.keys.size()) {
        seq = 0;
        return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "keys missing"}};
    }
    return std::optional<Verdict>{};
}

// The stored certificate files are what the certificate.files events say, and every blob's bytes
// hash to its name, so that `cert get` gives back what was stored.
Result<std::optional<Verdict>> compare_certificate_files(Store& store, const RebuiltState& state, std::int64_t& seq) {
    auto rows = store.read_certificate_files("");
    if (!rows) return rows.error();
    std::vector<CertificateFileRow> expected = state.certificate_files;
    std::sort(expected.begin(), expected.end(), [](const CertificateFileRow& a, const CertificateFileRow& b) {
        return std::tie(a.certificate_id, a.name) < std::tie(b.certificate_id, b.name);
    });
    for (std::size_t i = 0; i < std::max(rows->size(), expected.size()); ++i) {
        if (i < rows->size() && i < expected.size() && (*rows)[i] == expected[i]) continue;
        const CertificateFileRow& named = i < expected.size() ? expected[i] : (*rows)[i];
        seq = i < expected.size() ? named.seq : 0;
        return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "certificate " + named.certificate_id + " " + named.name}};
    }
    std::set<std::string, std::less<>> blobs;
    for (std::string after;;) {
        auto page = store.blob_digests(after, 256);
        if (!page) return page.error();
        for (const Store::BlobDigest& blob : *page) {
            seq = 0;
            if (blob.sha256 != blob.actual) return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "blob " + blob.sha256}};
            blobs.insert(blob.sha256);
        }
        if (page->size() < 256) break;
        after = page->back().sha256;
    }
    for (const CertificateFileRow& file : expected) {
        seq = file.seq;
        if (!blobs.contains(file.sha256)) return std::optional<Verdict>{Verdict{Problem::projection_mismatch, "blob " + file.sha256}};
    }
    return std::optional<Verdict>{};
}

Result<VerifyReport> verify_in_snapshot(Store& store, const VerifyOptions& options) {
    auto meta = store.read_meta();
    if (!meta) return meta.error();
    if (!meta->has_value()) return fail({}, Problem::meta_mismatch, 0, "ledger_meta missing");
    auto root = decode_public_key_line((*meta)->root_public_key);
    if (!root || (*meta)->format_version != format_version) return fail({}, Problem::meta_mismatch, 0, "ledger_meta");
    if (options.trusted_root && *options.trusted_root != *root) return fail({}, Problem::meta_mismatch, 0, "root key");
    auto anchors = CheckpointAnchors::parse(options.checkpoints);
    if (!anchors) return anchors.error();
    if (const auto origin = anchors->foreign_origin((*meta)->ledger_id)) {
        return fail({}, Problem::checkpoint_mismatch, 0, "checkpoint of " + *origin);
    }
    Walk walk{**meta, *root, {}, {}, {}, std::move(*anchors)};
    auto report = walk_chain(store, walk, options);
    if (!report || !report->ok()) return report;
    if (const auto size = walk.anchors.unsigned_by(*root, walk.state.keys)) {
        return fail(*report, Problem::checkpoint_mismatch, 0, "checkpoint at size " + std::to_string(*size) + " signature");
    }
    std::int64_t seq = 0;
    auto assets = compare_assets(store, walk.state, seq);
    if (!assets) return assets.error();
    if (*assets) return fail(*report, (*assets)->problem, seq, (*assets)->detail);
    auto keys_verdict = compare_keys(store, walk.state, seq);
    if (!keys_verdict) return keys_verdict.error();
    if (*keys_verdict) return fail(*report, (*keys_verdict)->problem, seq, (*keys_verdict)->detail);
    auto files_verdict = compare_certificate_files(store, walk.state, seq);
    if (!files_verdict) return files_verdict.error();
    if (*files_verdict) return fail(*report, (*files_verdict)->problem, seq, (*files_verdict)->detail);
    return report;
}

}  // namespace

Result<VerifyReport> verify_store(Store& store, const VerifyOptions& options) {
    if (auto ok = store.begin(Store::Mode::read); !ok) return ok.error();
    Transaction transaction(store);
    return verify_in_snapshot(store, options);
}

}  // namespace sanitize::ledger::detail
