// The ledger's side of checkpoints and proofs: the Merkle root of its events, and the path of one
// event under a checkpoint it matches.
#include <algorithm>

#include "ledger/chain.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/merkle.hpp"
#include "ledger/store.hpp"
#include "sanitize/ledger_proof.hpp"

namespace sanitize::ledger {

namespace {

// The leaf hashes of events 1..size, read in one snapshot, a page at a time.
Result<std::vector<MerkleHash>> leaves_up_to(Store& store, std::int64_t size) {
    std::vector<MerkleHash> leaves;
    leaves.reserve(static_cast<std::size_t>(size));
    while (static_cast<std::int64_t>(leaves.size()) < size) {
        const std::int64_t after = static_cast<std::int64_t>(leaves.size());
        const auto limit = static_cast<std::size_t>(std::min<std::int64_t>(size - after, 10000));
        auto rows = store.read_events({.after_seq = after, .limit = limit, .time_from = {}, .time_to = {}});
        if (!rows) return rows.error();
        if (rows->empty()) return make_error(Errc::not_found, "event " + std::to_string(after + 1));
        for (const StoredEvent& row : *rows) {
            const auto hash = detail::from_hex<hash_bytes>(row.hash);
            if (row.seq != static_cast<std::int64_t>(leaves.size()) + 1 || !hash) {
                return make_error(Errc::integrity_failure, "event " + std::to_string(row.seq));
            }
            leaves.push_back(detail::merkle_leaf(*hash));
        }
    }
    return leaves;
}

}  // namespace

Result<Checkpoint> Ledger::checkpoint() {
    if (auto ok = store_->begin(Store::Mode::read); !ok) return ok.error();
    Transaction transaction(*store_);
    auto last = store_->last_event();
    if (!last) return last.error();
    if (!last->has_value()) return make_error(Errc::not_found, "ledger genesis");
    detail::MerkleAccumulator tree;
    for (std::int64_t after = 0; after < (*last)->seq;) {
        auto rows = store_->read_events({.after_seq = after, .limit = 10000, .time_from = {}, .time_to = {}});
        if (!rows) return rows.error();
        if (rows->empty()) break;
        for (const StoredEvent& row : *rows) {
            const auto hash = detail::from_hex<hash_bytes>(row.hash);
            if (!hash || row.seq != after + 1) return make_error(Errc::integrity_failure, "event " + std::to_string(row.seq));
            tree.add(detail::merkle_leaf(*hash));
            after = row.seq;
        }
    }
    return Checkpoint{checkpoint_origin(info_.ledger_id), static_cast<std::int64_t>(tree.size()), tree.root()};
}

Result<InclusionProof> Ledger::prove(std::int64_t seq, std::string_view signed_checkpoint) {
    auto note = parse_signed_note(signed_checkpoint);
    if (!note) return note.error();
    auto checkpoint = parse_checkpoint_body(note->body);
    if (!checkpoint) return checkpoint.error();
    if (checkpoint->origin != checkpoint_origin(info_.ledger_id)) return make_error(Errc::invalid_argument, "checkpoint origin");
    if (seq < 1 || seq > checkpoint->size) {
        // Not the checkpoint's fault: the event is not under it (detail words it; expected: the seq).
        Error error = make_error(Errc::invalid_argument, "seq " + std::to_string(seq));
        error.detail = "event_not_in_checkpoint";
        error.expected = std::to_string(seq);
        return error;
    }
    if (auto ok = store_->begin(Store::Mode::read); !ok) return ok.error();
    Transaction transaction(*store_);
    auto leaves = leaves_up_to(*store_, checkpoint->size);
    if (!leaves) return leaves.error();
    // A proof under a checkpoint this ledger does not match would prove nothing.
    if (detail::merkle_root(*leaves) != checkpoint->root) return make_error(Errc::integrity_failure, "checkpoint root");
    auto rows = store_->read_events({.after_seq = seq - 1, .limit = 1, .time_from = {}, .time_to = {}});
    if (!rows) return rows.error();
    if (rows->empty()) return make_error(Errc::not_found, "event " + std::to_string(seq));
    auto event = detail::decode_event(rows->front());
    if (!event) return event.error();
    return InclusionProof{std::move(*event), checkpoint->size,
                          detail::merkle_path(*leaves, static_cast<std::uint64_t>(seq - 1)), std::string(signed_checkpoint)};
}

}  // namespace sanitize::ledger
