// The ledger's events as an RFC 6962 Merkle tree (the tree C2SP tlog-checkpoint roots name):
// leaf i (from 0) is the event seq i + 1, its leaf hash SHA-256(0x00 || event hash), an inner
// node SHA-256(0x01 || left || right). A checkpoint signs the root of the first `size` events; an
// inclusion proof shows one event under such a root with log2(size) hashes.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sanitize/ledger_proof.hpp"

namespace sanitize::ledger::detail {

MerkleHash merkle_leaf(const Hash& event_hash);
MerkleHash merkle_node(const MerkleHash& left, const MerkleHash& right);

// The root of a tree grown one leaf at a time, in memory that grows with log2(leaves): the
// perfect subtrees so far, largest first.
class MerkleAccumulator {
public:
    void add(const MerkleHash& leaf);
    std::uint64_t size() const noexcept { return size_; }
    MerkleHash root() const;  // of the leaves added so far; SHA-256 of nothing for none

private:
    struct Subtree {
        MerkleHash hash;
        std::uint64_t leaves;
    };
    std::vector<Subtree> subtrees_;
    std::uint64_t size_ = 0;
};

// The root of `leaves` and the audit path of leaf `index` in it (RFC 9162 §2.1.3.1).
MerkleHash merkle_root(std::span<const MerkleHash> leaves);
std::vector<MerkleHash> merkle_path(std::span<const MerkleHash> leaves, std::uint64_t index);

}  // namespace sanitize::ledger::detail
