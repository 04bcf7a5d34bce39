// The rules of the chain, written once for append() and verify(): who may sign an event, and
// what a valid event does to the projections. Both callers give the rules a ChainView: the
// store inside the write transaction, or the state verify() rebuilds from the events.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ledger/store.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger::detail {

class ChainView {
public:
    virtual ~ChainView() = default;
    [[nodiscard]] virtual Result<std::optional<KeyRow>> key(std::string_view key_id) = 0;
    [[nodiscard]] virtual Result<bool> asset_exists(std::string_view asset_id) = 0;
    // Whether an outbox's event n may come now: n is 1, or n - 1 came already (and n did not).
    [[nodiscard]] virtual Result<bool> origin_is_next(std::string_view outbox_id, std::int64_t n) = 0;
};

// "<outbox id: 32 lower-case hex digits>/<n from 1>", as an outbox names its events.
struct Origin {
    std::string outbox_id;
    std::int64_t n = 0;
};
std::optional<Origin> parse_origin(std::string_view text);
std::string origin_text(const Origin& origin);

// An origin that is malformed or not the next of its outbox: Problem::malformed_payload (an
// outbox event given twice or out of order). Problem::none when there is no origin.
Result<Problem> check_origin(ChainView& view, std::string_view origin);

// The key that must have signed an event: the root key for root events, else a registered key.
struct Signer {
    keys::PublicKey public_key;
    std::optional<KeyRow> registration;  // empty for the root key
};

struct EventHeader {
    std::int64_t seq = 0;
    EventType type = EventType::audit_note;
    std::string_view time;
    std::string_view actor;  // key_id_hex
};

bool is_root_event(EventType type) noexcept;

// The signer's public key, or Problem::unknown_key (Problem::not_authorised when a root event
// names another key, or a non-root event names the root key). Errors: the view failed.
Result<std::variant<Signer, Problem>> find_signer(ChainView& view, const keys::PublicKey& root, const EventHeader& event);

// Whether a signer may sign this event now: revoked_key, key_not_valid_at_time,
// not_authorised, or Problem::none.
Problem permission(const Signer& signer, const EventHeader& event);

struct PutAsset {
    Asset asset;
    bool is_new = false;
};
struct AddKey {
    KeyRow key;
};
struct RevokeKey {
    std::string key_id;
};
struct AddCertificateFiles {
    std::vector<CertificateFileRow> files;
};
using Effect = std::variant<std::monostate, PutAsset, AddKey, RevokeKey, AddCertificateFiles>;

// What a valid event does to the projections (ledger.init is checked against the meta row by
// the callers instead). Errors: invalid_argument (shape), conflict (a duplicate asset or key,
// a key revoked twice), not_found (an update of an unknown asset, a revocation of an unknown key).
Result<Effect> interpret(ChainView& view, const EventHeader& event, const nlohmann::json& payload,
                         const keys::PublicKey& root);

}  // namespace sanitize::ledger::detail
