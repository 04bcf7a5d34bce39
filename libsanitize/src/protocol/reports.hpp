// The result documents of the protocol, read back (protocol.hpp).
#pragma once

#include "protocol/json_fields.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::protocol::detail {

Result<wipe::WipeReport> wipe_report_from(const json& object);
Result<wipe::MediaCheckReport> media_check_from(const json& object);
Result<purge::PurgeReport> purge_report_from(const json& object);
// The report and the methods of "sanitize.purge-unavailable/1".
Result<purge::PurgeReport> purge_unavailable_from(const json& object, std::vector<purge::PurgeAvailability>& methods);

}  // namespace sanitize::protocol::detail
