// Appending to the chain: the only code that writes events, for both backends.
#pragma once

#include <span>
#include <vector>

#include "ledger/store.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger::detail {

// The genesis event (ledger.init, seq 1) for this meta row, signed by the root key.
Result<StoredEvent> genesis_row(const MetaRow& meta, const keys::SecretKey& root, const std::string& time);

// Writes the schema, the meta row and the genesis event in one transaction.
Result<Event> write_genesis(Store& store, const MetaRow& meta, const keys::SecretKey& root, const std::string& time);

// Appends `drafts` in one write transaction: checks each against the rules, hashes and signs
// it, inserts it and updates the projections; all or nothing.
Result<std::vector<Event>> append_events(Store& store, const keys::PublicKey& root, const keys::SecretKey& actor,
                                         std::span<const Draft> drafts, const AppendOptions& options);

// Appends events signed elsewhere (an outbox), each with its own time and signature over its
// entry hash, in one write transaction: the same rules, and each outbox's events exactly once
// and in order (Errc::conflict otherwise).
Result<std::vector<Event>> append_signed(Store& store, const keys::PublicKey& root, const std::string& ledger_id,
                                         std::span<const SignedEntry> entries);

// The public form of a stored row; malformed_input when a field does not decode.
Result<Event> decode_event(const StoredEvent& row);

std::string now_text();

}  // namespace sanitize::ledger::detail
