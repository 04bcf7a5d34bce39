// Anchors of the ledger outside its database: checkpoints and inclusion proofs.
//
// The events form an RFC 6962 Merkle tree (leaf i = SHA-256(0x00 || hash of event i + 1)). A
// checkpoint names the size and root of the first `size` events in the C2SP tlog-checkpoint
// format, signed as a C2SP signed note by the root key or a registered admin's or auditor's key
// (a witness); beside it a minisign signature of the same bytes lets stock minisign check it. A
// ledger shorter than a checkpoint, or whose first `size` events have another root (rewritten,
// or rebuilt under another key), is refused by Ledger::verify given the checkpoint. An inclusion
// proof shows one event (a certificate's) under a checkpoint's root with log2(size) hashes,
// checkable offline without the ledger. docs/ledger.md, "Checkpoints and proofs".
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger {

using MerkleHash = std::array<std::uint8_t, 32>;  // SHA-256

struct Checkpoint {
    std::string origin;  // checkpoint_origin(ledger id)
    std::int64_t size = 0;
    MerkleHash root{};
    friend bool operator==(const Checkpoint&, const Checkpoint&) = default;
};

// "sanitize-ledger/<ledger id>": names the log, so that a checkpoint of one ledger is never
// taken for another's.
std::string checkpoint_origin(std::string_view ledger_id);

// The note text: "<origin>\n<size>\n<root in base64>\n". Parsing refuses anything else
// (Errc::malformed_input).
std::string checkpoint_body(const Checkpoint& checkpoint);
Result<Checkpoint> parse_checkpoint_body(std::string_view body);

// C2SP signed note: the body, an empty line, and one line per signature,
// "— <key name> <base64(4-byte key hash || Ed25519 signature)>". Our key names are
// "sanitize-<key id>"; the key hash is the first 4 bytes of
// SHA-256(key name || "\n" || 0x01 || Ed25519 public key).
struct NoteSignature {
    std::string key_name;
    std::array<std::uint8_t, 4> key_hash{};
    keys::Signature signature{};
};
struct SignedNote {
    std::string body;
    std::vector<NoteSignature> signatures;
};
std::string note_key_name(const keys::KeyId& id);
std::string sign_note(std::string_view body, const keys::SecretKey& key);
Result<SignedNote> parse_signed_note(std::string_view text);
// Whether one of the note's signatures is `key`'s and verifies.
bool note_signed_by(const SignedNote& note, const keys::PublicKey& key);

// What `sanitize ledger checkpoint` writes: the signed note, and a minisign signature of exactly
// its bytes (`minisign -Vm checkpoint -p key.pub`), whose trusted comment repeats origin, size
// and root.
struct CheckpointFiles {
    std::string note;
    std::string minisig;
};
Result<CheckpointFiles> sign_checkpoint(const Checkpoint& checkpoint, const keys::SecretKey& key);

// One event under a checkpoint's root.
struct InclusionProof {
    Event event;                    // every field: its hash is recomputed from them
    std::int64_t tree_size = 0;     // the checkpoint's size
    std::vector<MerkleHash> path;   // from the leaf up (RFC 9162 §2.1.3.1)
    std::string checkpoint;         // the signed note
};

// RFC 9162 §2.1.3.2: whether `leaf` is at `index` of the tree of `size` leaves with this root.
bool merkle_inclusion_valid(const MerkleHash& leaf, std::uint64_t index, std::uint64_t size,
                            std::span<const MerkleHash> path, const MerkleHash& root);

// A proof as one JSON document (format "sanitize.inclusion-proof/1"), and back
// (Errc::malformed_input naming the field).
std::string inclusion_proof_json(const InclusionProof& proof);
Result<InclusionProof> parse_inclusion_proof(std::string_view json);

struct ProofVerifyOptions {
    // Keys whose checkpoint signature is accepted: the root key, a witness's key.
    std::vector<keys::PublicKey> checkpoint_keys;
    // With a certificate's SHA-256: the event must be its wipe.certificate event.
    std::string certificate_sha256;
};

// Offline: the event's hash from its fields, its leaf under the checkpoint's root, the
// checkpoint's origin and signature by one of the keys, and the certificate when asked.
// Errc::integrity_failure with what failed as context ("merkle path", "checkpoint signature",
// "certificate sha256", "event hash"); Errc::malformed_input for a checkpoint that does not parse.
Result<void> verify_inclusion_proof(const InclusionProof& proof, const ProofVerifyOptions& options);

}  // namespace sanitize::ledger
