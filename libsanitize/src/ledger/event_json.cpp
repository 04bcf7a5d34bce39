#include "ledger/event_json.hpp"

#include "ledger/event_hash.hpp"

namespace sanitize::ledger::detail {

namespace {

using json = nlohmann::json;

Error malformed() { return make_error(Errc::malformed_input, "event json"); }

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> hex_field(const json& object, const char* name) {
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string()) return std::nullopt;
    return from_hex<N>(it->get<std::string>());
}

}  // namespace

json event_to_json(const Event& e) {
    return json{{"seq", e.seq}, {"time", e.time}, {"type", event_type_name(e.type)}, {"actor", keys::key_id_hex(e.actor)},
                {"payload", e.payload}, {"prev_hash", to_hex(e.prev_hash)}, {"hash", to_hex(e.hash)},
                {"signature", to_hex(e.signature)}, {"origin", e.origin}};
}

Result<Event> event_from_json(const json& e) {
    if (!e.is_object()) return malformed();
    auto text = [&](const char* name) -> std::optional<std::string> {
        const auto it = e.find(name);
        if (it == e.end() || !it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    const json seq = e.value("seq", json());
    const auto time = text("time");
    const auto type = text("type");
    const auto actor = text("actor");
    const auto payload = text("payload");
    const auto origin = text("origin");
    if (!seq.is_number_integer() || !time || !type || !actor || !payload || !origin) {
        return malformed();
    }
    const auto parsed_type = parse_event_type(*type);
    auto parsed_actor = keys::parse_key_id_hex(*actor);
    const auto prev = hex_field<hash_bytes>(e, "prev_hash");
    const auto hash = hex_field<hash_bytes>(e, "hash");
    const auto signature = hex_field<keys::signature_bytes>(e, "signature");
    if (!parsed_type || !parsed_actor || !prev || !hash || !signature) return malformed();
    return Event{seq.get<std::int64_t>(), *time, *parsed_type, *parsed_actor, *payload, *prev, *hash, *signature, *origin};
}


}  // namespace sanitize::ledger::detail
