#include "ledger/chain_rules.hpp"

#include "ledger/key_text.hpp"
#include "ledger/payloads.hpp"

namespace sanitize::ledger::detail {

namespace {

Result<Effect> interpret_asset(ChainView& view, const EventHeader& event, const nlohmann::json& payload) {
    auto asset = asset_from_payload(payload);
    if (!asset) return asset.error();
    auto exists = view.asset_exists(asset->asset_id);
    if (!exists) return exists.error();
    const bool is_new = event.type == EventType::asset_register;
    if (is_new && *exists) return make_error(Errc::conflict, "asset " + asset->asset_id);
    if (!is_new && !*exists) return make_error(Errc::not_found, "asset " + asset->asset_id);
    asset->updated_seq = event.seq;
    return Effect{PutAsset{std::move(*asset), is_new}};
}

Result<Effect> interpret_key_register(ChainView& view, const EventHeader& event, const nlohmann::json& payload,
                                      const keys::PublicKey& root) {
    auto row = key_from_payload(payload, event.seq);
    if (!row) return row.error();
    // The root key stays a root key: it certifies people, it is not one of them.
    if (row->key_id == keys::key_id_hex(root.id)) return make_error(Errc::conflict, "key " + row->key_id);
    auto existing = view.key(row->key_id);
    if (!existing) return existing.error();
    if (existing->has_value()) {
        Error error = make_error(Errc::conflict, Reason::key_registered, "key " + row->key_id);
        error.detail = row->key_id;
        error.expected = std::to_string((*existing)->registered_seq);
        return error;
    }
    return Effect{AddKey{std::move(*row)}};
}

Result<Effect> interpret_key_revoke(ChainView& view, const nlohmann::json& payload) {
    auto id = revoked_key_id(payload);
    if (!id) return id.error();
    auto existing = view.key(*id);
    if (!existing) return existing.error();
    if (!existing->has_value()) return make_error(Errc::not_found, "key " + *id);
    if ((*existing)->revoked_seq) {
        Error error = make_error(Errc::conflict, Reason::key_already_revoked, "key " + *id);
        error.detail = *id;
        error.expected = std::to_string(*(*existing)->revoked_seq);
        return error;
    }
    return Effect{RevokeKey{std::move(*id)}};
}

// Titles belong to a registered key; a title on a key the ledger does not know would wait for
// a registration that could make anyone an approver.
Result<Effect> interpret_key_title(ChainView& view, const nlohmann::json& payload) {
    auto id = titled_key_id(payload);
    if (!id) return id.error();
    auto existing = view.key(*id);
    if (!existing) return existing.error();
    if (!existing->has_value()) return make_error(Errc::not_found, "key " + *id);
    return Effect{};
}

}  // namespace

std::optional<Origin> parse_origin(std::string_view text) {
    const std::size_t slash = text.find('/');
    if (slash != 32) return std::nullopt;
    Origin origin{std::string(text.substr(0, slash)), 0};
    for (const char c : origin.outbox_id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    }
    const std::string_view number = text.substr(slash + 1);
    if (number.empty() || number.size() > 18 || number.front() == '0') return std::nullopt;
    for (const char c : number) {
        if (c < '0' || c > '9') return std::nullopt;
        origin.n = origin.n * 10 + (c - '0');
    }
    return origin;
}

std::string origin_text(const Origin& origin) { return origin.outbox_id + "/" + std::to_string(origin.n); }

}  // namespace sanitize::ledger::detail

namespace sanitize::ledger {

bool is_origin(std::string_view text) noexcept { return detail::parse_origin(text).has_value(); }

}  // namespace sanitize::ledger

namespace sanitize::ledger::detail {

Result<Problem> check_origin(ChainView& view, std::string_view text) {
    if (text.empty()) return Problem::none;
    const auto origin = parse_origin(text);
    if (!origin) return Problem::malformed_payload;
    auto next = view.origin_is_next(origin->outbox_id, origin->n);
    if (!next) return next.error();
    return *next ? Problem::none : Problem::malformed_payload;
}

bool is_root_event(EventType type) noexcept {
    return type == EventType::ledger_init || type == EventType::key_register || type == EventType::key_revoke ||
           type == EventType::key_title;
}

Result<std::variant<Signer, Problem>> find_signer(ChainView& view, const keys::PublicKey& root,
                                                   const EventHeader& event) {
    using Outcome = std::variant<Signer, Problem>;
    const bool by_root = event.actor == keys::key_id_hex(root.id);
    if (is_root_event(event.type) || by_root) {
        if (!is_root_event(event.type) || !by_root) return Outcome{Problem::not_authorised};
        return Outcome{Signer{root, std::nullopt}};
    }
    auto row = view.key(event.actor);
    if (!row) return row.error();
    if (!row->has_value()) return Outcome{Problem::unknown_key};
    auto key = decode_public_key_line((*row)->public_key);
    if (!key) return Outcome{Problem::unknown_key};
    return Outcome{Signer{*key, std::move(*row)}};
}

Problem permission(const Signer& signer, const EventHeader& event) {
    if (!signer.registration) return Problem::none;  // find_signer matched root and root events
    const KeyRow& key = *signer.registration;
    if (key.revoked_seq && *key.revoked_seq < event.seq) return Problem::revoked_key;
    // Canonical time texts order as the times they name.
    if (event.time < key.valid_from || event.time >= key.valid_until) return Problem::key_not_valid_at_time;
    const auto role = parse_role(key.role);
    if (!role || !role_may_write(*role, event.type)) return Problem::not_authorised;
    return Problem::none;
}

Result<Effect> interpret(ChainView& view, const EventHeader& event, const nlohmann::json& payload,
                         const keys::PublicKey& root) {
    switch (event.type) {
        case EventType::ledger_init: return Effect{};
        case EventType::key_register: return interpret_key_register(view, event, payload, root);
        case EventType::key_revoke: return interpret_key_revoke(view, payload);
        case EventType::key_title: return interpret_key_title(view, payload);
        case EventType::asset_register:
        case EventType::asset_update: return interpret_asset(view, event, payload);
        case EventType::certificate_files: {
            auto files = certificate_files_from_payload(payload, event.seq);
            if (!files) return files.error();
            return Effect{AddCertificateFiles{std::move(*files)}};
        }
        default: break;
    }
    if (auto ok = check_plain_payload(event.type, payload); !ok) return ok.error();
    return Effect{};
}

}  // namespace sanitize::ledger::detail
