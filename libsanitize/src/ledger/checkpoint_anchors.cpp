#include "ledger/checkpoint_anchors.hpp"

#include <algorithm>

#include "ledger/key_text.hpp"

namespace sanitize::ledger::detail {

namespace {

// A witness is a person the ledger registered to check, not to record: an admin or an auditor,
// whose key was registered at or before the checkpoint's size and not revoked by then.
bool witness_signed(const SignedNote& note, const KeyRow& key, std::int64_t size) {
    if (key.role != role_name(Role::admin) && key.role != role_name(Role::auditor)) return false;
    if (key.registered_seq > size || (key.revoked_seq && *key.revoked_seq <= size)) return false;
    auto public_key = decode_public_key_line(key.public_key);
    return public_key && note_signed_by(note, *public_key);
}

}  // namespace

Result<CheckpointAnchors> CheckpointAnchors::parse(const std::vector<std::string>& notes) {
    CheckpointAnchors anchors;
    for (const std::string& text : notes) {
        auto note = parse_signed_note(text);
        if (!note) return note.error();
        auto checkpoint = parse_checkpoint_body(note->body);
        if (!checkpoint) return checkpoint.error();
        anchors.anchors_.push_back({std::move(*note), std::move(*checkpoint)});
    }
    return anchors;
}

std::optional<std::string> CheckpointAnchors::foreign_origin(const std::string& ledger_id) const {
    for (const Anchor& anchor : anchors_) {
        if (anchor.checkpoint.origin != checkpoint_origin(ledger_id)) return anchor.checkpoint.origin;
    }
    return std::nullopt;
}

std::optional<std::int64_t> CheckpointAnchors::add(std::int64_t seq, const Hash& hash) {
    if (anchors_.empty()) return std::nullopt;
    tree_.add(merkle_leaf(hash));
    for (const Anchor& anchor : anchors_) {
        if (anchor.checkpoint.size == seq && anchor.checkpoint.root != tree_.root()) return seq;
    }
    return std::nullopt;
}

std::optional<std::int64_t> CheckpointAnchors::beyond(std::int64_t head_seq) const {
    std::optional<std::int64_t> largest;
    for (const Anchor& anchor : anchors_) {
        if (anchor.checkpoint.size > head_seq) largest = std::max(largest.value_or(0), anchor.checkpoint.size);
    }
    return largest;
}

std::optional<std::int64_t> CheckpointAnchors::unsigned_by(const keys::PublicKey& root,
                                                           const std::map<std::string, KeyRow, std::less<>>& keys) const {
    for (const Anchor& anchor : anchors_) {
        if (note_signed_by(anchor.note, root)) continue;
        const bool by_witness = std::any_of(keys.begin(), keys.end(), [&](const auto& entry) {
            return witness_signed(anchor.note, entry.second, anchor.checkpoint.size);
        });
        if (!by_witness) return anchor.checkpoint.size;
    }
    return std::nullopt;
}

}  // namespace sanitize::ledger::detail
