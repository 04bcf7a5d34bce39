// The public Ledger: opens a backend, and joins the chain logic, the projections and the CSV.
#include <utility>

#include "ledger/canonical_json.hpp"
#include "ledger/chain.hpp"
#include "ledger/event_hash.hpp"
#include "ledger/key_text.hpp"
#include "ledger/payloads.hpp"
#include "ledger/postgres_schema.hpp"
#include "ledger/store.hpp"
#include "ledger/verify.hpp"

namespace sanitize::ledger {

namespace {

Result<LedgerInfo> info_from_meta(const MetaRow& meta) {
    auto root = detail::decode_public_key_line(meta.root_public_key);
    if (!root) return make_error(Errc::malformed_input, "ledger_meta root_public_key");
    if (meta.format_version != format_version) {
        return make_error(Errc::unsupported_target, "ledger format " + std::to_string(meta.format_version));
    }
    return LedgerInfo{format_version, meta.ledger_id, meta.organisation, *root};
}

Result<KeyRecord> key_record(const KeyRow& row) {
    auto key = detail::decode_public_key_line(row.public_key);
    const auto role = parse_role(row.role);
    if (!key || !role) return make_error(Errc::malformed_input, "key " + row.key_id);
    return KeyRecord{*key, row.name, *role, row.valid_from, row.valid_until, row.registered_seq, row.revoked_seq};
}

Result<Draft> draft_of(EventType type, const nlohmann::json& payload) {
    auto text = detail::checked_canonical_text(payload);
    if (!text) return text.error();
    return Draft{type, std::move(*text)};
}

Result<Event> single(Result<std::vector<Event>> events) {
    if (!events) return events.error();
    return std::move(events->front());
}

}  // namespace

Ledger::Ledger(std::unique_ptr<Store> store, LedgerInfo info) : store_(std::move(store)), info_(std::move(info)) {}
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;
Ledger::~Ledger() = default;

Result<Ledger> Ledger::init(const InitOptions& options, const keys::SecretKey& root_secret) {
    if (options.organisation.empty()) return make_error(Errc::invalid_argument, "organisation");
    if (root_secret.public_key() != options.root_public_key) return make_error(Errc::invalid_argument, "root key pair");
    if (!options.time.empty()) {
        if (auto ok = parse_time_text(options.time); !ok) return ok.error();
    }
    auto store = detail::open_store(options.location, detail::OpenMode::create);
    if (!store) return store.error();
    const MetaRow meta{format_version, detail::random_ledger_id(), options.organisation,
                       detail::public_key_line(options.root_public_key)};
    const std::string time = options.time.empty() ? detail::now_text() : options.time;
    if (auto genesis = detail::write_genesis(**store, meta, root_secret, time); !genesis) return genesis.error();
    auto info = info_from_meta(meta);
    if (!info) return info.error();
    return Ledger(std::move(*store), std::move(*info));
}

Result<std::string> Ledger::postgres_init_sql(const InitOptions& options, const keys::SecretKey& root_secret) {
    if (options.organisation.empty()) return make_error(Errc::invalid_argument, "organisation");
    if (root_secret.public_key() != options.root_public_key) return make_error(Errc::invalid_argument, "root key pair");
    const MetaRow meta{format_version, detail::random_ledger_id(), options.organisation,
                       detail::public_key_line(options.root_public_key)};
    auto genesis = detail::genesis_row(meta, root_secret, options.time.empty() ? detail::now_text() : options.time);
    if (!genesis) return genesis.error();
    return detail::postgres_init_script(meta, *genesis);
}

Result<Ledger> Ledger::open(std::string_view location, const OpenOptions& options) {
    auto store = detail::open_store(location, options.read_only ? detail::OpenMode::read_only : detail::OpenMode::write);
    if (!store) return store.error();
    auto meta = (*store)->read_meta();
    if (!meta) return meta.error();
    if (!meta->has_value()) return make_error(Errc::not_found, "ledger_meta");
    auto info = info_from_meta(**meta);
    if (!info) return info.error();
    return Ledger(std::move(*store), std::move(*info));
}

Result<Event> Ledger::append(const keys::SecretKey& actor, const Draft& draft, const AppendOptions& options) {
    return single(append_all(actor, std::span(&draft, 1), options));
}

Result<std::vector<Event>> Ledger::append_all(const keys::SecretKey& actor, std::span<const Draft> drafts,
                                              const AppendOptions& options) {
    if (drafts.empty()) return std::vector<Event>{};
    return appended(detail::append_events(*store_, info_.root_key, actor, drafts, options));
}

Result<std::vector<Event>> Ledger::append_signed(std::span<const SignedEntry> entries) {
    if (entries.empty()) return std::vector<Event>{};
    return appended(detail::append_signed(*store_, info_.root_key, info_.ledger_id, entries));
}

Result<std::vector<Event>> Ledger::appended(Result<std::vector<Event>> events) const {
    if (events && append_listener_) {
        for (const Event& event : *events) append_listener_(event);
    }
    return events;
}

Result<Event> Ledger::register_key(const keys::SecretKey& root, const KeyRegistration& key, const AppendOptions& options) {
    auto draft = draft_of(EventType::key_register, detail::key_register_payload(key));
    if (!draft) return draft.error();
    return append(root, *draft, options);
}

Result<Event> Ledger::revoke_key(const keys::SecretKey& root, const keys::KeyId& key, std::string_view reason,
                                 const AppendOptions& options) {
    auto draft = draft_of(EventType::key_revoke, detail::key_revoke_payload(key, reason));
    if (!draft) return draft.error();
    return append(root, *draft, options);
}

Result<Event> Ledger::register_asset(const keys::SecretKey& actor, const Asset& asset, const AppendOptions& options) {
    auto draft = draft_of(EventType::asset_register, detail::asset_payload(asset));
    if (!draft) return draft.error();
    return append(actor, *draft, options);
}

Result<Event> Ledger::update_asset(const keys::SecretKey& actor, const Asset& asset, const AppendOptions& options) {
    auto draft = draft_of(EventType::asset_update, detail::asset_payload(asset));
    if (!draft) return draft.error();
    return append(actor, *draft, options);
}

Result<std::vector<Asset>> Ledger::assets() {
    std::vector<Asset> all;
    for (;;) {
        auto page = store_->read_assets(all.empty() ? std::string_view{} : all.back().asset_id, 1000);
        if (!page) return page.error();
        all.insert(all.end(), page->begin(), page->end());
        if (page->size() < 1000) return all;
    }
}

Result<std::optional<Asset>> Ledger::find_asset(std::string_view asset_id) { return store_->find_asset(asset_id); }

Result<std::vector<KeyRecord>> Ledger::registered_keys() {
    auto rows = store_->read_keys();
    if (!rows) return rows.error();
    std::vector<KeyRecord> records;
    for (const KeyRow& row : *rows) {
        auto record = key_record(row);
        if (!record) return record.error();
        records.push_back(std::move(*record));
    }
    return records;
}

Result<std::optional<KeyRecord>> Ledger::find_key(const keys::KeyId& id) {
    auto row = store_->find_key(keys::key_id_hex(id));
    if (!row) return row.error();
    if (!row->has_value()) return std::optional<KeyRecord>{};
    auto record = key_record(**row);
    if (!record) return record.error();
    return std::optional<KeyRecord>{std::move(*record)};
}

Result<std::vector<Event>> Ledger::events(const EventQuery& query) {
    auto rows = store_->read_events(query);
    if (!rows) return rows.error();
    std::vector<Event> events;
    for (const StoredEvent& row : *rows) {
        auto event = detail::decode_event(row);
        if (!event) return event.error();
        events.push_back(std::move(*event));
    }
    return events;
}

Result<std::optional<ChainHead>> Ledger::head() {
    auto row = store_->last_event();
    if (!row) return row.error();
    if (!row->has_value()) return std::optional<ChainHead>{};
    const auto hash = detail::from_hex<hash_bytes>((*row)->hash);
    if (!hash) return make_error(Errc::malformed_input, "event " + std::to_string((*row)->seq));
    return std::optional<ChainHead>{ChainHead{(*row)->seq, *hash}};
}

Result<VerifyReport> Ledger::verify(const VerifyOptions& options) { return detail::verify_store(*store_, options); }

}  // namespace sanitize::ledger
