#include "ledger/merkle.hpp"

#include <sodium.h>

#include <bit>

#include "util/sodium_init.hpp"

namespace sanitize::ledger::detail {

namespace {

MerkleHash sha256(std::uint8_t prefix, std::span<const std::uint8_t> first, std::span<const std::uint8_t> second = {}) {
    util::ensure_sodium_initialized();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, &prefix, 1);
    crypto_hash_sha256_update(&state, first.data(), first.size());
    if (!second.empty()) crypto_hash_sha256_update(&state, second.data(), second.size());
    MerkleHash out{};
    crypto_hash_sha256_final(&state, out.data());
    return out;
}

// The largest power of two smaller than n (n >= 2): where RFC 6962 splits a tree of n leaves.
std::uint64_t split_point(std::uint64_t n) { return std::bit_floor(n - 1); }

}  // namespace

MerkleHash merkle_leaf(const Hash& event_hash) { return sha256(0x00, event_hash); }

MerkleHash merkle_node(const MerkleHash& left, const MerkleHash& right) { return sha256(0x01, left, right); }

void MerkleAccumulator::add(const MerkleHash& leaf) {
    Subtree next{leaf, 1};
    // Two subtrees of the same size are siblings: merge them, as binary addition carries.
    while (!subtrees_.empty() && subtrees_.back().leaves == next.leaves) {
        next = Subtree{merkle_node(subtrees_.back().hash, next.hash), next.leaves * 2};
        subtrees_.pop_back();
    }
    subtrees_.push_back(next);
    ++size_;
}

MerkleHash MerkleAccumulator::root() const {
    if (subtrees_.empty()) {
        MerkleHash empty{};
        crypto_hash_sha256(empty.data(), nullptr, 0);
        return empty;
    }
    // The smaller subtrees on the right join first: RFC 6962's split at the largest power of two.
    MerkleHash root = subtrees_.back().hash;
    for (std::size_t i = subtrees_.size() - 1; i-- > 0;) root = merkle_node(subtrees_[i].hash, root);
    return root;
}

MerkleHash merkle_root(std::span<const MerkleHash> leaves) {
    MerkleAccumulator accumulator;
    for (const MerkleHash& leaf : leaves) accumulator.add(leaf);
    return accumulator.root();
}

std::vector<MerkleHash> merkle_path(std::span<const MerkleHash> leaves, std::uint64_t index) {
    if (leaves.size() <= 1) return {};
    const std::uint64_t k = split_point(leaves.size());
    std::vector<MerkleHash> path;
    if (index < k) {
        path = merkle_path(leaves.first(k), index);
        path.push_back(merkle_root(leaves.subspan(k)));
    } else {
        path = merkle_path(leaves.subspan(k), index - k);
        path.push_back(merkle_root(leaves.first(k)));
    }
    return path;
}

}  // namespace sanitize::ledger::detail

namespace sanitize::ledger {

bool merkle_inclusion_valid(const MerkleHash& leaf, std::uint64_t index, std::uint64_t size,
                            std::span<const MerkleHash> path, const MerkleHash& root) {
    if (index >= size) return false;
    std::uint64_t fn = index;
    std::uint64_t sn = size - 1;
    MerkleHash r = leaf;
    for (const MerkleHash& p : path) {
        if (sn == 0) return false;
        if ((fn & 1U) != 0 || fn == sn) {
            r = detail::merkle_node(p, r);
            while ((fn & 1U) == 0 && fn != 0) {
                fn >>= 1U;
                sn >>= 1U;
            }
        } else {
            r = detail::merkle_node(r, p);
        }
        fn >>= 1U;
        sn >>= 1U;
    }
    return sn == 0 && r == root;
}

}  // namespace sanitize::ledger
