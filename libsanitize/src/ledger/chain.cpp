#include "ledger/chain.hpp"

#include <chrono>
#include <functional>

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
    Result<bool> origin_is_next(std::string_view outbox_id, std::int64_t n) override {
        auto itself = store_.origin_exists(origin_text({std::string(outbox_id), n}));
        if (!itself) return itself.error();
        if (*itself) return false;
        if (n == 1) return true;
        return store_.origin_exists(origin_text({std::string(outbox_id), n - 1}));
    }

private:
    Store& store_;
};

Result<void> apply(Store& store, const Effect& effect, std::int64_t seq) {
    if (store.projects_in_database()) return {};  // ledger_append did it
    if (const auto* put = std::get_if<PutAsset>(&effect)) return store.put_asset(put->asset);
    if (const auto* add = std::get_if<AddKey>(&effect)) return store.insert_key(add->key);
    if (const auto* revoke = std::get_if<RevokeKey>(&effect)) return store.set_key_revoked(revoke->key_id, seq);
    if (const auto* files = std::get_if<AddCertificateFiles>(&effect)) {
        for (const CertificateFileRow& file : files->files) {
            if (auto ok = store.insert_certificate_file(file); !ok) return ok;
        }
    }
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

Error refusal(std::string_view actor, Problem why) {
    Error error = make_error(Errc::refused, reason_for(why), "key " + std::string(actor) + " " + std::string(problem_name(why)));
    error.detail = std::string(actor);
    return error;
}

// One event about to be written, before it is hashed and signed.
struct Pending {
    EventType type = EventType::audit_note;
    std::string_view payload;
    std::string_view time;    // empty: now, taken once the head is locked
    std::string_view actor;   // key_id_hex
    std::string_view origin;  // empty unless synced from an outbox
};

struct Prepared {
    std::string payload;  // canonical
    Effect effect;
    keys::PublicKey signer;  // the key the ledger knows for the actor
};

// The checks verify() makes, turned into refusals: payload, signer, rights, order of an outbox.
Result<Prepared> prepare(Store& store, const keys::PublicKey& root, const Pending& item, std::int64_t seq) {
    if (item.type == EventType::ledger_init) return make_error(Errc::invalid_argument, "ledger.init after genesis");
    auto value = parse_strict(item.payload);
    if (!value) return value.error();
    if (const std::string field = my_number_field(*value); !field.empty()) {
        Error error = make_error(Errc::refused, Reason::my_number_in_field, "my number in payload field " + field);
        error.detail = field;
        return error;
    }
    const EventHeader header{seq, item.type, item.time, item.actor};
    StoreView view(store);
    auto signer = find_signer(view, root, header);
    if (!signer) return signer.error();
    // path: the event type, as jobs::authorise_signer gives it, so that a front end can name the
    // role the record takes.
    const auto refused = [&item](Problem why) {
        Error error = refusal(item.actor, why);
        error.path = std::string(event_type_name(item.type));
        return error;
    };
    if (const auto* problem = std::get_if<Problem>(&*signer)) return refused(*problem);
    const Signer& found = std::get<Signer>(*signer);
    if (const Problem why = permission(found, header); why != Problem::none) return refused(why);
    auto order = check_origin(view, item.origin);
    if (!order) return order.error();
    if (*order != Problem::none) return make_error(Errc::conflict, "origin " + std::string(item.origin));
    auto effect = interpret(view, header, *value, root);
    if (!effect) return effect.error();
    return Prepared{canonical_text(*value), std::move(*effect), found.public_key};
}

// Gives a prepared row its hash and signature, or refuses it.
using Sealer = std::function<Result<StoredEvent>(StoredEvent row, const Prepared& prepared, const Hash& prev_hash)>;

// The write transaction shared by appends and syncs: each item checked against the state the
// items before it left, sealed, inserted and applied; all or nothing.
Result<std::vector<Event>> write_batch(Store& store, const keys::PublicKey& root, std::span<const Pending> items,
                                       const Sealer& seal) {
    if (auto ok = store.begin(Store::Mode::write); !ok) return ok.error();
    Transaction transaction(store);
    auto head = store.last_event();
    if (!head) return head.error();
    if (!head->has_value()) return make_error(Errc::not_found, "ledger genesis");
    std::int64_t seq = (*head)->seq;
    auto prev_hash = from_hex<hash_bytes>((*head)->hash);
    if (!prev_hash) return make_error(Errc::malformed_input, "event " + std::to_string(seq));
    // Taken with the head locked, so times follow seq as far as the writers' clocks agree.
    const std::string now = now_text();
    std::vector<Event> written;
    for (Pending item : items) {
        if (item.time.empty()) item.time = now;
        ++seq;
        auto prepared = prepare(store, root, item, seq);
        if (!prepared) return prepared.error();
        StoredEvent row{seq, std::string(item.time), std::string(event_type_name(item.type)), std::string(item.actor),
                        prepared->payload, {}, {}, {}, std::string(item.origin)};
        auto sealed = seal(std::move(row), *prepared, *prev_hash);
        if (!sealed) return sealed.error();
        if (auto ok = store.insert_event(*sealed); !ok) return ok.error();
        if (auto ok = apply(store, prepared->effect, seq); !ok) return ok.error();
        auto event = decode_event(*sealed);
        if (!event) return event.error();
        prev_hash = event->hash;
        written.push_back(std::move(*event));
    }
    if (auto ok = transaction.commit(); !ok) return ok.error();
    return written;
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
    return Event{row.seq, row.time, *type, *actor, row.payload, *prev, *hash, *signature, row.origin};
}

Result<StoredEvent> genesis_row(const MetaRow& meta, const keys::SecretKey& root, const std::string& time) {
    auto payload = checked_canonical_text(init_payload(meta));
    if (!payload) return payload.error();
    StoredEvent row{1, time, std::string(event_type_name(EventType::ledger_init)), keys::key_id_hex(root.id()),
                    std::move(*payload), {}, {}, {}, {}};
    const Hash hash = event_hash({Hash{}, row.seq, row.time, row.type, root.id(), row.payload});
    row.prev_hash = to_hex(Hash{});
    row.hash = to_hex(hash);
    row.signature = to_hex(sign_hash(root, hash));
    return row;
}

Result<Event> write_genesis(Store& store, const MetaRow& meta, const keys::SecretKey& root, const std::string& time) {
    auto row = genesis_row(meta, root, time);
    if (!row) return row.error();
    if (auto ok = store.begin(Store::Mode::create); !ok) return ok.error();
    Transaction transaction(store);
    if (auto ok = store.create_schema(); !ok) return ok.error();
    if (auto ok = store.insert_meta(meta); !ok) return ok.error();
    if (auto ok = store.insert_genesis(*row); !ok) return ok.error();
    if (auto ok = transaction.commit(); !ok) return ok.error();
    return decode_event(*row);
}

Result<std::vector<Event>> append_events(Store& store, const keys::PublicKey& root, const keys::SecretKey& actor,
                                         std::span<const Draft> drafts, const AppendOptions& options) {
    if (!options.time.empty()) {
        if (auto ok = parse_time_text(options.time); !ok) return ok.error();
    }
    const std::string actor_hex = keys::key_id_hex(actor.id());
    std::vector<Pending> items;
    for (const Draft& draft : drafts) items.push_back({draft.type, draft.payload, options.time, actor_hex, {}});
    return write_batch(store, root, items, [&](StoredEvent row, const Prepared& prepared, const Hash& prev_hash) -> Result<StoredEvent> {
        if (prepared.signer != actor.public_key()) return refusal(actor_hex, Problem::bad_signature);
        const Hash hash = event_hash({prev_hash, row.seq, row.time, row.type, actor.id(), row.payload});
        row.prev_hash = to_hex(prev_hash);
        row.hash = to_hex(hash);
        row.signature = to_hex(sign_hash(actor, hash));
        return row;
    });
}

Result<std::vector<Event>> append_signed(Store& store, const keys::PublicKey& root, const std::string& ledger_id,
                                         std::span<const SignedEntry> entries) {
    std::vector<std::string> actors;
    std::vector<Pending> items;
    actors.reserve(entries.size());
    for (const SignedEntry& entry : entries) actors.push_back(keys::key_id_hex(entry.actor));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SignedEntry& e = entries[i];
        if (!parse_origin(e.origin)) return make_error(Errc::invalid_argument, "origin " + e.origin);
        if (auto ok = parse_time_text(e.time); !ok) return ok.error();
        items.push_back({e.type, e.payload, e.time, actors[i], e.origin});
    }
    std::size_t index = 0;
    return write_batch(store, root, items, [&](StoredEvent row, const Prepared& prepared, const Hash& prev_hash) -> Result<StoredEvent> {
        const SignedEntry& entry = entries[index++];
        // Signed as written: a payload that is not canonical was not made by an outbox.
        if (prepared.payload != entry.payload) return make_error(Errc::malformed_input, "payload of " + entry.origin);
        const Hash entry_digest = entry_hash({ledger_id, entry.origin, entry.time, row.type, entry.actor, entry.payload});
        if (!signature_valid(prepared.signer, entry_digest, entry.signature)) {
            return refusal(row.actor, Problem::bad_signature);
        }
        row.prev_hash = to_hex(prev_hash);
        row.hash = to_hex(synced_hash(prev_hash, row.seq, entry_digest));
        row.signature = to_hex(entry.signature);
        return row;
    });
}

}  // namespace sanitize::ledger::detail
