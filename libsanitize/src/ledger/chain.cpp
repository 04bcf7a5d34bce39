#include "ledger/chain.hpp"

#include <chrono>

#include "ledger/canonical_json.hpp"
#include "ledger/chain_rules.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/payloads.hpp"

namespace sanitize::ledger::detail {

namespace {

// Inside the write transaction the store is the ledger state, including this batch's own events.
class StoreView final : public ChainView {
public:
    explicit StoreView(Store& store) : store_(store) {}
    Result<std::optional<KeyRow>> key(std::string_view key_id) override { return store_.find_key(key_id); }
    Result<bool> asset_exists(std::string_view asset_id) override {
        auto asset = store_.find_asset(asset_id);
        if (!asset) return asset.error();
        return asset->has_value();
    }

private:
    Store& store_;
};

Result<void> apply(Store& store, const Effect& effect, std::int64_t seq) {
    if (const auto* put = std::get_if<PutAsset>(&effect)) return store.put_asset(put->asset);
    if (const auto* add = std::get_if<AddKey>(&effect)) return store.insert_key(add->key);
    if (const auto* revoke = std::get_if<RevokeKey>(&effect)) return store.set_key_revoked(revoke->key_id, seq);
    return {};
}

// The reason a front end words; the problem's own name stays in the context for support.
Reason reason_for(Problem why) {
    switch (why) {
        case Problem::unknown_key: return Reason::key_not_registered;
        case Problem::revoked_key: return Reason::key_revoked;
        case Problem::key_not_valid_at_time: return Reason::key_not_valid_now;
        case Problem::not_authorised: return Reason::role_may_not_sign;
        case Problem::bad_signature: return Reason::key_mismatch;
        default: return Reason::none;
    }
}

Error refusal(const keys::KeyId& actor, Problem why) {
    Error error = make_error(Errc::refused, reason_for(why),
                             "key " + keys::key_id_hex(actor) + " " + std::string(problem_name(why)));
    error.detail = keys::key_id_hex(actor);
    return error;
}

// May this actor sign this event? The checks verify() makes, turned into refusals.
Result<void> check_signer(ChainView& view, const keys::PublicKey& root, const keys::SecretKey& actor,
                          const EventHeader& header) {
    auto signer = find_signer(view, root, header);
    if (!signer) return signer.error();
    if (const auto* problem = std::get_if<Problem>(&*signer)) return refusal(actor.id(), *problem);
    const Signer& found = std::get<Signer>(*signer);
    if (found.public_key != actor.public_key()) return refusal(actor.id(), Problem::bad_signature);
    if (const Problem why = permission(found, header); why != Problem::none) return refusal(actor.id(), why);
    return {};
}

struct Prepared {
    std::string payload;
    Effect effect;
};

Result<Prepared> prepare(Store& store, const keys::PublicKey& root, const keys::SecretKey& actor,
                         const Draft& draft, const EventHeader& header) {
    if (draft.type == EventType::ledger_init) return make_error(Errc::invalid_argument, "ledger.init after genesis");
    auto value = parse_strict(draft.payload);
    if (!value) return value.error();
    if (const std::string field = my_number_field(*value); !field.empty()) {
        Error error = make_error(Errc::refused, Reason::my_number_in_field, "my number in payload field " + field);
        error.detail = field;
        return error;
    }
    StoreView view(store);
    if (auto ok = check_signer(view, root, actor, header); !ok) return ok.error();
    auto effect = interpret(view, header, *value, root);
    if (!effect) return effect.error();
    return Prepared{canonical_text(*value), std::move(*effect)};
}

StoredEvent seal(const keys::SecretKey& actor, StoredEvent row, const Hash& prev_hash) {
    const Hash hash = event_hash({prev_hash, row.seq, row.time, row.type, actor.id(), row.payload});
    row.prev_hash = to_hex(prev_hash);
    row.hash = to_hex(hash);
    row.signature = to_hex(sign_hash(actor, hash));
    return row;
}

}  // namespace

std::string now_text() {
    return time_text(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

Result<Event> decode_event(const StoredEvent& row) {
    const auto type = parse_event_type(row.type);
    auto actor = keys::parse_key_id_hex(row.actor);
    const auto prev = from_hex<hash_bytes>(row.prev_hash);
    const auto hash = from_hex<hash_bytes>(row.hash);
    const auto signature = from_hex<keys::signature_bytes>(row.signature);
    if (!type || !actor || !prev || !hash || !signature) {
        return make_error(Errc::malformed_input, "event " + std::to_string(row.seq));
    }
    return Event{row.seq, row.time, *type, *actor, row.payload, *prev, *hash, *signature};
}

Result<Event> write_genesis(Store& store, const MetaRow& meta, const keys::SecretKey& root, const std::string& time) {
    if (auto ok = store.begin(Store::Mode::create); !ok) return ok.error();
    Transaction transaction(store);
    if (auto ok = store.create_schema(); !ok) return ok.error();
    if (auto ok = store.insert_meta(meta); !ok) return ok.error();
    auto payload = checked_canonical_text(init_payload(meta));
    if (!payload) return payload.error();
    StoredEvent row{1, time, std::string(event_type_name(EventType::ledger_init)), keys::key_id_hex(root.id()),
                    std::move(*payload), {}, {}, {}};
    row = seal(root, std::move(row), Hash{});
    if (auto ok = store.insert_event(row); !ok) return ok.error();
    if (auto ok = transaction.commit(); !ok) return ok.error();
    return decode_event(row);
}

Result<std::vector<Event>> append_events(Store& store, const keys::PublicKey& root, const keys::SecretKey& actor,
                                         std::span<const Draft> drafts, const AppendOptions& options) {
    if (!options.time.empty()) {
        if (auto ok = parse_time_text(options.time); !ok) return ok.error();
    }
    if (auto ok = store.begin(Store::Mode::write); !ok) return ok.error();
    Transaction transaction(store);
    auto head = store.last_event();
    if (!head) return head.error();
    if (!head->has_value()) return make_error(Errc::not_found, "ledger genesis");
    std::int64_t seq = (*head)->seq;
    auto prev_hash = from_hex<hash_bytes>((*head)->hash);
    if (!prev_hash) return make_error(Errc::malformed_input, "event " + std::to_string(seq));
    // Taken with the head locked, so times follow seq as far as the writers' clocks agree.
    const std::string time = options.time.empty() ? now_text() : options.time;
    const std::string actor_hex = keys::key_id_hex(actor.id());
    std::vector<Event> written;
    for (const Draft& draft : drafts) {
        ++seq;
        const EventHeader header{seq, draft.type, time, actor_hex};
        auto prepared = prepare(store, root, actor, draft, header);
        if (!prepared) return prepared.error();
        StoredEvent row{seq, time, std::string(event_type_name(draft.type)), actor_hex,
                        std::move(prepared->payload), {}, {}, {}};
        row = seal(actor, std::move(row), *prev_hash);
        if (auto ok = store.insert_event(row); !ok) return ok.error();
        if (auto ok = apply(store, prepared->effect, seq); !ok) return ok.error();
        auto event = decode_event(row);
        if (!event) return event.error();
        prev_hash = event->hash;
        written.push_back(std::move(*event));
    }
    if (auto ok = transaction.commit(); !ok) return ok.error();
    return written;
}

}  // namespace sanitize::ledger::detail
