// The signed checkpoints verify() is given: the Merkle root of the events walked so far compared
// with each checkpoint at its size, and each checkpoint's signer looked up among the keys the
// verified chain registered.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ledger/merkle.hpp"
#include "ledger/store.hpp"
#include "sanitize/ledger_proof.hpp"

namespace sanitize::ledger::detail {

class CheckpointAnchors {
public:
    // Errc::malformed_input when a note or its body does not parse.
    static Result<CheckpointAnchors> parse(const std::vector<std::string>& notes);

    bool empty() const noexcept { return anchors_.empty(); }
    // A checkpoint of another ledger: its origin, for the report.
    std::optional<std::string> foreign_origin(const std::string& ledger_id) const;
    // The event seq has this hash; the root compared where a checkpoint has this size. The
    // checkpoint's size when its root differs.
    std::optional<std::int64_t> add(std::int64_t seq, const Hash& hash);
    // The largest checkpoint size beyond the chain's end, if any: events cut from the end.
    std::optional<std::int64_t> beyond(std::int64_t head_seq) const;
    // The size of the first checkpoint that neither the root key nor a registered admin's or
    // auditor's key (not revoked at or before that size) signed.
    std::optional<std::int64_t> unsigned_by(const keys::PublicKey& root,
                                            const std::map<std::string, KeyRow, std::less<>>& keys) const;

private:
    struct Anchor {
        SignedNote note;
        Checkpoint checkpoint;
    };
    std::vector<Anchor> anchors_;
    MerkleAccumulator tree_;
};

}  // namespace sanitize::ledger::detail
