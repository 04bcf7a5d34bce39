// An event as a JSON object, every field as stored (the payload as its canonical text), for the
// documents that carry events out of the ledger: inclusion proofs and bundles.
#pragma once

#include <nlohmann/json.hpp>

#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

nlohmann::json event_to_json(const Event& event);
// Errc::malformed_input when a field is missing or does not decode.
Result<Event> event_from_json(const nlohmann::json& object);

}  // namespace sanitize::ledger::detail
