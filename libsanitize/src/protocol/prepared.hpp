// The document "sanitize.prepare-result/1" (protocol.hpp): what became of a carry-out stick.
#pragma once

#include "protocol/json_fields.hpp"
#include "sanitize/protocol.hpp"

namespace sanitize::protocol::detail {

json prepared_to(const Prepared& line);
Result<Prepared> prepared_from(const json& object);

}  // namespace sanitize::protocol::detail
