// Inclusion proofs as JSON documents, and their offline check.
#include <nlohmann/json.hpp>

#include "keys/base64.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/event_json.hpp"
#include "ledger/merkle.hpp"
#include "sanitize/ledger_proof.hpp"

namespace sanitize::ledger {

namespace {

using json = nlohmann::json;

constexpr std::string_view proof_format = "sanitize.inclusion-proof/1";

Error malformed(std::string_view field) { return make_error(Errc::malformed_input, "proof " + std::string(field)); }
Error failed(std::string_view what) { return make_error(Errc::integrity_failure, std::string(what)); }

// The event's hash from its own fields: a proof names no hash it cannot back.
Hash recomputed_hash(const Event& e, std::string_view ledger_id) {
    const std::string type(event_type_name(e.type));
    if (e.origin.empty()) return detail::event_hash({e.prev_hash, e.seq, e.time, type, e.actor, e.payload});
    const Hash entry = detail::entry_hash({ledger_id, e.origin, e.time, type, e.actor, e.payload});
    return detail::synced_hash(e.prev_hash, e.seq, entry);
}

}  // namespace

std::string inclusion_proof_json(const InclusionProof& proof) {
    json path = json::array();
    for (const MerkleHash& node : proof.path) path.push_back(detail::to_hex(node));
    const json document = {
        {"format", proof_format},
        {"event", detail::event_to_json(proof.event)},
        {"leaf_index", proof.event.seq - 1},
        {"tree_size", proof.tree_size},
        {"path", std::move(path)},
        {"checkpoint", proof.checkpoint},
    };
    return document.dump(2) + "\n";
}

Result<InclusionProof> parse_inclusion_proof(std::string_view text) {
    const json document = json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) return malformed("json");
    if (document.value("format", "") != proof_format) return malformed("format");
    auto event = detail::event_from_json(document.value("event", json()));
    if (!event) return event.error();
    const json size = document.value("tree_size", json());
    const json path = document.value("path", json());
    const json checkpoint = document.value("checkpoint", json());
    if (!size.is_number_integer()) return malformed("tree_size");
    if (!path.is_array() || path.size() > 64) return malformed("path");
    if (!checkpoint.is_string()) return malformed("checkpoint");
    InclusionProof proof{std::move(*event), size.get<std::int64_t>(), {}, checkpoint.get<std::string>()};
    for (const json& node : path) {
        const auto hash = node.is_string() ? detail::from_hex<32>(node.get<std::string>()) : std::nullopt;
        if (!hash) return malformed("path");
        proof.path.push_back(*hash);
    }
    return proof;
}

Result<void> verify_inclusion_proof(const InclusionProof& proof, const ProofVerifyOptions& options) {
    auto note = parse_signed_note(proof.checkpoint);
    if (!note) return note.error();
    auto checkpoint = parse_checkpoint_body(note->body);
    if (!checkpoint) return checkpoint.error();
    constexpr std::string_view prefix = "sanitize-ledger/";
    if (!checkpoint->origin.starts_with(prefix)) return failed("checkpoint origin");
    const std::string ledger_id = checkpoint->origin.substr(prefix.size());
    bool trusted = false;
    for (const keys::PublicKey& key : options.checkpoint_keys) trusted = trusted || note_signed_by(*note, key);
    if (!trusted) return failed("checkpoint signature");
    const Event& e = proof.event;
    if (recomputed_hash(e, ledger_id) != e.hash) return failed("event hash");
    if (proof.tree_size != checkpoint->size || e.seq < 1) return failed("tree size");
    const auto index = static_cast<std::uint64_t>(e.seq - 1);
    if (!merkle_inclusion_valid(detail::merkle_leaf(e.hash), index, static_cast<std::uint64_t>(checkpoint->size),
                                proof.path, checkpoint->root)) {
        return failed("merkle path");
    }
    if (!options.certificate_sha256.empty()) {
        const json payload = json::parse(e.payload, nullptr, false);
        const bool same = e.type == EventType::wipe_certificate && payload.is_object() &&
                          payload.value("sha256", "") == options.certificate_sha256;
        if (!same) return failed("certificate sha256");
    }
    return {};
}

}  // namespace sanitize::ledger
